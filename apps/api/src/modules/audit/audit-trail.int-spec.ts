import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACKNOWLEDGE_BULLETIN,
  accountToken,
  attemptBulletinMutation,
  attemptLogin,
  attemptRefresh,
  CISA_ANALYST,
  CISA_PUBLISHER,
  createApiKey,
  createUser,
  DEMO,
  errorOf,
  jwtClaims,
  orgId,
  publishBulletin,
  signIn,
  startTestApp,
  type TestApp,
  userId,
} from '@bulwark/testing';
import { describeVerdict, verifyAuditChain } from './audit-verifier';

const AUDIT_EVENTS = `query Audit($first: Int, $after: String, $filter: AuditEventsFilter) {
  auditEvents(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id position occurredAt actorKind actorUserId actorApiKeyId actorOrganizationId action targetType targetId
      outcome requestId clientAddress details previousHash hash
    } }
  }
}`;

const BULLETIN = `query Bulletin($id: ID!) { bulletin(id: $id) { id title } }`;
const MISSING_BULLETIN = '00000000-0000-4000-8000-000000000000';
const UPDATE_USER = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id roles } }';
const CREATE_API_KEY = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }';
const KEY_INPUT = { input: { name: 'refused', roles: ['VIEWER'], clearance: 'GREEN' } };

interface AuditNode {
  id: string;
  position: string;
  actorKind: string;
  actorUserId: string | null;
  actorOrganizationId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  requestId: string | null;
  clientAddress: string | null;
  details: string;
  previousHash: string;
  hash: string;
}

interface AuditPage {
  auditEvents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: AuditNode }[];
  };
}

interface StoredRecord {
  position: string;
  action: string;
  outcome: string;
  actor_kind: string;
  actor_user_id: string | null;
  actor_api_key_id: string | null;
  actor_organization_id: string | null;
  target_type: string | null;
  target_id: string | null;
  request_id: string | null;
  client_address: string | null;
  details: Record<string, unknown>;
  previous_hash: string;
  hash: string;
}

async function headPosition(t: TestApp): Promise<number> {
  const rows: { last_position: string }[] = await t.dataSource.query(
    'SELECT last_position::text AS last_position FROM audit_sequence WHERE id = 1',
  );
  return Number(rows[0]?.last_position ?? 0);
}

