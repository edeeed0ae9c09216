import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  AMEND_BULLETIN,
  attemptBulletinMutation,
  bulletinMutation,
  bulletinSnapshot,
  CISA_ANALYST,
  CISA_PUBLISHER,
  createUser,
  DEMO,
  errorOf,
  EventSubscriber,
  FBI_PUBLISHER,
  type GraphqlResponse,
  orgId,
  publishBulletin,
  PUBLISH_BULLETIN,
  RETRACT_BULLETIN,
  startTestApp,
  type TestApp,
  TEST_PASSWORD,
  until,
  userId,
} from '@bulwark/testing';

/*
 * R10 on amendments: an amendment into AMBER_STRICT or RED is only proposed (a pending amendment, in review, not
 * current, announced to nobody) until a publisher other than its author releases it with publishBulletin.
 */

const VENDOR = 'contact@vendor.demo';

const READ = `query ($id: ID!) {
  bulletin(id: $id) {
    id version revision tier title body status
    revisions { revision tier title status }
    pendingAmendment { revision tier title body status changeNote }
  }
}`;

interface RevisionView {
  revision: number;
  tier: string;
  title: string;
  status: string;
  body?: string | null;
  changeNote?: string | null;
}

interface BulletinView {
  id: string;
  version: number;
  revision: number;
  tier: string;
  title: string;
  body: string | null;
  status: string;
  revisions: RevisionView[];
  pendingAmendment: RevisionView | null;
}

