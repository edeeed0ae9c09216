import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fultonClerkAnswer } from '@web/auth/viewer-fixtures';
import { renderWithApi } from '@web/features/admin/admin-test-kit';
import { MY_MAILS } from '@web/features/mail/mail-queries';
import { MyMailPage } from './my-mail-page';

const record = (id: string, overrides: object) => ({
  __typename: 'MailRecord',
  id,
  kind: 'IMMEDIATE',
  status: 'SENT',
  recipient: 'clerk@fulton.ga.demo',
  mailboxName: null,
  feedName: 'Georgia, high and above',
  attempts: 1,
  lastResponse: '250 2.0.0 OK queued as 4F2A1',
  bulletinCount: 1,
  createdAt: '2026-12-07T12:00:00.000Z',
  lastAttemptAt: '2026-12-07T12:00:02.000Z',
  nextAttemptAt: null,
  sentAt: '2026-12-07T12:00:02.000Z',
  ...overrides,
});

function myMails(records: unknown[]): MockLink.MockedResponse {
  return {
    request: { query: MY_MAILS, variables: { first: 25, after: null } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        myMails: {
          __typename: 'MailRecordConnection',
          totalCount: records.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: records.map((node) => ({ __typename: 'MailRecordEdge', node })),
        },
      },
    },
  };
}

describe('your e-mail', () => {
  it('lists each mail with its status in words, the address, the attempts and the server’s last answer', async () => {
    renderWithApi(<MyMailPage />, [
      fultonClerkAnswer(['VIEWER'], ['FEED_MANAGE_OWN']),
      myMails([
        record('m1', {}),
        record('m2', {
          kind: 'DIGEST',
          status: 'FAILED',
          attempts: 3,
          bulletinCount: null,
          sentAt: null,
          nextAttemptAt: '2026-12-07T12:10:00.000Z',
          lastResponse: '451 4.3.0 Mailbox temporarily unavailable',
        }),
        record('m3', { kind: 'RETRACTION', status: 'DEAD', feedName: null, lastResponse: '550 5.1.1 No such user' }),
        record('m4', { status: 'SKIPPED', lastResponse: 'Not sent: nothing in it could still go to you.' }),
        record('m5', { status: 'PENDING', attempts: 0, lastResponse: null, sentAt: null, lastAttemptAt: null }),
      ]),
    ]);
    const table = await screen.findByRole('table', { name: 'Your e-mail' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      'Sent',
      'Retrying',
      'Gave up',
      'Not sent',
      'Waiting',
    ]);
    expect(rows[0]).toHaveTextContent('Immediate');
    expect(rows[0]).toHaveTextContent('Feed: Georgia, high and above');
    expect(rows[0]).toHaveTextContent('clerk@fulton.ga.demo');
    expect(rows[0]).toHaveTextContent('250 2.0.0 OK queued as 4F2A1');
    expect(rows[1]).toHaveTextContent('Digest');
    expect(rows[1]).toHaveTextContent('Next try');
    expect(within(rows[1]!).getAllByRole('cell')[4]).toHaveTextContent('3');
    expect(rows[2]).toHaveTextContent('Retraction notice');
    expect(rows[2]).toHaveTextContent('550 5.1.1 No such user');
    expect(screen.getByText('1–5 of 5 e-mails')).toBeVisible();
    // What each badge means, without hovering.
    expect(screen.getByText('Every attempt failed, or the mail server refused it for good.')).toBeVisible();
  });

  it('says how to get e-mail when there is none yet, and links the account pages to each other', async () => {
    renderWithApi(<MyMailPage />, [fultonClerkAnswer(['VIEWER'], ['FEED_MANAGE_OWN']), myMails([])]);
    expect(await screen.findByText(/No e-mail yet/)).toHaveTextContent('choose “Set up e-mail”');
    const tabs = screen.getByRole('navigation', { name: 'Your account' });
    expect(within(tabs).getByRole('link', { name: 'Account security' })).toHaveAttribute('href', '/account/security');
    expect(within(tabs).getByRole('link', { name: 'Your e-mail' })).toHaveAttribute('href', '/account/mail');
  });
});
