import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { typed } from '@web/features/bulletin/bulletin-fixtures';
import type { MyDraftsQuery } from '@web/graphql/generated/graphql';
import { DraftsPage, MY_DRAFTS } from './drafts-page';

type Draft = MyDraftsQuery['drafts']['edges'][number]['node'];
type Sent = MyDraftsQuery['sent']['edges'][number]['node'];

/** What both lists show of a bulletin. */
const listed = <S extends string, T extends string>(id: string, title: string, status: S, tier: T) => ({
  id,
  title,
  status,
  tier,
  category: 'CYBER_THREAT' as const,
});

function aDraft(id: string, title: string, overrides: Partial<Draft> = {}): Draft {
  const draft = { updatedAt: '2026-10-02T09:00:00.000Z', reviewComments: [] };
  return typed('Bulletin', { ...listed(id, title, 'DRAFT' as const, 'GREEN' as const), ...draft, ...overrides });
}

function aSent(id: string, title: string, overrides: Partial<Sent> = {}): Sent {
  const sent = { reference: 'CISA-2026-0042', publishedAt: '2026-10-01T10:00:00.000Z', retractedAt: null };
  return typed('Bulletin', { ...listed(id, title, 'PUBLISHED' as const, 'AMBER' as const), ...sent, ...overrides });
}

const connection = <T extends object>(nodes: T[]) =>
  typed('BulletinConnection', { edges: nodes.map((node) => typed('BulletinEdge', { node })) });

function answer(drafts: Draft[], sent: Sent[]): MockLink.MockedResponse {
  return { request: { query: MY_DRAFTS }, result: { data: { drafts: connection(drafts), sent: connection(sent) } } };
}

function show(mock: MockLink.MockedResponse) {
  render(
    <MantineProvider>
      <MockedProvider mocks={[mock]}>
        <MemoryRouter>
          <DraftsPage />
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}

describe('DraftsPage', () => {
  it("lists the API's answer for the viewer's own bulletins, each with its state, and why one was sent back", async () => {
    show(
      answer(
        [
          aDraft('d1', 'Robocalls giving the wrong date'),
          aDraft('d2', 'Voter-roll scraping', { status: 'IN_REVIEW', tier: 'AMBER_STRICT' }),
          aDraft('d3', 'Phishing of county staff', {
            reviewComments: [
              typed('ReviewComment', {
                revision: 1,
                comment: 'Add the hashes.',
                at: '2026-10-02T10:00:00.000Z',
                by: typed('ReviewParticipant', { id: 'u-pub', displayName: 'CISA Publisher' }),
              }),
            ],
          }),
        ],
        [
          aSent('s1', 'Polling-place bomb threats'),
          aSent('s2', 'Withdrawn advisory', { status: 'RETRACTED', retractedAt: '2026-10-03T10:00:00.000Z' }),
        ],
      ),
    );
    const list = await screen.findByRole('list', { name: 'Drafts' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('[data-status]')?.textContent)).toEqual([
      'Draft',
      'In review',
      'Sent back',
      'Published',
      'Retracted',
    ]);
    expect(within(items[0] as HTMLElement).getByRole('link')).toHaveAttribute('href', '/bulletins/d1/edit');
    expect(within(items[1] as HTMLElement).getByRole('link')).toHaveAttribute('href', '/bulletins/d2');
    expect(within(items[2] as HTMLElement).getByTestId('returned-comment')).toHaveTextContent(
      'CISA Publisher sent it back:Add the hashes.',
    );
    expect(items[3]).toHaveTextContent('CISA-2026-0042');
    expect(within(items[3] as HTMLElement).getByRole('link')).toHaveAttribute('href', '/bulletins/s1');
  });

  it('says there is nothing yet when the API lists none', async () => {
    show(answer([], []));
    expect(await screen.findByText('No drafts. Bulletins you start writing are listed here.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Drafts' })).toBeNull();
  });
});