async function recordsAfter(t: TestApp, position: number): Promise<StoredRecord[]> {
  const rows: (Omit<StoredRecord, 'details'> & { details: unknown })[] = await t.dataSource.query(
    `SELECT position::text AS position, action, outcome, actor_kind, actor_user_id, actor_api_key_id, actor_organization_id,
            target_type, target_id, request_id, client_address, details, previous_hash, hash
       FROM audit_events WHERE position > $1 ORDER BY audit_events.position`,
    [position],
  );
  return rows.map((row) => ({
    ...row,
    details: (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as Record<string, unknown>,
  }));
}

async function auditPage(t: TestApp, email: string, variables: Record<string, unknown> = {}): Promise<AuditPage> {
  return t.gql.data<AuditPage>(AUDIT_EVENTS, { first: 100, ...variables }, { token: await accountToken(t, email) });
}

describe('audit trail (R18)', () => {
  let t: TestApp;
  let start: number;
  let bulletinId: string;
  let createdUserId: string;
  let apiKeyId: string;
  let reusedSessionId: string;
  const typedEmail = '  Nobody@Example.DEMO';

  beforeAll(async () => {
    t = await startTestApp();
    start = await headPosition(t);

    await accountToken(t, DEMO.gaAdmin);
    expect(errorOf(await attemptLogin(t, DEMO.paOfficial, 'not the password')).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await attemptLogin(t, typedEmail, 'whatever')).code).toBe('UNAUTHENTICATED');
    const created = await createUser(t, await accountToken(t, DEMO.gaAdmin), { roles: ['VIEWER'], clearance: 'GREEN' });
    createdUserId = created.id;

    await accountToken(t, CISA_ANALYST);
    await accountToken(t, CISA_PUBLISHER);
    bulletinId = (await publishBulletin(t, { tier: 'AMBER_STRICT', recipientOrganizations: ['GA-SOS'] })).id;

    const official = await accountToken(t, DEMO.gaOfficial);
    const read = await t.gql.data<{ bulletin: { id: string } | null }>(
      BULLETIN,
      { id: bulletinId },
      { token: official },
    );
    expect(read.bulletin?.id).toBe(bulletinId);

    // AMBER_STRICT reaches the recipient organization only, not its counties (R4): to Fulton it does not exist.
    const clerk = await accountToken(t, DEMO.fultonClerk);
    const hidden = await t.gql.data<{ bulletin: unknown }>(BULLETIN, { id: bulletinId }, { token: clerk });
    expect(hidden.bulletin).toBeNull();
    const denied = errorOf(
      await attemptBulletinMutation(t, DEMO.fultonClerk, ACKNOWLEDGE_BULLETIN, { id: bulletinId }),
    );
    const missing = errorOf(
      await attemptBulletinMutation(t, DEMO.fultonClerk, ACKNOWLEDGE_BULLETIN, { id: MISSING_BULLETIN }),
    );
    expect(denied).toEqual(missing);
    expect(denied.code).toBe('NOT_FOUND');

    // A role change and a key, by the Georgia administrator.
    const gaAdmin = await accountToken(t, DEMO.gaAdmin);
    await t.gql.data(UPDATE_USER, { input: { id: createdUserId, roles: ['ORG_ADMIN', 'VIEWER'] } }, { token: gaAdmin });
    const key = await createApiKey(t, gaAdmin, { roles: ['VIEWER'], clearance: 'GREEN' });
    apiKeyId = key.id;

    // Reaching past one's role: the access guard answers FORBIDDEN, to a user and to an API key alike.
    const officialTries = await t.gql.request(CREATE_API_KEY, KEY_INPUT, { token: official });
    expect(errorOf(officialTries).code).toBe('FORBIDDEN');
    const keyTries = await t.gql.request(CREATE_API_KEY, KEY_INPUT, { apiKey: key.secret });
    expect(errorOf(keyTries).code).toBe('FORBIDDEN');

    // A rotated refresh token presented again: refused, and its session ends.
    const session = await signIn(t, created.email, created.password);
    reusedSessionId = String(jwtClaims(session.accessToken)['sid']);
    expect((await attemptRefresh(t, session.refreshToken)).errors).toBeUndefined();
    expect(errorOf(await attemptRefresh(t, session.refreshToken)).code).toBe('UNAUTHENTICATED');
  });
  afterAll(() => t.close());

  it('leaves exactly the expected records, in order, chained', async () => {
    const ids = {
      gaAdmin: await userId(t, DEMO.gaAdmin),
      paOfficial: await userId(t, DEMO.paOfficial),
      cisaAnalyst: await userId(t, CISA_ANALYST),
      cisaPublisher: await userId(t, CISA_PUBLISHER),
      gaOfficial: await userId(t, DEMO.gaOfficial),
      fultonClerk: await userId(t, DEMO.fultonClerk),
    };
    const orgs = {
      ga: await orgId(t, 'GA-SOS'),
      pa: await orgId(t, 'PA-SOS'),
      cisa: await orgId(t, 'CISA'),
      fulton: await orgId(t, 'GA-FULTON'),
    };
    const records = await recordsAfter(t, start);
    const names = new Map<string | null, string>([
      [null, '-'],
      ...Object.entries(ids).map(([name, id]) => [id, name] as [string, string]),
      ...Object.entries(orgs).map(([name, id]) => [id, name] as [string, string]),
      [bulletinId, 'bulletin'],
      [createdUserId, 'createdUser'],
      [apiKeyId, 'apiKey'],
      [reusedSessionId, 'reusedSession'],
    ]);
    const nameOf = (id: string | null) => names.get(id) ?? (id && /^[0-9a-f-]{36}$/.test(id) ? 'session' : String(id));
    const actorOf = (r: StoredRecord) => nameOf(r.actor_kind === 'API_KEY' ? r.actor_api_key_id : r.actor_user_id);
    const summary = records.map((r) =>
      [r.action, r.outcome, actorOf(r), nameOf(r.actor_organization_id), nameOf(r.target_id)].join(' '),
    );
    // An administrator's or publisher's first sign-in enrols a second factor first (test-support signIn).
    expect(summary).toEqual([
      'SECOND_FACTOR_ENROLLED ALLOWED gaAdmin ga gaAdmin',
      'RECOVERY_CODES_GENERATED ALLOWED gaAdmin ga gaAdmin',
      'SIGN_IN ALLOWED gaAdmin ga session',
      'SIGN_IN_FAILED FAILED paOfficial pa paOfficial',
      'SIGN_IN_FAILED FAILED - - -',
      'USER_CREATED ALLOWED gaAdmin ga createdUser',
      'SIGN_IN ALLOWED cisaAnalyst cisa session',
      'SECOND_FACTOR_ENROLLED ALLOWED cisaPublisher cisa cisaPublisher',
      'RECOVERY_CODES_GENERATED ALLOWED cisaPublisher cisa cisaPublisher',
      'SIGN_IN ALLOWED cisaPublisher cisa session',
      'BULLETIN_CREATED ALLOWED cisaAnalyst cisa bulletin',
      'BULLETIN_PUBLISHED ALLOWED cisaPublisher cisa bulletin',
      'SIGN_IN ALLOWED gaOfficial ga session',
      'BULLETIN_READ ALLOWED gaOfficial ga bulletin',
      'SIGN_IN ALLOWED fultonClerk fulton session',
      'ACCESS_DENIED DENIED fultonClerk fulton bulletin',
      'ACCESS_DENIED DENIED fultonClerk fulton bulletin',
      'USER_UPDATED ALLOWED gaAdmin ga createdUser',
      'API_KEY_CREATED ALLOWED gaAdmin ga apiKey',
      'ACCESS_DENIED DENIED gaOfficial ga -',
      'ACCESS_DENIED DENIED apiKey ga -',
      'SECOND_FACTOR_ENROLLED ALLOWED createdUser ga createdUser',
      'RECOVERY_CODES_GENERATED ALLOWED createdUser ga createdUser',
      'SIGN_IN ALLOWED createdUser ga reusedSession',
      'REFRESH_TOKEN_REUSED DENIED createdUser ga reusedSession',
    ]);

    // Indexed without the enrolment records of the first sign-ins.
    const core = records.filter(
      (r) => r.action !== 'SECOND_FACTOR_ENROLLED' && r.action !== 'RECOVERY_CODES_GENERATED',
    );
    expect(core[1]?.details).toEqual({ email: DEMO.paOfficial, reason: 'WRONG_PASSWORD' });
    expect(core[2]?.actor_kind).toBe('ANONYMOUS');
    expect(core[2]?.details).toEqual({ email: typedEmail, reason: 'UNKNOWN_EMAIL' });
    expect(core[3]?.details).toMatchObject({ roles: ['VIEWER'], clearance: 'GREEN', organizationId: orgs.ga });
    expect(core[11]?.details).toEqual({ attempted: 'BULLETIN_READ' });
    expect(core[12]?.details).toEqual({ attempted: 'BULLETIN_ACKNOWLEDGED', answered: 'NOT_FOUND' });
    expect(core[13]?.details).toEqual({
      before: { displayName: expect.any(String), roles: ['VIEWER'], clearance: 'GREEN' },
      after: { displayName: expect.any(String), roles: ['ORG_ADMIN', 'VIEWER'], clearance: 'GREEN' },
    });
    expect(core[14]?.details).toMatchObject({ roles: ['VIEWER'], clearance: 'GREEN' });
    const guardDenial = { attempted: 'Mutation.createApiKey', required: 'ORG_API_KEYS_MANAGE' };
    expect(core[15]).toMatchObject({ actor_kind: 'USER', target_type: null, details: guardDenial });
    expect(core[16]).toMatchObject({ actor_kind: 'API_KEY', actor_user_id: null, details: guardDenial });
    expect(core[18]).toMatchObject({ target_type: 'SESSION', details: { sessionAlreadyEnded: false } });
    for (const record of records) {
      expect(record.request_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(record.client_address).toMatch(/127\.0\.0\.1/);
    }

    // A missing bulletin leaves no record: only a bulletin that exists is "denied".
    const [missing] = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_events WHERE target_id = $1', [
      MISSING_BULLETIN,
    ]);
    expect(missing).toEqual({ n: 0 });

    records.forEach((record, index) => {
      expect(Number(record.position)).toBe(start + index + 1);
      if (index > 0) expect(record.previous_hash).toBe(records[index - 1]?.hash);
    });
    expect(await verifyAuditChain(t.dataSource)).toEqual({ intact: true, records: start + records.length });
  });

  it("shows an organization administrator their organization's records only, and never a bulletin's title", async () => {
    const ga = await orgId(t, 'GA-SOS');
    const page = await auditPage(t, DEMO.gaAdmin);
    const nodes = page.auditEvents.edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    expect(nodes.every((node) => node.actorOrganizationId === ga)).toBe(true);
    expect(page.auditEvents.totalCount).toBe(nodes.length);
    // Newest first.
    const positions = nodes.map((node) => Number(node.position));
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
    const read = nodes.find((node) => node.action === 'BULLETIN_READ');
    expect(read).toMatchObject({ targetType: 'BULLETIN', targetId: bulletinId, outcome: 'ALLOWED' });
    expect(JSON.stringify(nodes)).not.toContain('Bulletin t-');
    expect(JSON.stringify(nodes)).not.toContain('AMBER_STRICT');

    const filtered = await auditPage(t, DEMO.gaAdmin, { filter: { action: 'BULLETIN_READ', targetId: bulletinId } });
    expect(filtered.auditEvents.edges.map((edge) => edge.node.id)).toEqual([read?.id]);

    const first = await auditPage(t, DEMO.gaAdmin, { first: 2 });
    expect(first.auditEvents.pageInfo.hasNextPage).toBe(true);
    const second = await auditPage(t, DEMO.gaAdmin, { first: 2, after: first.auditEvents.pageInfo.endCursor });
    expect(second.auditEvents.edges.map((edge) => edge.node.position)).toEqual(
      nodes.slice(2, 4).map((node) => node.position),
    );
  });

  it('shows a platform administrator every record', async () => {
    const page = await auditPage(t, DEMO.platformAdmin);
    const organizations = new Set(page.auditEvents.edges.map((edge) => edge.node.actorOrganizationId));
    expect(organizations).toContain(await orgId(t, 'CISA'));
    expect(organizations).toContain(await orgId(t, 'GA-SOS'));
    expect(organizations).toContain(null);
    const counted: { n: number }[] = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_events');
    expect(page.auditEvents.totalCount).toBe(counted[0]?.n);
  });

  it('refuses a viewer, and records the refusal', async () => {
    const before = await headPosition(t);
    const response = await t.gql.request(AUDIT_EVENTS, { first: 5 }, { token: await accountToken(t, DEMO.gaOfficial) });
    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect(await recordsAfter(t, before)).toMatchObject([
      {
        action: 'ACCESS_DENIED',
        outcome: 'DENIED',
        actor_user_id: await userId(t, DEMO.gaOfficial),
        details: { attempted: 'Query.auditEvents', required: 'ORG_AUDIT_READ' },
      },
    ]);
  });

  it('records a lockout after repeated failures', async () => {
    const before = await headPosition(t);
    const victim = await createUser(t, await accountToken(t, DEMO.gaAdmin));
    for (let i = 0; i < 5; i++) await attemptLogin(t, victim.email, 'wrong password');
    const records = await recordsAfter(t, before);
    expect(records.map((r) => r.action)).toEqual([
      'USER_CREATED',
      ...Array<string>(5).fill('SIGN_IN_FAILED'),
      'ACCOUNT_LOCKED',
    ]);
    expect(records.at(-1)).toMatchObject({ target_id: victim.id, outcome: 'DENIED' });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database', async () => {
    await expect(
      t.dataSource.query(`UPDATE audit_events SET details = '{}' WHERE position = $1`, [start + 1]),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_events WHERE position = $1', [start + 1])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(t.dataSource)).intact).toBe(true);
  });

  it('catches a tampered record and names its position', async () => {
    const target = start + 4;
    await t.dataSource.query('ALTER TABLE audit_events DISABLE TRIGGER ALL');
    await t.dataSource.query(`UPDATE audit_events SET details = '{"clearance": "RED"}' WHERE position = $1`, [target]);
    await t.dataSource.query('ALTER TABLE audit_events ENABLE TRIGGER ALL');
    const verdict = await verifyAuditChain(t.dataSource);
    expect(verdict).toMatchObject({ intact: false, position: String(target), records: target - 1 });
    if (!verdict.intact) expect(verdict.reason).toMatch(/hash does not match/);
    // What `npm run audit:verify` prints (and exits 1 on).
    expect(describeVerdict(verdict)).toMatch(new RegExp(`^audit chain broken at position ${target}: `));
  });
});
