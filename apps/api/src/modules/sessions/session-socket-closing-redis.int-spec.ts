import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createApiKey,
  createUser,
  DEMO,
  jwtClaims,
  openWatchedSocket,
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

const REDIS_URL = process.env['TEST_REDIS_URL'];
const LOGIN = `mutation ($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { accessToken refreshToken }
}`;
const sessionIdOf = (tokens: Tokens) => String(jwtClaims(tokens.accessToken)['sid']);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!REDIS_URL)('ending a session closes its sockets on every instance (Redis, TEST_REDIS_URL)', () => {
  const env = {
    REDIS_URL: REDIS_URL ?? '',
    SOCKET_REDIS_PREFIX: `test:sockets:${randomUUID()}:`,
    RATE_LIMIT_REDIS_PREFIX: `test:rate:${randomUUID()}:`,
    // Both instances must accept the same tokens, as behind a load balancer.
    JWT_SECRET: randomBytes(32).toString('base64url'),
    SIGN_IN_LIMIT_PER_ADDRESS: '0',
    SIGN_IN_LIMIT_PER_EMAIL: '0',
  };
  let one: TestApp;
  let two: TestApp;
  const opened: WatchedSocket[] = [];

  beforeAll(async () => {
    // Two instances on one database (sessions live there) and one Redis.
    one = await startTestApp(env);
    two = await startTestApp(env, { database: one.database, keepDatabase: true });
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((socket) => socket.dispose()));
  });
  afterAll(async () => {
    await two?.close(); // first: the database is one's, closed with it
    await one?.close();
  });

  async function watchOn(t: TestApp, tokens: Tokens): Promise<WatchedSocket> {
    const socket = await openWatchedSocket(t, tokens.accessToken);
    opened.push(socket);
    await until(() => t.app.get(SessionSockets).openFor(sessionIdOf(tokens)) === 1, 5000);
    return socket;
  }

  it('a session ended on one instance has its subscription on the other closed within a second; the user’s other session stays', async () => {
    const user = await createUser(one, await tokenOf(one, DEMO.gaAdmin));
    const signIn = async () =>
      (await one.gql.data<{ login: Tokens }>(LOGIN, { email: user.email, password: user.password })).login;
    const [ended, kept] = [await signIn(), await signIn()];
    const endedSocket = await watchOn(two, ended);
    const keptSocket = await watchOn(two, kept);
    const keptOnOne = await watchOn(one, kept);

    const startedAt = Date.now();
    await one.gql.data(
      'mutation ($id: ID!) { endSession(input: { id: $id }) }',
      { id: sessionIdOf(ended) },
      { token: kept.accessToken },
    );
    const closure = await Promise.race([endedSocket.closed, pause(3000).then(() => null)]);
    if (!closure) throw new Error('the socket on the other instance was still open 3 s after its session ended');
    const ms = closure.at - startedAt;
    process.stdout.write(`session socket closing across instances (Redis): ${ms} ms after endSession began\n`);
    expect(closure.code).toBe(SESSION_ENDED_CLOSE_CODE);
    expect(closure.reason).toBe(SESSION_ENDED_REASON);
    expect(ms).toBeLessThan(1000);

    await pause(300);
    expect(keptSocket.isOpen()).toBe(true);
    expect(keptOnOne.isOpen()).toBe(true);
  });

  it('an API key revoked on one instance has its socket on the other closed within a second', async () => {
    const admin = await tokenOf(one, DEMO.gaAdmin);
    const key = await createApiKey(one, admin);
    const socket = await openWatchedSocket(two, { apiKey: key.secret });
    opened.push(socket);
    await until(() => two.app.get(SessionSockets).openFor(key.id) === 1, 5000);

    const startedAt = Date.now();
    await one.gql.data(
      'mutation ($id: ID!) { revokeApiKey(input: { id: $id }) { id } }',
      { id: key.id },
      { token: admin },
    );
    const closure = await Promise.race([socket.closed, pause(3000).then(() => null)]);
    if (!closure) throw new Error('the key’s socket on the other instance was still open 3 s after its revocation');
    expect(closure).toMatchObject({ code: SESSION_ENDED_CLOSE_CODE, reason: API_KEY_ENDED_REASON });
    expect(closure.at - startedAt).toBeLessThan(1000);
  });
});
