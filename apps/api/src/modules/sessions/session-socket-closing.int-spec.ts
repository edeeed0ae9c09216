import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptRefresh,
  createApiKey,
  createOfficeWithAdmin,
  createUser,
  type CreatedUser,
  DEMO,
  jwtClaims,
  openWatchedSocket,
  type SocketClosure,
  startTestApp,
  type TestApp,
  tokenOf,
  type Tokens,
  until,
  type WatchedSocket,
} from '@bulwark/testing';
import {
  API_KEY_ENDED_REASON,
  SESSION_ENDED_CLOSE_CODE,
  SESSION_ENDED_REASON,
  SessionSockets,
} from '@api/auth/session-sockets';

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { accessToken refreshToken }
}`;

const sessionIdOf = (tokens: Tokens) => String(jwtClaims(tokens.accessToken)['sid']);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long after `startedAt` the socket closed; fails if it stays open `limitMs` * 3. */
async function closedWithin(
  socket: WatchedSocket,
  startedAt: number,
  limitMs = 1000,
): Promise<SocketClosure & { ms: number }> {
  const timeout = pause(limitMs * 3).then(() => null);
  const closure = await Promise.race([socket.closed, timeout]);
  if (!closure) throw new Error(`the socket was still open ${limitMs * 3} ms after its session ended`);
  return { ...closure, ms: closure.at - startedAt };
}

describe('ending a session closes its open sockets at once (4403 "Session ended")', () => {
  let t: TestApp;
  let adminToken: string;
  let platformToken: string;
  let registry: SessionSockets;
  const opened: WatchedSocket[] = [];
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp({ SIGN_IN_LIMIT_PER_ADDRESS: '0', SIGN_IN_LIMIT_PER_EMAIL: '0' });
    adminToken = await tokenOf(t, DEMO.gaAdmin);
    platformToken = await tokenOf(t, DEMO.platformAdmin);
    registry = t.app.get(SessionSockets);
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((socket) => socket.dispose()));
  });
  afterAll(async () => {
    process.stdout.write(`session socket closing, ms after the ending call began: ${JSON.stringify(timings)}\n`);
    await t?.close();
  });

  async function signInAs(user: CreatedUser): Promise<Tokens> {
    return (await t.gql.data<{ login: Tokens }>(LOGIN, { email: user.email, password: user.password })).login;
  }

  /** A socket with a live subscription on this session, once the server holds it under the session. */
  async function watch(tokens: Tokens): Promise<WatchedSocket> {
    const socket = await openWatchedSocket(t, tokens.accessToken);
    opened.push(socket);
    await until(() => registry.openFor(sessionIdOf(tokens)) === 1, 5000);
    return socket;
  }

  /** A user signed in twice, each session with a socket open. */
  async function userWithTwoSockets(organizationAdminToken = adminToken) {
    const user = await createUser(t, organizationAdminToken);
    const [first, second] = [await signInAs(user), await signInAs(user)];
    return { user, first, second, firstSocket: await watch(first), secondSocket: await watch(second) };
  }

  function expectEnded(closure: SocketClosure & { ms: number }, path: string): void {
    timings[path] = closure.ms;
    expect(closure.code).toBe(SESSION_ENDED_CLOSE_CODE);
    expect(closure.reason).toBe(SESSION_ENDED_REASON);
    expect(closure.ms).toBeLessThan(1000);
  }

  it('endSession closes that session’s open subscription within a second; the user’s other session’s socket stays open', async () => {
    const { first, second, firstSocket, secondSocket } = await userWithTwoSockets();

    const startedAt = Date.now();
    await t.gql.data(
      `mutation ($id: ID!) { endSession(input: { id: $id }) }`,
      { id: sessionIdOf(first) },
      { token: second.accessToken },
    );
    expectEnded(await closedWithin(firstSocket, startedAt), 'endSession');

    await pause(300);
    expect(secondSocket.isOpen()).toBe(true);
    expect(registry.openFor(sessionIdOf(second))).toBe(1);
    expect(registry.openFor(sessionIdOf(first))).toBe(0);
    expect(secondSocket.subscriber.errors).toEqual([]);
  });

  it('endOtherSessions closes the other sessions’ sockets and keeps the current one’s', async () => {
    const { first, second, firstSocket, secondSocket } = await userWithTwoSockets();
    const startedAt = Date.now();
    await t.gql.data('mutation { endOtherSessions }', {}, { token: second.accessToken });
    expectEnded(await closedWithin(firstSocket, startedAt), 'endOtherSessions');
    await pause(300);
    expect(secondSocket.isOpen()).toBe(true);
    expect(registry.openFor(sessionIdOf(first))).toBe(0);
  });

  it('logout closes the sockets of the session it ends, and only those', async () => {
    const { first, firstSocket, secondSocket } = await userWithTwoSockets();
    const startedAt = Date.now();
    await t.gql.data('mutation { logout }', {}, { token: first.accessToken });
    expectEnded(await closedWithin(firstSocket, startedAt), 'logout');
    await pause(300);
    expect(secondSocket.isOpen()).toBe(true);
  });

  it('a browser sign-out (POST /auth/session/logout) closes its session’s sockets', async () => {
    const user = await createUser(t, adminToken);
    const signIn = await fetch(`${t.url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const cookies = new Map(
      signIn.headers.getSetCookie().map((line) => line.split(';')[0].split('=') as [string, string]),
    );
    const socket = await watch({ accessToken, refreshToken: '' });

    const startedAt = Date.now();
    const logout = await fetch(`${t.url}/auth/session/logout`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        'x-csrf-token': cookies.get('bulwark_csrf') ?? '',
      },
      body: '{}',
    });
    expect(logout.status).toBe(200);
    expectEnded(await closedWithin(socket, startedAt), 'browser logout');
  });

  it('reusing a refresh token (theft) ends its session and closes its sockets', async () => {
    const { first, firstSocket, secondSocket } = await userWithTwoSockets();
    expect((await attemptRefresh(t, first.refreshToken)).data?.refreshSession).toBeTruthy();
    const startedAt = Date.now();
    expect((await attemptRefresh(t, first.refreshToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expectEnded(await closedWithin(firstSocket, startedAt), 'refresh token reuse');
    await pause(300);
    expect(secondSocket.isOpen()).toBe(true);
  });

  it('an administrator ending a member’s sessions closes all of the member’s sockets', async () => {
    const { user, firstSocket, secondSocket } = await userWithTwoSockets();
    const startedAt = Date.now();
    await t.gql.data(
      'mutation ($userId: ID!) { endUserSessions(input: { userId: $userId }) }',
      { userId: user.id },
      { token: adminToken },
    );
    expectEnded(await closedWithin(firstSocket, startedAt), 'endUserSessions');
    expectEnded(await closedWithin(secondSocket, startedAt), 'endUserSessions (second socket)');
  });

  it('deactivating the user closes all of their sockets', async () => {
    const { user, firstSocket, secondSocket } = await userWithTwoSockets();
    const startedAt = Date.now();
    await t.gql.data(
      'mutation ($id: ID!) { deactivateUser(input: { id: $id }) { active } }',
      { id: user.id },
      { token: adminToken },
    );
    expectEnded(await closedWithin(firstSocket, startedAt), 'deactivateUser');
    expectEnded(await closedWithin(secondSocket, startedAt), 'deactivateUser (second socket)');
  });

  it('an administrator resetting a member’s second factors closes all of the member’s sockets', async () => {
    const { user, firstSocket, secondSocket } = await userWithTwoSockets();
    const startedAt = Date.now();
    await t.gql.data(
      'mutation ($userId: ID!) { resetSecondFactors(input: { userId: $userId }) { id } }',
      { userId: user.id },
      { token: adminToken },
    );
    expectEnded(await closedWithin(firstSocket, startedAt), 'resetSecondFactors');
    expectEnded(await closedWithin(secondSocket, startedAt), 'resetSecondFactors (second socket)');
  });

  it('deactivating the organization closes its members’ sockets and its API keys’', async () => {
    const { office, admin } = await createOfficeWithAdmin(t, platformToken);
    const { firstSocket } = await userWithTwoSockets(admin.accessToken);
    const adminSocket = await watch(admin);
    const key = await createApiKey(t, admin.accessToken);
    const keySocket = await openWatchedSocket(t, { apiKey: key.secret });
    opened.push(keySocket);
    await until(() => registry.openFor(key.id) === 1, 5000);
    const startedAt = Date.now();
    await t.gql.data(
      'mutation ($id: ID!) { deactivateOrganization(input: { id: $id }) { active } }',
      { id: office.id },
      { token: platformToken },
    );
    expectEnded(await closedWithin(firstSocket, startedAt), 'deactivateOrganization');
    expectEnded(await closedWithin(adminSocket, startedAt), 'deactivateOrganization (admin)');
    const keyClosure = await closedWithin(keySocket, startedAt);
    expect(keyClosure).toMatchObject({ code: SESSION_ENDED_CLOSE_CODE, reason: API_KEY_ENDED_REASON });
    timings['deactivateOrganization (API key)'] = keyClosure.ms;
  });

  it('refuses a socket that presents an ended session, and lets other sockets of the user be', async () => {
    const user = await createUser(t, adminToken);
    const [ended, live] = [await signInAs(user), await signInAs(user)];
    const liveSocket = await watch(live);
    await t.gql.data('mutation { logout }', {}, { token: ended.accessToken });
    await expect(openWatchedSocket(t, ended.accessToken)).rejects.toThrow(/closed before connecting: 4403/);
    expect(liveSocket.isOpen()).toBe(true);
  });
});
