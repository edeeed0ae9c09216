import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { cisaPublisherAnswer } from '@web/auth/viewer-fixtures';
import { aBulletin, typed } from '@web/features/bulletin/bulletin-fixtures';
import type { PageBulletin } from '@web/features/bulletin/bulletin-query';
import type { Permission } from '@web/graphql/generated/graphql';
import { ReviewPanel } from './review-panel';
import { PUBLISH_BULLETIN, RETURN_BULLETIN, type Review } from './review-query';

const participant = (id: string, displayName: string) => typed('ReviewParticipant', { id, displayName });

function aReview(overrides: Partial<Review> = {}): Review {
  return typed('BulletinReview', {
    revision: 1,
    tier: 'AMBER_STRICT',
    isAmendment: false,
    needsSecondPublisher: true,
    author: participant('u-analyst', 'CISA Analyst'),
    approver: null,
    viewerCanPublish: true,
    cannotPublishReasonText: null,
    ...overrides,
  });
}

function inReview(review: Review, overrides: Partial<PageBulletin> = {}): PageBulletin {
  return aBulletin({ status: 'IN_REVIEW', tier: review.tier, reference: null, review, ...overrides });
}

function show(
  bulletin: PageBulletin,
  permissions: Permission[] = ['BULLETIN_READ', 'BULLETIN_PUBLISH'],
  more: MockLink.MockedResponse[] = [],
) {
  render(
    <MantineProvider>
      <MockedProvider mocks={[cisaPublisherAnswer(permissions), ...more]}>
        <MemoryRouter>
          <ReviewPanel bulletin={bulletin} />
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
  return screen.getByRole('region', { name: /review|awaiting|Draft/i });
}

describe('ReviewPanel', () => {
  it('offers Publish when the API says this viewer may, and marks the two-person rule', async () => {
    const panel = show(inReview(aReview()));
    expect(within(panel).getByRole('heading', { name: 'Awaiting review' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Written by' + 'CISA Analyst');
    expect(panel).toHaveTextContent('Needs a second publisher');
    expect(within(panel).getByRole('button', { name: 'Publish' })).toBeEnabled();
    expect(await within(panel).findByRole('textbox', { name: /^Send back to the author/ })).toBeInTheDocument();
  });

  it("gives the API's reason in words and no Publish button when this viewer may not publish", () => {
    const panel = show(
      inReview(
        aReview({
          tier: 'RED',
          approver: participant('u-fbi', 'FBI Publisher'),
          viewerCanPublish: false,
          cannotPublishReasonText: 'only the named approver',
        }),
      ),
    );
    expect(within(panel).queryByRole('button', { name: 'Publish' })).toBeNull();
    expect(within(panel).getByTestId('cannot-publish')).toHaveTextContent(
      'You cannot publish it: only the named approver.',
    );
    expect(panel).toHaveTextContent('Named approver' + 'FBI Publisher');
    expect(panel).toHaveTextContent('for TLP:RED, only the named approver');
  });

  it("shows the API's refusal when publishing is refused, as the API words it", async () => {
    const bulletin = inReview(aReview());
    const refusal = 'Fulton County Elections may not receive AMBER_STRICT (vetted AMBER).';
    const panel = show(bulletin, undefined, [
      {
        request: {
          query: PUBLISH_BULLETIN,
          variables: { input: { id: bulletin.id, expectedVersion: bulletin.version } },
        },
        result: { errors: [new GraphQLError(refusal, { extensions: { code: 'BAD_USER_INPUT' } })] },
      },
    ]);
    await userEvent.click(within(panel).getByRole('button', { name: 'Publish' }));
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent(refusal);
    expect(alert).toHaveTextContent('Code BAD_USER_INPUT');
  });

  it('will not send a draft back without a comment', async () => {
    const panel = show(inReview(aReview()));
    await userEvent.click(await within(panel).findByRole('button', { name: 'Send back' }));
    expect(panel).toHaveTextContent('Say what the author should change: the comment is required.');
  });

  it('offers a writer the editor for a draft, and nothing for a bulletin with nothing awaiting release', async () => {
    const panel = show(
      aBulletin({
        status: 'DRAFT',
        reference: null,
        review: aReview({ viewerCanPublish: false, cannotPublishReasonText: 'you wrote it' }),
      }),
      ['BULLETIN_READ', 'BULLETIN_DRAFT'],
    );
    expect(within(panel).getByRole('heading', { name: 'Draft: not yet submitted for review' })).toBeInTheDocument();
    expect(await within(panel).findByRole('link', { name: 'Edit draft' })).toHaveAttribute(
      'href',
      `/bulletins/${aBulletin().id}/edit`,
    );
    expect(within(panel).queryByRole('textbox')).toBeNull();
  });
});

describe('ReviewPanel on a pending amendment', () => {
  /** CISA's published revision 1, with revision 2 (AMBER_STRICT, by the CISA publisher) awaiting a second one. */
  function pending(review: Partial<Review> = {}): PageBulletin {
    return aBulletin({
      revision: 1,
      review: aReview({ revision: 2, isAmendment: true, author: participant('u-pub', 'CISA Publisher'), ...review }),
    });
  }

  it('lets a publisher who may release it send it back, and says the published revision stays', async () => {
    const bulletin = pending();
    const comment = 'Keep the counties: they run the affected systems.';
    const panel = show(bulletin, undefined, [
      {
        request: {
          query: RETURN_BULLETIN,
          variables: { input: { id: bulletin.id, expectedVersion: bulletin.version, comment } },
        },
        result: {
          data: {
            returnBulletin: typed('Bulletin', {
              id: bulletin.id,
              version: bulletin.version + 1,
              status: 'PUBLISHED' as const,
              review: null,
              reviewComments: [
                typed('ReviewComment', {
                  revision: 2,
                  comment,
                  at: '2026-10-03T09:00:00.000Z',
                  by: participant('u-second', 'CISA Second Publisher'),
                }),
              ],
            }),
          },
        },
      },
    ]);
    expect(within(panel).getByRole('heading', { name: 'Amendment (revision 2) awaiting release' })).toBeInTheDocument();
    const box = await within(panel).findByRole('textbox', { name: /^Send back to the author/ });
    expect(box).toHaveAccessibleDescription(/the published revision stays as it is/);
    await userEvent.type(box, comment);
    await userEvent.click(within(panel).getByRole('button', { name: 'Send back' }));
    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'Sent back to CISA Publisher with your comment. The published revision stays as it is.',
    );
  });

  it('offers its author no way to send it back, as the API would refuse', async () => {
    const panel = show(pending({ viewerCanPublish: false, cannotPublishReasonText: 'you wrote it' }));
    expect(await within(panel).findByTestId('cannot-publish')).toHaveTextContent(
      'You cannot publish it: you wrote it.',
    );
    expect(within(panel).queryByRole('textbox')).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Send back' })).toBeNull();
  });

  it('shows an amendment sent back since the published revision, with why; not one followed by a release', () => {
    const sentBack = typed('ReviewComment', {
      revision: 2,
      comment: 'Keep the counties.',
      at: '2026-10-03T09:00:00.000Z',
      by: participant('u-second', 'CISA Second Publisher'),
    });
    render(
      <MantineProvider>
        <MockedProvider mocks={[cisaPublisherAnswer(['BULLETIN_READ', 'BULLETIN_PUBLISH'])]}>
          <MemoryRouter>
            <ReviewPanel bulletin={aBulletin({ revision: 1, reviewComments: [sentBack] })} />
            <ReviewPanel bulletin={aBulletin({ revision: 3, reviewComments: [sentBack] })} />
          </MemoryRouter>
        </MockedProvider>
      </MantineProvider>,
    );
    const [shown, ...more] = screen.getAllByRole('region', { name: 'Amendment (revision 2) sent back' });
    expect(more).toHaveLength(0);
    expect(shown).toHaveTextContent('It was not released: revision 1 stays the published one');
    expect(shown).toHaveTextContent('Keep the counties.');
    expect(shown).toHaveTextContent('CISA Second Publisher');
  });
});

describe('ReviewPanel without a review', () => {
  it('shows nothing', () => {
    const { container } = render(
      <MantineProvider>
        <MockedProvider mocks={[cisaPublisherAnswer(['BULLETIN_READ'])]}>
          <MemoryRouter>
            <ReviewPanel bulletin={aBulletin()} />
          </MemoryRouter>
        </MockedProvider>
      </MantineProvider>,
    );
    expect(container.querySelector('section')).toBeNull();
  });
});