describe('two-person amendments (R10, R11, R15)', () => {
  let t: TestApp;
  /** A second publisher of CISA, cleared for RED: three people, so author, amender and approver can all differ. */
  let cisaSecond: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await accountToken(t, DEMO.platformAdmin);
    const user = await createUser(t, admin, { organizationId: await orgId(t, 'CISA'), roles: ['PUBLISHER'] });
    // Only an administrator cleared for RED may grant it, and the demo has none at CISA: set it in the fixture.
    await t.dataSource.query(`UPDATE users SET clearance = 'RED' WHERE id = $1`, [user.id]);
    cisaSecond = user.email;
    await accountToken(t, cisaSecond, TEST_PASSWORD);
  });
  afterAll(() => t?.close());

  async function read(email: string | null, id: string): Promise<BulletinView | null> {
    const credentials = email ? { token: await accountToken(t, email) } : {};
    const data = await t.gql.data<{ bulletin: BulletinView | null }>(READ, { id }, credentials);
    return data.bulletin;
  }

  async function amend(email: string, input: Record<string, unknown>): Promise<GraphqlResponse<unknown>> {
    return attemptBulletinMutation(t, email, AMEND_BULLETIN, { changeNote: 'Raised for the test.', ...input });
  }

  /** A call that must be refused with `code` and leave every row of the bulletin as it was. */
  async function refusedWithoutChange(id: string, code: string, call: () => Promise<GraphqlResponse<unknown>>) {
    const before = await bulletinSnapshot(t, id);
    const error = errorOf(await call());
    expect(error.code).toBe(code);
    expect(await bulletinSnapshot(t, id)).toEqual(before);
    return error;
  }

  async function auditOf(id: string) {
    const rows: { action: string; outcome: string; actor_user_id: string | null; details: Record<string, unknown> }[] =
      await t.dataSource.query(
        'SELECT action, outcome, actor_user_id, details FROM audit_events WHERE target_id = $1 ORDER BY position',
        [id],
      );
    return rows;
  }

  async function revisionRows(id: string) {
    const rows: {
      number: number;
      is_current: boolean;
      status: string;
      tier: string;
      author_user_id: string;
      approver_user_id: string | null;
      published_at: Date | null;
    }[] = await t.dataSource.query(
      `SELECT number, is_current, status, tier, author_user_id, approver_user_id, published_at
         FROM bulletin_revisions WHERE bulletin_id = $1 ORDER BY number`,
      [id],
    );
    return rows;
  }

  it('RED: B amends A’s CLEAR bulletin, nothing is released; only the named approver C releases it', async () => {
    // A = the CISA publisher (writes and publishes a CLEAR joint bulletin), B = the FBI publisher, C = cisaSecond.
    const a = CISA_PUBLISHER;
    const b = FBI_PUBLISHER;
    const c = cisaSecond;
    const subscriber = new EventSubscriber(
      t.ws({ authorization: `Bearer ${await accountToken(t, CISA_ANALYST)}` }),
    ).start();
    await new Promise((resolve) => setTimeout(resolve, 150)); // let the subscription reach the server
    const clear = await publishBulletin(t, {
      tier: 'CLEAR',
      author: a,
      publisher: a,
      originators: ['CISA', 'FBI'],
      title: 'Open advisory',
      body: 'Open body.',
    });
    const before = await read(null, clear.id);

    const proposed = await amend(b, {
      id: clear.id,
      expectedRevision: 1,
      tier: 'RED',
      title: 'Closed advisory',
      body: 'Closed body.',
      recipientUserIds: [await userId(t, CISA_ANALYST)],
      approverUserId: await userId(t, c),
    });
    expect(proposed.errors).toBeUndefined();
    // The amender is answered with the bulletin as it still is.
    expect(proposed.data).toMatchObject({ amendBulletin: { revision: 1, tier: 'CLEAR', title: 'Open advisory' } });

    // Every reader still gets the CLEAR revision 1, unchanged; none but B and C learns of the pending one.
    for (const email of [null, VENDOR, CISA_ANALYST, a, b, c]) {
      const view = await read(email, clear.id);
      expect(view, String(email)).toMatchObject({
        revision: 1,
        tier: 'CLEAR',
        title: 'Open advisory',
        body: 'Open body.',
        status: 'PUBLISHED',
      });
    }
    expect((await read(null, clear.id))?.title).toBe(before?.title);
    for (const email of [null, VENDOR, CISA_ANALYST, a]) {
      const view = await read(email, clear.id);
      expect(view?.pendingAmendment, String(email)).toBeNull();
      expect(
        view?.revisions.map((r) => r.revision),
        String(email),
      ).toEqual([1]);
    }
    for (const email of [b, c]) {
      const view = await read(email, clear.id);
      expect(view?.pendingAmendment, email).toEqual({
        revision: 2,
        tier: 'RED',
        title: 'Closed advisory',
        body: 'Closed body.',
        status: 'IN_REVIEW',
        changeNote: 'Raised for the test.',
      });
      expect(view?.revisions.map((r) => `${r.revision}:${r.status}`)).toEqual(['1:PUBLISHED', '2:IN_REVIEW']);
    }
    // Lists and search serve the current revision only, to anyone.
    const listed = await t.gql.data<{ bulletins: { totalCount: number; edges: { node: { tier: string } }[] } }>(
      `query ($tags: [String!]) { bulletins(filter: { tags: $tags }) { totalCount edges { node { tier } } } }`,
      { tags: [clear.tag] },
      { token: await accountToken(t, b) },
    );
    expect(listed.bulletins.edges.map((e) => e.node.tier)).toEqual(['CLEAR']);
    const searched = await t.gql.data<{ bulletins: { totalCount: number } }>(
      `query { bulletins(filter: { search: "Closed advisory", tags: ["${clear.tag}"] }) { totalCount } }`,
      {},
      { token: await accountToken(t, b) },
    );
    expect(searched.bulletins.totalCount).toBe(0);

    const pendingVersion = (await read(c, clear.id))?.version;
    // B wrote it: B may not release it alone.
    const self = await refusedWithoutChange(clear.id, 'FORBIDDEN', () =>
      attemptBulletinMutation(t, b, PUBLISH_BULLETIN, { id: clear.id, expectedVersion: pendingVersion }),
    );
    expect(self.message).toMatch(/two-person/i);
    // A may not see a RED amendment named for C: A is answered as if there were none.
    const other = await refusedWithoutChange(clear.id, 'CONFLICT', () =>
      attemptBulletinMutation(t, a, PUBLISH_BULLETIN, { id: clear.id, expectedVersion: pendingVersion }),
    );
    expect(other.message).toBe('This bulletin is already published.');

    // A marker published after the amendment: once it arrives, nothing about the amendment came before it.
    await publishBulletin(t, { tier: 'GREEN', tags: [clear.tag], title: 'Marker' });
    await until(() => subscriber.titles(clear.tag).length >= 2);
    expect(subscriber.titles(clear.tag)).toEqual(['PUBLISHED:Open advisory', 'PUBLISHED:Marker']);

    const released = await bulletinMutation(t, c, PUBLISH_BULLETIN, { id: clear.id, expectedVersion: pendingVersion });
    expect(released).toMatchObject({ revision: 2, tier: 'RED', title: 'Closed advisory', status: 'PUBLISHED' });
    await until(() => subscriber.titles(clear.tag).length >= 3);
    expect(subscriber.titles(clear.tag)).toEqual([
      'PUBLISHED:Open advisory',
      'PUBLISHED:Marker',
      'AMENDED:Closed advisory',
    ]);
    subscriber.end();

    // Now RED: the CLEAR reader gets null, the named recipient revision 2 and the history it may read.
    expect(await read(null, clear.id)).toBeNull();
    expect(await read(VENDOR, clear.id)).toBeNull();
    expect(await read(a, clear.id)).toBeNull();
    const recipient = await read(CISA_ANALYST, clear.id);
    expect(recipient).toMatchObject({ revision: 2, tier: 'RED', body: 'Closed body.', pendingAmendment: null });
    expect(recipient?.revisions.map((r) => `${r.revision}:${r.tier}:${r.status}`)).toEqual([
      '1:CLEAR:PUBLISHED',
      '2:RED:PUBLISHED',
    ]);
    const rows = await revisionRows(clear.id);
    expect(rows.map((r) => [r.number, r.is_current, r.status, r.tier])).toEqual([
      [1, false, 'PUBLISHED', 'CLEAR'],
      [2, true, 'PUBLISHED', 'RED'],
    ]);
    expect(rows[1]?.author_user_id).toBe(await userId(t, b));
    expect(rows[1]?.approver_user_id).toBe(await userId(t, c));
    expect(rows[1]?.published_at).not.toBeNull();
    // Released once: publishing again is the old answer.
    await refusedWithoutChange(clear.id, 'CONFLICT', () =>
      attemptBulletinMutation(t, c, PUBLISH_BULLETIN, { id: clear.id }),
    );

    // (f) On the record: the proposal, the refused release by its author and the one by A (who was answered as if
    // there were no amendment), the release.
    const audit = (await auditOf(clear.id)).filter(
      (r) => r.action !== 'BULLETIN_READ' && r.details['attempted'] !== 'BULLETIN_READ',
    );
    expect(
      audit.map((r) => [r.action, r.outcome, r.details['pending'] ?? r.details['releasedAmendment'] ?? null]),
    ).toEqual([
      ['BULLETIN_CREATED', 'ALLOWED', null],
      ['BULLETIN_PUBLISHED', 'ALLOWED', null],
      ['BULLETIN_AMENDED', 'ALLOWED', true],
      ['ACCESS_DENIED', 'DENIED', null],
      ['ACCESS_DENIED', 'DENIED', null],
      ['BULLETIN_PUBLISHED', 'ALLOWED', true],
    ]);
    expect(audit[2]?.actor_user_id).toBe(await userId(t, b));
    expect(audit[2]?.details).toEqual({ revision: 2, pending: true });
    expect(audit[3]?.details).toMatchObject({ attempted: 'BULLETIN_PUBLISHED', answered: 'FORBIDDEN' });
    expect(audit[4]?.actor_user_id).toBe(await userId(t, a));
    expect(audit[4]?.details).toMatchObject({ attempted: 'BULLETIN_PUBLISHED', answered: 'CONFLICT' });
    expect(audit[5]?.actor_user_id).toBe(await userId(t, c));
    expect(audit[5]?.details).toEqual({ revision: 2, releasedAmendment: true });
  });

  it('RED amendments name a fit approver; approvers are only for AMBER_STRICT and RED', async () => {
    const bulletin = await publishBulletin(t, { tier: 'GREEN', originators: ['CISA', 'FBI'] });
    const red = {
      id: bulletin.id,
      expectedRevision: 1,
      tier: 'RED',
      recipientUserIds: [await userId(t, CISA_ANALYST)],
    };
    const missing = await refusedWithoutChange(bulletin.id, 'BAD_USER_INPUT', () => amend(FBI_PUBLISHER, red));
    expect(missing.message).toMatch(/names the publisher/);
    // Not the amender, not a publisher of another organization, not someone who is no publisher.
    for (const approver of [FBI_PUBLISHER, 'publisher@eac.demo', CISA_ANALYST]) {
      await refusedWithoutChange(bulletin.id, 'BAD_USER_INPUT', async () =>
        amend(FBI_PUBLISHER, { ...red, approverUserId: await userId(t, approver) }),
      );
    }
    await refusedWithoutChange(bulletin.id, 'BAD_USER_INPUT', async () =>
      amend(FBI_PUBLISHER, {
        id: bulletin.id,
        expectedRevision: 1,
        title: 'Lower tiers publish at once',
        approverUserId: await userId(t, CISA_PUBLISHER),
      }),
    );
    // A lower tier is published at once, by the amending publisher alone, as before.
    const green = await bulletinMutation(t, FBI_PUBLISHER, AMEND_BULLETIN, {
      id: bulletin.id,
      expectedRevision: 1,
      title: 'Renamed at once',
      changeNote: 'Renamed.',
    });
    expect(green).toMatchObject({ revision: 2, tier: 'GREEN', title: 'Renamed at once' });
  });

  it('AMBER_STRICT: B’s amendment is released by another publisher A, never by B alone', async () => {
    const a = CISA_PUBLISHER;
    const b = FBI_PUBLISHER;
    const amber = await publishBulletin(t, {
      tier: 'AMBER',
      originators: ['CISA', 'FBI'],
      recipientOrganizations: ['GA-SOS'],
      title: 'Georgia and its counties',
    });
    await bulletinMutation(t, b, AMEND_BULLETIN, {
      id: amber.id,
      expectedRevision: 1,
      tier: 'AMBER_STRICT',
      title: 'Georgia only',
      changeNote: 'Narrowed.',
    });
    // AMBER_STRICT in review: its author and publishers of an originating organization cleared for it (R11).
    for (const email of [a, b, cisaSecond]) {
      expect((await read(email, amber.id))?.pendingAmendment, email).toMatchObject({
        revision: 2,
        tier: 'AMBER_STRICT',
        title: 'Georgia only',
      });
    }
    for (const email of ['official@ga.demo', 'clerk@fulton.ga.demo', CISA_ANALYST]) {
      const view = await read(email, amber.id);
      expect(view?.pendingAmendment, email).toBeNull();
      expect(view?.title, email).toBe('Georgia and its counties');
    }
    const self = await refusedWithoutChange(amber.id, 'FORBIDDEN', () =>
      attemptBulletinMutation(t, b, PUBLISH_BULLETIN, { id: amber.id }),
    );
    expect(self.message).toMatch(/two-person/i);
    // A reader who is no publisher is refused as a publish of a published bulletin always was.
    await refusedWithoutChange(amber.id, 'FORBIDDEN', () =>
      attemptBulletinMutation(t, 'official@ga.demo', PUBLISH_BULLETIN, { id: amber.id }),
    );
    const released = await bulletinMutation(t, a, PUBLISH_BULLETIN, { id: amber.id });
    expect(released).toMatchObject({ revision: 2, tier: 'AMBER_STRICT', title: 'Georgia only' });
    expect(await read('clerk@fulton.ga.demo', amber.id)).toBeNull();
    expect((await read('official@ga.demo', amber.id))?.title).toBe('Georgia only');
    const rows = await revisionRows(amber.id);
    expect(rows[1]).toMatchObject({
      is_current: true,
      author_user_id: await userId(t, b),
      approver_user_id: await userId(t, a),
    });
  });

  it('one pending amendment at a time: another amendment is CONFLICT and changes nothing', async () => {
    const bulletin = await publishBulletin(t, { tier: 'GREEN', originators: ['CISA', 'FBI'] });
    await bulletinMutation(t, FBI_PUBLISHER, AMEND_BULLETIN, {
      id: bulletin.id,
      expectedRevision: 1,
      tier: 'AMBER_STRICT',
      recipientOrganizationIds: [await orgId(t, 'GA-SOS')],
      changeNote: 'Tightened.',
    });
    for (const [email, input] of [
      [FBI_PUBLISHER, { tier: 'AMBER_STRICT', recipientOrganizationIds: [await orgId(t, 'PA-SOS')] }],
      [CISA_PUBLISHER, { title: 'A plain rename' }],
    ] as const) {
      const refused = await refusedWithoutChange(bulletin.id, 'CONFLICT', () =>
        amend(email, { id: bulletin.id, expectedRevision: 1, ...input }),
      );
      expect(refused.message).toMatch(/^An amendment of this bulletin is awaiting review/);
    }
  });

  it('retracting withdraws a pending amendment: it is no longer pending and can never become current', async () => {
    const bulletin = await publishBulletin(t, { tier: 'CLEAR', originators: ['CISA', 'FBI'], title: 'To retract' });
    await bulletinMutation(t, FBI_PUBLISHER, AMEND_BULLETIN, {
      id: bulletin.id,
      expectedRevision: 1,
      tier: 'RED',
      title: 'Never released',
      recipientUserIds: [await userId(t, CISA_ANALYST)],
      approverUserId: await userId(t, CISA_PUBLISHER),
      changeNote: 'Proposed.',
    });
    const retracted = await bulletinMutation(t, CISA_PUBLISHER, RETRACT_BULLETIN, {
      id: bulletin.id,
      reason: 'Withdrawn.',
    });
    expect(retracted).toMatchObject({ status: 'RETRACTED', revision: 1, tier: 'CLEAR', title: 'To retract' });
    const rows = await revisionRows(bulletin.id);
    expect(rows.map((r) => [r.number, r.is_current, r.status])).toEqual([
      [1, true, 'RETRACTED'],
      [2, false, 'DRAFT'],
    ]);
    // The approver can no longer release it; nobody is told it is pending.
    await refusedWithoutChange(bulletin.id, 'CONFLICT', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, { id: bulletin.id }),
    );
    for (const email of [FBI_PUBLISHER, CISA_PUBLISHER, CISA_ANALYST, null]) {
      expect((await read(email, bulletin.id))?.pendingAmendment, String(email)).toBeNull();
    }
    // Its text was never released, so its named recipient never sees it, even as history; its author still may.
    expect((await read(CISA_ANALYST, bulletin.id))?.revisions.map((r) => r.revision)).toEqual([1]);
    expect((await read(null, bulletin.id))?.revisions.map((r) => r.revision)).toEqual([1]);
    expect((await read(FBI_PUBLISHER, bulletin.id))?.revisions.map((r) => `${r.revision}:${r.status}`)).toEqual([
      '1:RETRACTED',
      '2:DRAFT',
    ]);
    const audit = await auditOf(bulletin.id);
    expect(audit.find((r) => r.action === 'BULLETIN_RETRACTED')?.details).toEqual({ withdrawnAmendment: 2 });
  });
});
