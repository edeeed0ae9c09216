import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptRefresh,
  countRows,
  createOfficeWithAdmin,
  createUser,
  type CreatedUser,
  DEMO,
  errorOf,
  jwtClaims,
  signInEnrolling,
  startTestApp,
  type TestApp,
  tokenOf,
  type Tokens,
  whoAmI,
} from '@bulwark/testing';

const CHROME_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const FIREFOX_ON_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0';

const MY_SESSIONS = `{ mySessions { id current signInMethod secondFactor device userAgent ipAddress startedAt lastUsedAt expiresAt } }`;
const USER_SESSIONS = `query ($userId: ID!) { userSessions(userId: $userId) { id current device ipAddress } }`;
const END_SESSION = `mutation ($id: ID!) { endSession(input: { id: $id }) }`;
const END_OTHERS = `mutation { endOtherSessions }`;
const END_USER_SESSIONS = `mutation ($userId: ID!) { endUserSessions(input: { userId: $userId }) }`;

interface ListedSession {
  id: string;
  current: boolean;
  signInMethod: string;
  secondFactor: string | null;
  device: string;
  userAgent: string | null;
  ipAddress: string | null;
  startedAt: string;
  lastUsedAt: string;
  expiresAt: string;
}

const sessionIdOf = (tokens: Tokens) => String(jwtClaims(tokens.accessToken)['sid']);

