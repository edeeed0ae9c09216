import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  amendBulletin,
  attemptBulletinMutation,
  bulletinMutation,
  bulletinSnapshot,
  CISA_ANALYST,
  CISA_PUBLISHER,
  countRows,
  createUser,
  DEMO,
  draftBulletin,
  errorOf,
  FBI_PUBLISHER,
  orgId,
  publishBulletin,
  PUBLISH_BULLETIN,
  startTestApp,
  SUBMIT_BULLETIN,
  type TestApp,
  TEST_PASSWORD,
  UPDATE_BULLETIN,
  userId,
} from '@bulwark/testing';

/*
 * The review queue (R10, R11), what each bulletin awaits and whether this viewer may publish it, and returnBulletin:
 * a draft in review sent back to its author with a comment.
 */

const QUEUE = `query ($first: Int, $after: String) {
  reviewQueue(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id status tier title ${'review { revision tier isAmendment needsSecondPublisher author { id displayName } approver { id displayName } viewerCanPublish cannotPublishReason cannotPublishReasonText }'} } }
  }
}`;

const READ = `query ($id: ID!) {
  bulletin(id: $id) {
    id status version
    review { revision viewerCanPublish cannotPublishReason }
    reviewComments { revision comment at by { id displayName } }
  }
}`;

const RETURN = `mutation ($input: ReturnBulletinInput!) {
  returnBulletin(input: $input) { id status version reviewComments { revision comment by { displayName } } }
}`;

interface Review {
  revision: number;
  tier: string;
  isAmendment: boolean;
  needsSecondPublisher: boolean;
  author: { id: string; displayName: string };
  approver: { id: string; displayName: string } | null;
  viewerCanPublish: boolean;
  cannotPublishReason: string | null;
  cannotPublishReasonText: string | null;
}

interface QueueNode {
  id: string;
  status: string;
  tier: string;
  title: string;
  review: Review | null;
}

interface QueuePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: QueueNode }[];
}

interface Comment {
  revision: number;
  comment: string;
  at: string;
  by: { id: string; displayName: string };
}

