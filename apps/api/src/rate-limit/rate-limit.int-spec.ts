import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApiKey,
  DEMO,
  type GraphqlResponse,
  openSocketSession,
  signIn,
  startTestApp,
  type TestApp,
  tokenOf,
  taxiiGet,
} from '@bulwark/testing';

const WINDOW_SECONDS = 60;

/** A refused response: RATE_LIMITED everywhere, retryAfterSeconds within the window, 429 and Retry-After. */
function expectRateLimited(response: GraphqlResponse<unknown>): void {
  expect(response.errors?.length).toBeGreaterThan(0);
  for (const error of response.errors ?? []) {
    expect(error.extensions?.code).toBe('RATE_LIMITED');
    const retryAfter = error.extensions?.['retryAfterSeconds'];
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  }
  expect(response.status).toBe(429);
  expect(response.headers.get('retry-after')).toBe(String(response.errors?.[0]?.extensions?.['retryAfterSeconds']));
}

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

describe('sign-in rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true', SIGN_IN_LIMIT_PER_EMAIL: '3', SIGN_IN_LIMIT_PER_ADDRESS: '5' });
  });
  afterAll(() => t.close());

  const login = (email: string, address: string) =>
    t.gql.request(
      'mutation($email: String!) { login(input: { email: $email, password: "wrong password" }) { accessToken } }',
      { email },
      from(address),
    );

  it('refuses a fourth attempt on one email within the window, from any address, with RATE_LIMITED', async () => {
    const email = 'official@pa.demo';
    for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
      expect((await login(email, address)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expectRateLimited(await login(' Official@PA.demo ', '198.51.100.4'));
    // Another email is not affected: its own budget.
    expect((await login(DEMO.cisaAnalyst, '198.51.100.5')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a sixth sign-in from one address, login and refreshSession alike; other addresses go on', async () => {
    const address = '203.0.113.50';
    const { refreshToken } = await signIn(t, DEMO.gaOfficial);
    for (const email of ['a@x.demo', 'b@x.demo', 'c@x.demo', 'd@x.demo'])
      expect((await login(email, address)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refresh = () =>
      t.gql.request(
        'mutation($token: String!) { refreshSession(input: { refreshToken: $token }) { accessToken } }',
        { token: refreshToken },
        from(address),
      );
    expect((await refresh()).errors).toBeUndefined();
    expectRateLimited(await login('e@x.demo', address));
    expectRateLimited(await refresh());
    expect((await login('e@x.demo', '203.0.113.51')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('leaves the correct password unable to get past the limit too', async () => {
    const email = DEMO.fultonClerk;
    for (let i = 0; i < 3; i++) await login(email, `192.0.2.${i + 1}`);
    const right = await t.gql.request(
      'mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }',
      { email, password: t.demoPassword },
      from('192.0.2.9'),
    );
    expectRateLimited(right);
    expect(right.data?.login ?? null).toBeNull();
  });
});

describe('per-viewer rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_VIEWER: '5' });
  });
  afterAll(() => t.close());

  const viewer = (credentials: { token?: string; apiKey?: string }) =>
    t.gql.request('{ a: viewer { kind } b: serverInfo { version } }', {}, credentials);

  it("refuses a user's sixth operation, whole, and leaves another user and an API key their own budgets", async () => {
    const admin = await tokenOf(t, DEMO.gaAdmin);
    const key = await createApiKey(t, admin);
    const official = await tokenOf(t, DEMO.gaOfficial);
    // createApiKey used one of the admin's five.
    for (let i = 0; i < 4; i++) expect((await viewer({ token: admin })).errors).toBeUndefined();
    const refused = await viewer({ token: admin });
    expectRateLimited(refused);
    expect(refused.data ?? null).toBeNull();

    expect((await viewer({ token: official })).errors).toBeUndefined();
    expect((await viewer({ apiKey: key.secret })).errors).toBeUndefined();
    // A new session of the same user draws on the same budget.
    expectRateLimited(await viewer({ token: await tokenOf(t, DEMO.gaAdmin) }));
  });

  it('counts operations over graphql-ws against the same budget', async () => {
    const token = await tokenOf(t, DEMO.paOfficial);
    for (let i = 0; i < 3; i++) expect((await viewer({ token })).errors).toBeUndefined();
    const socket = await openSocketSession(t, { authorization: `Bearer ${token}` });
    try {
      expect((await socket.run('{ viewer { kind } }')).errors).toBeUndefined();
      expect((await socket.run('{ viewer { kind } }')).errors).toBeUndefined();
      const refused = await socket.run('{ viewer { kind } }');
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterSeconds: expect.any(Number),
      });
      expect(JSON.stringify(refused)).not.toMatch(/"http"/);
    } finally {
      await socket.close();
    }
  });
});

describe('per-viewer rate limits on TAXII', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_VIEWER: '5' });
  });
  afterAll(() => t.close());

  it("counts a key's TAXII requests against its budget, and refuses the sixth with a TAXII 429", async () => {
    const key = await createApiKey(t, await tokenOf(t, DEMO.gaAdmin));
    for (let i = 0; i < 5; i++)
      expect((await taxiiGet(t, 'api/collections/', { apiKey: key.secret })).status).toBe(200);
    const refused = await taxiiGet<Record<string, unknown>>(t, 'api/collections/', { basic: key.secret });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.body).toMatchObject({ title: 'Too many requests', http_status: '429' });
  });
});

describe('per-address rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true', RATE_LIMIT_PER_ADDRESS: '5' });
  });
  afterAll(() => t.close());

  const ask = (address: string) => t.gql.request('{ serverInfo { version } }', {}, from(address));

  it('answers the sixth request from one address with 429 before reading it; others and health go on', async () => {
    for (let i = 0; i < 5; i++) expect((await ask('203.0.113.7')).errors).toBeUndefined();
    expectRateLimited(await ask('203.0.113.7'));
    expect((await ask('203.0.113.8')).errors).toBeUndefined();
    expect((await fetch(`${t.url}/health/ready`, { headers: { 'x-forwarded-for': '203.0.113.7' } })).status).toBe(200);
  });

  it('counts socket operations per address too', async () => {
    const socket = await openSocketSession(t, { 'x-unused': true });
    try {
      for (let i = 0; i < 5; i++) expect((await socket.run('{ serverInfo { version } }')).errors).toBeUndefined();
      const refused = await socket.run('{ serverInfo { version } }');
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    } finally {
      await socket.close();
    }
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY is set', async () => {
    const direct = await startTestApp({ RATE_LIMIT_PER_ADDRESS: '2' });
    try {
      const one = (address: string) => direct.gql.request('{ serverInfo { version } }', {}, from(address));
      expect((await one('198.51.100.1')).errors).toBeUndefined();
      expect((await one('198.51.100.2')).errors).toBeUndefined();
      expectRateLimited(await one('198.51.100.3'));
    } finally {
      await direct.close();
    }
  });
});
