import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  AMEND_BULLETIN,
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
 * a draft in review, or a published bulletin's pending amendment, sent back to its author with a comment.
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

/** What a reader sees of a bulletin, to show that sending an amendment back changes none of it. */
const READER_VIEW = `query ($id: ID!) {
  bulletin(id: $id) {
    revision tier title summary body status publishedAt acknowledgedByMe
    revisions { revision tier title status }
    pendingAmendment { revision }
    review { revision }
    reviewComments { revision comment }
  }
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
  /** A third, cleared for RED: a publisher of the originator who is neither author nor named approver. */
  let cisaThird: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await accountToken(t, DEMO.platformAdmin);
    const publisher = async (displayName: string) => {
      const user = await createUser(t, admin, {
        organizationId: await orgId(t, 'CISA'),
        roles: ['PUBLISHER'],
        displayName,
      });
      // Only an administrator cleared for RED may grant it, and the demo has none at CISA: set it in the fixture.
      await t.dataSource.query(`UPDATE users SET clearance = 'RED' WHERE id = $1`, [user.id]);
      await accountToken(t, user.email, TEST_PASSWORD);
      return user.email;
    };
    cisaSecond = await publisher('CISA Second Publisher');
    cisaThird = await publisher('CISA Third Publisher');
  });
  afterAll(() => t?.close());

  async function queue(email: string, variables: Record<string, unknown> = { first: 100 }): Promise<QueuePage> {
    const token = await accountToken(t, email);
    return (await t.gql.data<{ reviewQueue: QueuePage }>(QUEUE, variables, { token })).reviewQueue;
  }

  async function queued(email: string, id: string): Promise<QueueNode | undefined> {
    return (await queue(email)).edges.map((edge) => edge.node).find((node) => node.id === id);
  }

  async function readerView(email: string, id: string): Promise<Record<string, unknown> | null> {
    const token = await accountToken(t, email);
    return (await t.gql.data<{ bulletin: Record<string, unknown> | null }>(READER_VIEW, { id }, { token })).bulletin;
  }

  async function returnAs(email: string, input: Record<string, unknown>) {
    const token = await accountToken(t, email);
    return (
      await t.gql.data<{
        returnBulletin: { id: string; status: string; version: number; reviewComments: Comment[] | null };
      }>(RETURN, { input }, { token })
    ).returnBulletin;
  }

  async function returnedAudit(id: string) {
    const rows: { action: string; outcome: string; actor_user_id: string; details: Record<string, unknown> }[] =
      await t.dataSource.query(
        `SELECT action, outcome, actor_user_id, details FROM audit_events WHERE target_id = $1 AND action = 'BULLETIN_RETURNED'`,
        [id],
      );
    return rows;
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
  it('sends a pending amendment back: withdrawn, readers see nothing change, its author reads why and amends again', async () => {
    const published = await publishBulletin(t, {
      tier: 'AMBER',
      recipientOrganizations: ['GA-SOS'],
      title: 'Georgia and its counties',
    });
    await amendBulletin(t, published.id, published.revision, {
      tier: 'AMBER_STRICT',
      title: 'Georgia only',
      changeNote: 'Narrowed to the state office.',
    });
    const revisionOne = () =>
      t.dataSource.query('SELECT * FROM bulletin_revisions WHERE bulletin_id = $1 AND number = 1', [published.id]);
    const events = () => countRows(t, 'SELECT count(*) FROM bulletin_events WHERE bulletin_id = $1', [published.id]);
    const [storedBefore, eventsBefore] = [await revisionOne(), await events()];
    const georgiaBefore = await readerView(DEMO.gaOfficial, published.id);
    const fultonBefore = await readerView(DEMO.fultonClerk, published.id);
    expect(georgiaBefore).toMatchObject({ revision: 1, title: 'Georgia and its counties', reviewComments: null });

    const item = await queued(cisaSecond, published.id);
    expect(item?.review).toMatchObject({ revision: 2, isAmendment: true, viewerCanPublish: true });
    const version = (await read(cisaSecond, published.id))?.version ?? 0;
    const comment = 'Keep the counties: they run the affected systems.';
    const returned = await returnAs(cisaSecond, { id: published.id, expectedVersion: version, comment });
    expect(returned).toEqual({
      id: published.id,
      status: 'PUBLISHED',
      version: version + 1,
      reviewComments: [{ revision: 2, comment, by: { displayName: 'CISA Second Publisher' } }],
    });

    // Readers: the same bulletin, field for field, and no event; the stored revision 1 is untouched.
    expect(await readerView(DEMO.gaOfficial, published.id)).toEqual(georgiaBefore);
    expect(await readerView(DEMO.fultonClerk, published.id)).toEqual(fultonBefore);
    expect(await revisionOne()).toEqual(storedBefore);
    expect(await events()).toBe(eventsBefore);

    // Out of every queue; nothing awaits release, and a release is refused as when there was none.
    expect(await queued(cisaSecond, published.id)).toBeUndefined();
    expect(await queued(CISA_PUBLISHER, published.id)).toBeUndefined();
    const release = errorOf(
      await attemptBulletinMutation(t, cisaSecond, PUBLISH_BULLETIN, {
        id: published.id,
        expectedVersion: version + 1,
      }),
    );
    expect(release).toEqual({ code: 'CONFLICT', message: 'This bulletin is already published.' });

    // Its author (the CISA publisher) reads why, and the withdrawn revision as a draft of their own (R11).
    const author = await readerView(CISA_PUBLISHER, published.id);
    expect(author).toMatchObject({
      revision: 1,
      title: 'Georgia and its counties',
      pendingAmendment: null,
      review: null,
      reviewComments: [{ revision: 2, comment }],
    });
    expect(author?.['revisions']).toEqual([
      { revision: 1, tier: 'AMBER', title: 'Georgia and its counties', status: 'PUBLISHED' },
      { revision: 2, tier: 'AMBER_STRICT', title: 'Georgia only', status: 'DRAFT' },
    ]);
    expect(await returnedAudit(published.id)).toEqual([
      {
        action: 'BULLETIN_RETURNED',
        outcome: 'ALLOWED',
        actor_user_id: await userId(t, cisaSecond),
        details: { revision: 2, returnedAmendment: true },
      },
    ]);

    // The author amends again: revision 3 (2 stays the one sent back), queued, and released by the second publisher.
    const again = await amendBulletin(t, published.id, 1, {
      tier: 'AMBER_STRICT',
      title: 'Georgia only, counties told separately',
      changeNote: 'Narrowed; the counties get their own bulletin.',
    });
    expect(again).toMatchObject({ revision: 1, title: 'Georgia and its counties' });
    expect((await queued(cisaSecond, published.id))?.review).toMatchObject({ revision: 3, viewerCanPublish: true });
    const released = await bulletinMutation(t, cisaSecond, PUBLISH_BULLETIN, { id: published.id });
    expect(released).toMatchObject({
      revision: 3,
      tier: 'AMBER_STRICT',
      title: 'Georgia only, counties told separately',
    });
    expect(await readerView(DEMO.fultonClerk, published.id)).toBeNull();
    const georgia = await readerView(DEMO.gaOfficial, published.id);
    expect(georgia).toMatchObject({ revision: 3, reviewComments: null });
    // The sent-back revision never reached a reader: Georgia's history skips it.
    expect((georgia?.['revisions'] as { revision: number }[]).map((r) => r.revision)).toEqual([1, 3]);
  });

  it('only who may release a pending amendment sends it back; the rest are refused and nothing changes', async () => {
    // CISA's AMBER bulletin to Georgia; its publisher proposes a RED revision for the analyst, approved by cisaSecond.
    const published = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
    const withoutPending = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
    await bulletinMutation(t, CISA_PUBLISHER, AMEND_BULLETIN, {
      id: published.id,
      expectedRevision: 1,
      tier: 'RED',
      recipientOrganizationIds: [],
      recipientUserIds: [await userId(t, CISA_ANALYST)],
      approverUserId: await userId(t, cisaSecond),
      changeNote: 'Names the affected office.',
    });
    const version = (await read(cisaSecond, published.id))?.version;
    const before = await bulletinSnapshot(t, published.id);
    const returns = () => countRows(t, 'SELECT count(*) FROM bulletin_returns WHERE bulletin_id = $1', [published.id]);
    const attempt = async (email: string, id = published.id) =>
      errorOf(await attemptBulletinMutation(t, email, RETURN, { id, expectedVersion: version, comment: 'No.' }));

    // Its author may not (two-person rule, R10), as publishBulletin says.
    const own = await attempt(CISA_PUBLISHER);
    expect(own.code).toBe('FORBIDDEN');
    expect(own.message).toMatch(/two-person/);
    // A publisher of CISA who is not the named approver may not see a RED amendment (R11): answered as if there
    // were none, word for word.
    const hiddenPending = await attempt(cisaThird);
    const nonePending = errorOf(
      await attemptBulletinMutation(t, cisaThird, RETURN, {
        id: withoutPending.id,
        expectedVersion: withoutPending.version,
        comment: 'No.',
      }),
    );
    expect(hiddenPending).toEqual(nonePending);
    expect(hiddenPending.code).toBe('CONFLICT');
    // The FBI publisher may not read the bulletin at all: NOT_FOUND, as for one that does not exist (R15).
    const hidden = await attempt(FBI_PUBLISHER);
    expect(hidden).toEqual(await attempt(FBI_PUBLISHER, '00000000-0000-4000-8000-000000000000'));
    expect(hidden.code).toBe('NOT_FOUND');
    // Georgia's official reads it but is no publisher.
    expect((await attempt(DEMO.gaOfficial)).code).toBe('FORBIDDEN');
    expect(await bulletinSnapshot(t, published.id)).toEqual(before);
    expect(await returns()).toBe(0);
    const denied: { details: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT details FROM audit_events WHERE target_id = $1 AND outcome = 'DENIED' ORDER BY position`,
      [published.id],
    );
    expect(denied.map((row) => row.details['answered'])).toEqual(expect.arrayContaining(['FORBIDDEN', 'NOT_FOUND']));

    // The named approver sends it back. The RED comment is theirs and the amendment's author's only (R11): not the
    // bulletin's own author, who is a RED recipient of the amendment, nor the third publisher.
    const returned = await returnAs(cisaSecond, { id: published.id, expectedVersion: version, comment: 'Too soon.' });
    expect(returned.reviewComments).toEqual([
      { revision: 2, comment: 'Too soon.', by: { displayName: 'CISA Second Publisher' } },
    ]);
    expect((await read(CISA_PUBLISHER, published.id))?.reviewComments?.map((c) => c.comment)).toEqual(['Too soon.']);
    expect((await read(CISA_ANALYST, published.id))?.reviewComments).toEqual([]);
    expect((await read(cisaThird, published.id))?.reviewComments).toEqual([]);
    expect((await read(DEMO.gaOfficial, published.id))?.reviewComments).toBeNull();
    expect(await returns()).toBe(1);
  });
});