describe('review queue and returnBulletin (R10, R11, R15)', () => {
  let t: TestApp;
  /** A second publisher of CISA, cleared for RED. */
  let cisaSecond: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await accountToken(t, DEMO.platformAdmin);
    const user = await createUser(t, admin, {
      organizationId: await orgId(t, 'CISA'),
      roles: ['PUBLISHER'],
      displayName: 'CISA Second Publisher',
    });
    await t.dataSource.query(`UPDATE users SET clearance = 'RED' WHERE id = $1`, [user.id]);
    cisaSecond = user.email;
    await accountToken(t, cisaSecond, TEST_PASSWORD);
  });
  afterAll(() => t?.close());

  async function queue(email: string, variables: Record<string, unknown> = { first: 100 }): Promise<QueuePage> {
    const token = await accountToken(t, email);
    return (await t.gql.data<{ reviewQueue: QueuePage }>(QUEUE, variables, { token })).reviewQueue;
  }

  async function queued(email: string, id: string): Promise<QueueNode | undefined> {
    return (await queue(email)).edges.map((edge) => edge.node).find((node) => node.id === id);
  }

  async function read(email: string, id: string) {
    const token = await accountToken(t, email);
    const data = await t.gql.data<{
      bulletin: {
        id: string;
        status: string;
        version: number;
        review: Pick<Review, 'revision' | 'viewerCanPublish' | 'cannotPublishReason'> | null;
        reviewComments: Comment[] | null;
      } | null;
    }>(READ, { id }, { token });
    return data.bulletin;
  }

  it('lists a submitted AMBER_STRICT draft as needing a second publisher; its author may not publish it', async () => {
    const draft = await draftBulletin(t, {
      tier: 'AMBER_STRICT',
      recipientOrganizations: ['GA-SOS'],
      stage: 'IN_REVIEW',
    });
    const item = await queued(CISA_PUBLISHER, draft.id);
    expect(item).toMatchObject({
      status: 'IN_REVIEW',
      review: {
        revision: 1,
        tier: 'AMBER_STRICT',
        isAmendment: false,
        needsSecondPublisher: true,
        author: { id: await userId(t, CISA_ANALYST), displayName: 'CISA Analyst' },
        approver: null,
        viewerCanPublish: true,
        cannotPublishReason: null,
      },
    });
    // Another originator's publisher does not see it (R11); an analyst has no queue.
    expect(await queued(FBI_PUBLISHER, draft.id)).toBeUndefined();
    const token = await accountToken(t, CISA_ANALYST);
    expect(errorOf(await t.gql.request(QUEUE, {}, { token })).code).toBe('FORBIDDEN');

    // A publisher's own AMBER_STRICT draft: in their queue, but "you wrote it", as publishBulletin says.
    const own = await draftBulletin(t, {
      tier: 'AMBER_STRICT',
      author: CISA_PUBLISHER,
      recipientOrganizations: ['GA-SOS'],
      stage: 'IN_REVIEW',
    });
    expect((await queued(CISA_PUBLISHER, own.id))?.review).toMatchObject({
      needsSecondPublisher: true,
      viewerCanPublish: false,
      cannotPublishReason: 'WROTE_IT',
      cannotPublishReasonText: 'you wrote it',
    });
    const refused = errorOf(
      await attemptBulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, { id: own.id, expectedVersion: own.version }),
    );
    expect(refused.code).toBe('FORBIDDEN');
    expect((await queued(cisaSecond, own.id))?.review?.viewerCanPublish).toBe(true);

    // A GREEN one needs no second publisher.
    const green = await draftBulletin(t, { tier: 'GREEN', stage: 'IN_REVIEW' });
    expect((await queued(CISA_PUBLISHER, green.id))?.review).toMatchObject({
      needsSecondPublisher: false,
      viewerCanPublish: true,
    });
  });

  it('shows a RED draft to its named approver only, naming them', async () => {
    const draft = await draftBulletin(t, {
      tier: 'RED',
      recipientUsers: [FBI_PUBLISHER],
      approver: cisaSecond,
      stage: 'IN_REVIEW',
    });
    expect((await queued(cisaSecond, draft.id))?.review).toMatchObject({
      needsSecondPublisher: true,
      approver: { id: await userId(t, cisaSecond), displayName: 'CISA Second Publisher' },
      viewerCanPublish: true,
    });
    expect(await queued(CISA_PUBLISHER, draft.id)).toBeUndefined();
  });

  it('lists a pending amendment for the publishers who may release it', async () => {
    const published = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
    expect(await queued(cisaSecond, published.id)).toBeUndefined();
    await amendBulletin(t, published.id, published.revision, {
      tier: 'AMBER_STRICT',
      changeNote: 'Narrowed to the state office.',
    });
    const item = await queued(cisaSecond, published.id);
    expect(item).toMatchObject({
      status: 'PUBLISHED',
      tier: 'AMBER',
      review: {
        revision: 2,
        tier: 'AMBER_STRICT',
        isAmendment: true,
        needsSecondPublisher: true,
        author: { displayName: 'CISA Publisher' },
        viewerCanPublish: true,
      },
    });
    expect((await queued(CISA_PUBLISHER, published.id))?.review).toMatchObject({
      viewerCanPublish: false,
      cannotPublishReason: 'WROTE_IT',
    });
    // Georgia reads the bulletin but sees no review (R11), and no queue at all.
    expect((await read(DEMO.gaOfficial, published.id))?.review).toBeNull();
  });

  it('is newest first and pages with first and after', async () => {
    const older = await draftBulletin(t, { tier: 'GREEN', stage: 'IN_REVIEW' });
    const newer = await draftBulletin(t, { tier: 'GREEN', stage: 'IN_REVIEW' });
    const all = await queue(CISA_PUBLISHER);
    const ids = all.edges.map((edge) => edge.node.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(all.totalCount).toBe(ids.length);
    const first = await queue(CISA_PUBLISHER, { first: 1 });
    expect(first.edges.map((edge) => edge.node.id)).toEqual([ids[0]]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await queue(CISA_PUBLISHER, { first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.id)).toEqual([ids[1]]);
    const token = await accountToken(t, CISA_PUBLISHER);
    for (const variables of [{ first: 101 }, { first: 0 }, { after: 'forged' }]) {
      expect(errorOf(await t.gql.request(QUEUE, variables, { token })).code).toBe('BAD_USER_INPUT');
    }
  });

  it('sends a draft back with a comment the author reads, audited; the author edits and resubmits it', async () => {
    const draft = await draftBulletin(t, {
      tier: 'AMBER_STRICT',
      recipientOrganizations: ['GA-SOS'],
      stage: 'IN_REVIEW',
    });
    const token = await accountToken(t, CISA_PUBLISHER);
    const comment = 'Name the affected county systems and add the hashes.';
    const { returnBulletin } = await t.gql.data<{
      returnBulletin: { id: string; status: string; version: number; reviewComments: Comment[] };
    }>(RETURN, { input: { id: draft.id, expectedVersion: draft.version, comment: `  ${comment} ` } }, { token });
    expect(returnBulletin).toMatchObject({
      id: draft.id,
      status: 'DRAFT',
      version: draft.version + 1,
      reviewComments: [{ revision: 1, comment, by: { displayName: 'CISA Publisher' } }],
    });
    expect(await queued(CISA_PUBLISHER, draft.id)).toBeUndefined();

    const seenByAuthor = await read(CISA_ANALYST, draft.id);
    expect(seenByAuthor?.status).toBe('DRAFT');
    expect(seenByAuthor?.reviewComments).toEqual([
      {
        revision: 1,
        comment,
        at: expect.any(String),
        by: { id: await userId(t, CISA_PUBLISHER), displayName: 'CISA Publisher' },
      },
    ]);

    const audit: { action: string; outcome: string; actor_user_id: string; details: Record<string, unknown> }[] =
      await t.dataSource.query(
        `SELECT action, outcome, actor_user_id, details FROM audit_events WHERE target_id = $1 AND action = 'BULLETIN_RETURNED'`,
        [draft.id],
      );
    expect(audit).toEqual([
      {
        action: 'BULLETIN_RETURNED',
        outcome: 'ALLOWED',
        actor_user_id: await userId(t, CISA_PUBLISHER),
        details: { revision: 1 },
      },
    ]);

    // The author edits and submits again; the publisher publishes; Georgia reads it without the review's comments.
    const edited = await bulletinMutation(t, CISA_ANALYST, UPDATE_BULLETIN, {
      id: draft.id,
      expectedVersion: returnBulletin.version,
      body: 'Now with the county systems.',
    });
    const resubmitted = await bulletinMutation(t, CISA_ANALYST, SUBMIT_BULLETIN, {
      id: draft.id,
      expectedVersion: edited.version,
    });
    await bulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, { id: draft.id, expectedVersion: resubmitted.version });
    const georgia = await read(DEMO.gaOfficial, draft.id);
    expect(georgia?.status).toBe('PUBLISHED');
    expect(georgia?.reviewComments).toBeNull();
    expect(georgia?.review).toBeNull();
    expect((await read(CISA_ANALYST, draft.id))?.reviewComments).toHaveLength(1);
    expect((await read(cisaSecond, draft.id))?.reviewComments).toHaveLength(1);
  });

  it('lets the named approver send a RED draft back and still see it', async () => {
    const draft = await draftBulletin(t, {
      tier: 'RED',
      recipientUsers: [FBI_PUBLISHER],
      approver: CISA_PUBLISHER,
      stage: 'IN_REVIEW',
    });
    const token = await accountToken(t, CISA_PUBLISHER);
    const { returnBulletin } = await t.gql.data<{ returnBulletin: { status: string; reviewComments: Comment[] } }>(
      RETURN,
      { input: { id: draft.id, expectedVersion: draft.version, comment: 'Too broad.' } },
      { token },
    );
    expect(returnBulletin.status).toBe('DRAFT');
    expect(returnBulletin.reviewComments.map((c) => c.comment)).toEqual(['Too broad.']);
    // The named recipient never sees a draft, nor its comments (R11, R15).
    expect(await read(FBI_PUBLISHER, draft.id)).toBeNull();
  });

  it('refuses without changing anything: stale version, not in review, bad comment, hidden, not a publisher', async () => {
    const draft = await draftBulletin(t, {
      tier: 'AMBER_STRICT',
      recipientOrganizations: ['GA-SOS'],
      stage: 'IN_REVIEW',
    });
    const before = await bulletinSnapshot(t, draft.id);
    const returns = () => countRows(t, 'SELECT count(*) FROM bulletin_returns WHERE bulletin_id = $1', [draft.id]);
    const attempt = async (email: string, input: Record<string, unknown>) =>
      errorOf(
        await attemptBulletinMutation(t, email, RETURN, {
          id: draft.id,
          expectedVersion: draft.version,
          comment: 'Fix it.',
          ...input,
        }),
      );

    expect((await attempt(CISA_PUBLISHER, { expectedVersion: draft.version + 1 })).code).toBe('CONFLICT');
    for (const comment of ['', '   ', 'x'.repeat(2001)]) {
      expect((await attempt(CISA_PUBLISHER, { comment })).code).toBe('BAD_USER_INPUT');
    }
    expect((await attempt(CISA_PUBLISHER, { expectedVersion: 0 })).code).toBe('BAD_USER_INPUT');
    // The FBI publisher may not see CISA's draft: the same answer as for one that does not exist (R15).
    const hidden = await attempt(FBI_PUBLISHER, {});
    const missing = await attempt(FBI_PUBLISHER, { id: '00000000-0000-4000-8000-000000000000' });
    expect(hidden).toEqual(missing);
    expect(hidden.code).toBe('NOT_FOUND');
    // The analyst author may not send it back: returning is a publisher's.
    expect((await attempt(CISA_ANALYST, {})).code).toBe('FORBIDDEN');
    expect(await bulletinSnapshot(t, draft.id)).toEqual(before);
    expect(await returns()).toBe(0);
    const denied = await countRows(t, `SELECT count(*) FROM audit_events WHERE target_id = $1 AND outcome = 'DENIED'`, [
      draft.id,
    ]);
    expect(denied).toBeGreaterThanOrEqual(1);

    // A draft never submitted, and a published bulletin, are not in review.
    const plain = await draftBulletin(t, { tier: 'GREEN' });
    const published = await publishBulletin(t, { tier: 'GREEN' });
    for (const target of [plain, published]) {
      const error = errorOf(
        await attemptBulletinMutation(t, CISA_PUBLISHER, RETURN, {
          id: target.id,
          expectedVersion: target.version,
          comment: 'Fix it.',
        }),
      );
      expect(error.code).toBe('CONFLICT');
    }
  });
});