describe('active sessions: the list, ending them, and administrators ending a member’s', () => {
  let t: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    // Behind a trusted proxy, as in production: the address is the client's, from X-Forwarded-For.
    t = await startTestApp({ TRUST_PROXY: 'true', SIGN_IN_LIMIT_PER_ADDRESS: '0', SIGN_IN_LIMIT_PER_EMAIL: '0' });
    adminToken = await tokenOf(t, DEMO.gaAdmin);
  });
  afterAll(() => t?.close());

  /** Signs `user` in through GraphQL `login` from a client with this user agent and address. */
  async function signInFrom(user: CreatedUser, userAgent: string, address: string): Promise<Tokens> {
    const { login } = await t.gql.data<{ login: Tokens }>(
      'mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken refreshToken } }',
      { email: user.email, password: user.password },
      { headers: { 'user-agent': userAgent, 'x-forwarded-for': `${address}, 10.0.0.1` } },
    );
    return login;
  }

  async function sessionsOf(tokens: Tokens): Promise<ListedSession[]> {
    return (await t.gql.data<{ mySessions: ListedSession[] }>(MY_SESSIONS, {}, { token: tokens.accessToken }))
      .mySessions;
  }

  async function auditOf(action: string, targetId: string): Promise<{ actor_user_id: string; details: unknown }[]> {
    return t.dataSource.query(
      'SELECT actor_user_id, details FROM audit_events WHERE action = $1 AND target_id = $2 ORDER BY position',
      [action, targetId],
    );
  }

  it('lists your sessions with their device, address, sign-in method and times, the current one marked', async () => {
    const user = await createUser(t, adminToken);
    const laptop = await signInFrom(user, CHROME_ON_WINDOWS, '203.0.113.7');
    const desktop = await signInFrom(user, FIREFOX_ON_LINUX, '198.51.100.23');

    const listed = await sessionsOf(laptop);
    expect(listed.map((s) => s.id).sort()).toEqual([sessionIdOf(laptop), sessionIdOf(desktop)].sort());
    const mine = listed.find((s) => s.current);
    const other = listed.find((s) => !s.current);
    expect(mine).toMatchObject({
      id: sessionIdOf(laptop),
      device: 'Chrome on Windows',
      userAgent: CHROME_ON_WINDOWS,
      ipAddress: '203.0.113.7',
      signInMethod: 'PASSWORD',
      secondFactor: null,
    });
    expect(other).toMatchObject({ id: sessionIdOf(desktop), device: 'Firefox on Linux', ipAddress: '198.51.100.23' });
    const started = new Date(mine?.startedAt ?? 0).getTime();
    expect(Math.abs(started - Date.now())).toBeLessThan(60_000);
    expect(new Date(mine?.expiresAt ?? 0).getTime() - started).toBeCloseTo(
      t.config.auth.refreshTokenTtlSeconds * 1000,
      -4,
    );
    // Seen from the other session, the other one is current.
    expect((await sessionsOf(desktop)).find((s) => s.current)?.id).toBe(sessionIdOf(desktop));
  });

  it('records the device and address of a browser sign-in (POST /auth/session) too', async () => {
    const user = await createUser(t, adminToken);
    const response = await fetch(`${t.url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': FIREFOX_ON_LINUX, 'x-forwarded-for': '192.0.2.44' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(response.status).toBe(200);
    const { accessToken } = (await response.json()) as { accessToken: string };
    const [session] = await sessionsOf({ accessToken, refreshToken: '' });
    expect(session).toMatchObject({ current: true, device: 'Firefox on Linux', ipAddress: '192.0.2.44' });
  });

  it('ends one of your sessions: its tokens stop working, the others do not; on the audit trail', async () => {
    const user = await createUser(t, adminToken);
    const keep = await signInFrom(user, CHROME_ON_WINDOWS, '203.0.113.7');
    const lost = await signInFrom(user, FIREFOX_ON_LINUX, '203.0.113.8');

    const { endSession } = await t.gql.data<{ endSession: boolean }>(
      END_SESSION,
      { id: sessionIdOf(lost) },
      { token: keep.accessToken },
    );
    expect(endSession).toBe(true);
    expect(errorOf(await whoAmI(t, { token: lost.accessToken })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await attemptRefresh(t, lost.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect((await whoAmI(t, { token: keep.accessToken })).data?.viewer.kind).toBe('USER');
    expect((await sessionsOf(keep)).map((s) => s.id)).toEqual([sessionIdOf(keep)]);
    expect(await auditOf('SESSION_ENDED', sessionIdOf(lost))).toEqual([
      { actor_user_id: user.id, details: { current: false } },
    ]);

    // Gone now: ending it again, or ending someone else's, is NOT_FOUND.
    const again = await t.gql.request(END_SESSION, { id: sessionIdOf(lost) }, { token: keep.accessToken });
    expect(errorOf(again).code).toBe('NOT_FOUND');
    const stranger = await signInFrom(await createUser(t, adminToken), CHROME_ON_WINDOWS, '203.0.113.9');
    const notMine = await t.gql.request(END_SESSION, { id: sessionIdOf(stranger) }, { token: keep.accessToken });
    expect(errorOf(notMine).code).toBe('NOT_FOUND');
    expect((await whoAmI(t, { token: stranger.accessToken })).data?.viewer.kind).toBe('USER');
  });

  it('ends all your other sessions and keeps the current one', async () => {
    const user = await createUser(t, adminToken);
    const current = await signInFrom(user, CHROME_ON_WINDOWS, '203.0.113.7');
    const others = [
      await signInFrom(user, FIREFOX_ON_LINUX, '203.0.113.8'),
      await signInFrom(user, FIREFOX_ON_LINUX, '203.0.113.9'),
    ];

    const { endOtherSessions } = await t.gql.data<{ endOtherSessions: number }>(
      END_OTHERS,
      {},
      { token: current.accessToken },
    );
    expect(endOtherSessions).toBe(2);
    for (const other of others)
      expect(errorOf(await whoAmI(t, { token: other.accessToken })).code).toBe('UNAUTHENTICATED');
    expect((await sessionsOf(current)).map((s) => ({ id: s.id, current: s.current }))).toEqual([
      { id: sessionIdOf(current), current: true },
    ]);
    const [record] = await auditOf('OTHER_SESSIONS_ENDED', user.id);
    expect((record.details as { sessionIds: string[] }).sessionIds.sort()).toEqual(others.map(sessionIdOf).sort());
    expect(
      (await t.gql.data<{ endOtherSessions: number }>(END_OTHERS, {}, { token: current.accessToken })).endOtherSessions,
    ).toBe(0);
  });

  it('lets an organization administrator list and end a member’s sessions', async () => {
    const member = await createUser(t, adminToken);
    const sessions = [
      await signInFrom(member, CHROME_ON_WINDOWS, '203.0.113.7'),
      await signInFrom(member, FIREFOX_ON_LINUX, '203.0.113.8'),
    ];
    const { userSessions } = await t.gql.data<{ userSessions: ListedSession[] }>(
      USER_SESSIONS,
      { userId: member.id },
      { token: adminToken },
    );
    expect(userSessions.map((s) => s.device).sort()).toEqual(['Chrome on Windows', 'Firefox on Linux']);
    expect(userSessions.every((s) => !s.current)).toBe(true);

    const { endUserSessions } = await t.gql.data<{ endUserSessions: number }>(
      END_USER_SESSIONS,
      { userId: member.id },
      { token: adminToken },
    );
    expect(endUserSessions).toBe(2);
    for (const session of sessions)
      expect(errorOf(await whoAmI(t, { token: session.accessToken })).code).toBe('UNAUTHENTICATED');
    const [record] = await auditOf('USER_SESSIONS_ENDED', member.id);
    expect(record.actor_user_id).toBe(jwtClaims(adminToken)['sub']);
    const endedByAdmin = "SELECT count(*) FROM sessions WHERE user_id = $1 AND revoked_reason = 'ENDED_BY_ADMIN'";
    expect(await countRows(t, endedByAdmin, [member.id])).toBe(2);
  });

  it('answers NOT_FOUND, ending nothing, for another organization’s member, as for no such user', async () => {
    const platformToken = await tokenOf(t, DEMO.platformAdmin);
    const { admin: otherAdmin } = await createOfficeWithAdmin(t, platformToken);
    const member = await createUser(t, adminToken);
    const session = await signInFrom(member, CHROME_ON_WINDOWS, '203.0.113.7');

    for (const query of [USER_SESSIONS, END_USER_SESSIONS]) {
      const foreign = await t.gql.request(query, { userId: member.id }, { token: otherAdmin.accessToken });
      const missing = await t.gql.request(query, { userId: crypto.randomUUID() }, { token: otherAdmin.accessToken });
      expect(errorOf(foreign)).toEqual(errorOf(missing));
      expect(errorOf(foreign).code).toBe('NOT_FOUND');
    }
    expect((await whoAmI(t, { token: session.accessToken })).data?.viewer.kind).toBe('USER');

    // A platform administrator manages everyone.
    const { endUserSessions } = await t.gql.data<{ endUserSessions: number }>(
      END_USER_SESSIONS,
      { userId: member.id },
      { token: platformToken },
    );
    expect(endUserSessions).toBe(1);
  });

  it('refuses the administrators’ operations to a member who is not one (FORBIDDEN)', async () => {
    const member = await createUser(t, adminToken);
    const tokens = await signInFrom(member, CHROME_ON_WINDOWS, '203.0.113.7');
    const other = await createUser(t, adminToken);
    const response = await t.gql.request(END_USER_SESSIONS, { userId: other.id }, { token: tokens.accessToken });
    expect(errorOf(response).code).toBe('FORBIDDEN');
  });

  it('records use: on every refresh, and on a request at most once a minute', async () => {
    const user = await createUser(t, adminToken);
    const tokens = await signInFrom(user, CHROME_ON_WINDOWS, '203.0.113.7');
    const sessionId = sessionIdOf(tokens);
    const lastUsed = async () =>
      new Date(
        (await t.dataSource.query('SELECT last_used_at FROM sessions WHERE id = $1', [sessionId]))[0].last_used_at,
      ).getTime();
    const setLastUsed = (ago: string) =>
      t.dataSource.query(`UPDATE sessions SET last_used_at = now() - interval '${ago}' WHERE id = $1`, [sessionId]);

    await setLastUsed('10 minutes');
    await whoAmI(t, { token: tokens.accessToken });
    expect(Date.now() - (await lastUsed())).toBeLessThan(30_000);

    // Used 30 seconds ago: a request does not write it again.
    await setLastUsed('30 seconds');
    const before = await lastUsed();
    await whoAmI(t, { token: tokens.accessToken });
    expect(await lastUsed()).toBe(before);

    const { data } = await attemptRefresh(t, tokens.refreshToken);
    expect(data?.refreshSession.accessToken).toBeTruthy();
    expect(await lastUsed()).toBeGreaterThan(before);
  });

  it('refuses the list to an API key, which has no sessions', async () => {
    const { createApiKey } = await t.gql.data<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "sessions", roles: [VIEWER], clearance: GREEN }) { secret } }`,
      {},
      { token: adminToken },
    );
    const response = await t.gql.request(MY_SESSIONS, {}, { apiKey: createApiKey.secret });
    expect(errorOf(response).code).toBe('FORBIDDEN');
  });
});

