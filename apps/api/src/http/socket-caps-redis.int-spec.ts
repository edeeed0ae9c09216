import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptSocket,
  DEMO,
  type SocketAttempt,
  startTestApp,
  type TestApp,
  tokenOf,
  userIdOf,
} from '@bulwark/testing';
import { RedisSocketPlaces } from './redis-socket-places';
import { SocketConnectionCounter } from './socket-connection-counter';

const REDIS_URL = process.env['TEST_REDIS_URL'];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!REDIS_URL)('WebSocket caps shared through Redis (TEST_REDIS_URL)', () => {
  // Prefixes of their own, so parallel runs and other test files never share a budget.
  const prefix = `test:sockets:${randomUUID()}:`;
  const env = {
    REDIS_URL: REDIS_URL ?? '',
    SOCKET_REDIS_PREFIX: prefix,
    RATE_LIMIT_REDIS_PREFIX: `test:rate:${randomUUID()}:`,
    // Both instances must accept the same tokens, as behind a load balancer.
    JWT_SECRET: randomBytes(32).toString('base64url'),
    MAX_SOCKETS_PER_VIEWER: '2',
  };
  let one: TestApp;
  let two: TestApp;
  let redis: Redis;
  let auth: Record<string, string>;
  let viewerBudget: string;
  const opened: SocketAttempt[] = [];

  beforeAll(async () => {
    // Two instances on one database (sessions live there) and one Redis. Passport keeps one JWT strategy per
    // process: the second app's, which reads the same database with the same secret.
    one = await startTestApp(env);
    two = await startTestApp(env, { database: one.database, keepDatabase: true });
    redis = new Redis(REDIS_URL ?? '');
    auth = { authorization: `Bearer ${await tokenOf(one, DEMO.gaAdmin)}` };
    viewerBudget = `${prefix}viewer:user:${await userIdOf(one, DEMO.gaAdmin)}`;
  });
  afterAll(async () => {
    await Promise.all(opened.map((attempt) => attempt.close()));
    await two?.close(); // first: the database is one's, closed with it
    await one?.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  /** Opens a graphql-ws connection to `t`; resolves 'connected', or the close code if it is refused. */
  async function connect(t: TestApp): Promise<SocketAttempt> {
    const attempt = await attemptSocket(t, auth, 100); // long enough for Redis to see the release too
    opened.push(attempt);
    return attempt;
  }

  it('holds a viewer’s cap across two instances, and a close on one frees a place on the other', async () => {
    const first = await connect(one);
    const second = await connect(one);
    expect([first.outcome, second.outcome]).toEqual(['connected', 'connected']);
    expect((await connect(two)).outcome).toBe(4429);

    await first.close();
    const third = await connect(two);
    expect(third.outcome).toBe('connected');
    expect((await connect(one)).outcome).toBe(4429);

    await Promise.all([second.close(), third.close()]);
    expect(await redis.zcard(viewerBudget)).toBe(0);
  });

  it('frees the places of an instance that vanished without releasing them when their leases lapse', async () => {
    // A third instance with a short lease takes both of the viewer's places, then dies: no release, no renewal.
    const ghostRedis = new Redis(REDIS_URL ?? '');
    const ghost = new SocketConnectionCounter(2, 100, false, new RedisSocketPlaces(ghostRedis, prefix, 600));
    const viewer = viewerBudget.slice(`${prefix}viewer:`.length);
    expect(await ghost.admit({}, viewer, '198.51.100.7', undefined)).toBe(true);
    expect(await ghost.admit({}, viewer, '198.51.100.7', undefined)).toBe(true);
    ghostRedis.disconnect();
    try {
      expect((await connect(two)).outcome).toBe(4429);
      await pause(800);
      expect((await connect(two)).outcome).toBe('connected');
      expect((await connect(one)).outcome).toBe('connected');
      expect((await connect(one)).outcome).toBe(4429);
    } finally {
      await ghost.close();
    }
  });

  it('keeps leases alive, under the prefix, naming ids and never a credential; shutdown gives them back', async () => {
    const ttl = await redis.pttl(viewerBudget);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
    const keys = await redis.keys(`${prefix}*`);
    expect(keys).toContain(viewerBudget);
    expect(keys.join(' ')).not.toContain(auth['authorization'].slice('Bearer '.length));
    expect(keys.every((key) => /:(viewer:(user|key):[0-9a-f-]{36}|address:[0-9a-f.:/]+)$/.test(key))).toBe(true);

    // The instance's shutdown hook gives back every place it holds, before its sockets are closed.
    await two.app.get(SocketConnectionCounter).close();
    await one.app.get(SocketConnectionCounter).close();
    expect(await redis.zcard(viewerBudget)).toBe(0);
  });
});
