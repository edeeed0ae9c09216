import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { DEMO, startTestApp, type TestApp } from '@bulwark/testing';
import { loadConfig } from '@api/config/load-config';
import { RateLimiter } from './rate-limiter.service';
import { RedisRateLimitStore } from './redis-rate-limit.store';

const REDIS_URL = process.env['TEST_REDIS_URL'];

describe.skipIf(!REDIS_URL)('rate limits shared through Redis (TEST_REDIS_URL)', () => {
  // A prefix of its own, so parallel runs and other test files never share a counter.
  const prefix = `test:rate:${randomUUID()}:`;
  const env = {
    REDIS_URL: REDIS_URL ?? '',
    RATE_LIMIT_REDIS_PREFIX: prefix,
    SIGN_IN_LIMIT_PER_EMAIL: '4',
    RATE_LIMIT_PER_ADDRESS: '6',
    TRUST_PROXY: 'true',
    RATE_LIMIT_WINDOW_SECONDS: '30',
  };
  let one: TestApp;
  let two: TestApp;
  let redis: Redis;
  beforeAll(async () => {
    [one, two] = await Promise.all([startTestApp(env), startTestApp(env)]);
    redis = new Redis(REDIS_URL ?? '');
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await Promise.all([one?.close(), two?.close()]);
  });

  let attempt = 0;
  // Each attempt from its own address: only the per-email budget is in play.
  const login = (t: TestApp, email: string) =>
    t.gql.request(
      'mutation($email: String!) { login(input: { email: $email, password: "wrong password" }) { accessToken } }',
      { email },
      { headers: { 'x-forwarded-for': `192.0.2.${++attempt}` } },
    );

  it('gives two instances one sign-in budget per email', async () => {
    const email = DEMO.paOfficial;
    for (const t of [one, two, one, two])
      expect((await login(t, email)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const t of [one, two]) {
      const refused = await login(t, email);
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(refused.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeLessThanOrEqual(30);
    }
  });

  it('gives two instances one budget per client address', async () => {
    const ask = (t: TestApp, address: string) =>
      t.gql.request('{ serverInfo { version } }', {}, { headers: { 'x-forwarded-for': address } });
    for (const t of [one, two, one, two, one, two]) expect((await ask(t, '203.0.113.77')).errors).toBeUndefined();
    expect((await ask(one, '203.0.113.77')).status).toBe(429);
    expect((await ask(two, '203.0.113.77')).status).toBe(429);
    expect((await ask(two, '203.0.113.78')).errors).toBeUndefined();
  });

  // Two apps in one process cannot both authenticate users (Passport keeps one JWT strategy per process),
  // so the per-user budget is shown on two limiters, as two instances hold them, on two Redis connections.
  it('gives two instances one budget per user, and each user their own', async () => {
    const config = loadConfig({ ...env, RATE_LIMIT_PER_VIEWER: '3' }, []);
    const logger = pino({ level: 'silent' });
    const limiters = [0, 1].map(
      () => new RateLimiter(config, new RedisRateLimitStore(new Redis(REDIS_URL ?? ''), prefix), logger),
    );
    try {
      const verdicts = [];
      for (const limiter of [...limiters, ...limiters])
        verdicts.push((await limiter.consume('viewer', 'user:a')).allowed);
      expect(verdicts).toEqual([true, true, true, false]);
      expect((await limiters[1].consume('viewer', 'user:b')).allowed).toBe(true);
      expect((await limiters[0].consume('viewer', 'key:a')).allowed).toBe(true);
    } finally {
      await Promise.all(limiters.map((limiter) => limiter.onModuleDestroy()));
    }
  });

  it('stores counters under the prefix, with an expiry, and no email in the clear', async () => {
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toMatch(/@/);
    for (const key of keys) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(30_000);
    }
  });
});