describe('active sessions of a user who signs in with a second factor', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      SECOND_FACTOR_REQUIRED: 'true',
      SIGN_IN_LIMIT_PER_ADDRESS: '0',
      SIGN_IN_LIMIT_PER_EMAIL: '0',
    });
  });
  afterAll(() => t?.close());

  it('shows which second factor each session took, and the device of the request that completed it', async () => {
    // An organization administrator must have a factor: the first sign-in enrols an authenticator app.
    const enrolled = await signInEnrolling(t, DEMO.gaAdmin);
    const headers = { 'user-agent': FIREFOX_ON_LINUX };
    const { login } = await t.gql.data<{ login: { secondFactor: { challengeToken: string } } }>(
      'mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { secondFactor { challengeToken } } }',
      { email: DEMO.gaAdmin, password: t.demoPassword },
      { headers },
    );
    const { completeSignIn } = await t.gql.data<{ completeSignIn: Tokens }>(
      'mutation ($input: CompleteSignInInput!) { completeSignIn(input: $input) { accessToken refreshToken } }',
      { input: { challengeToken: login.secondFactor.challengeToken, recoveryCode: enrolled.recoveryCodes[0] } },
      { headers },
    );

    const { mySessions } = await t.gql.data<{ mySessions: ListedSession[] }>(
      MY_SESSIONS,
      {},
      { token: completeSignIn.accessToken },
    );
    const byId = new Map(mySessions.map((s) => [s.id, s]));
    expect(byId.get(sessionIdOf(enrolled))).toMatchObject({ current: false, secondFactor: 'TOTP' });
    expect(byId.get(sessionIdOf(completeSignIn))).toMatchObject({
      current: true,
      signInMethod: 'PASSWORD',
      secondFactor: 'RECOVERY_CODE',
      device: 'Firefox on Linux',
      ipAddress: '127.0.0.1',
    });
  });
});
