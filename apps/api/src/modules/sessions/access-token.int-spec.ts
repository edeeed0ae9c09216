import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessClaims,
  DEMO,
  errorOf,
  jwtClaims,
  signIn,
  signJwt,
  startTestApp,
  type TestApp,
  type Tokens,
  whoAmI,
} from '@bulwark/testing';

describe('access tokens that must not work', () => {
  let t: TestApp;
  let session: Tokens;
  let sub: string;
  let sid: string;
  beforeAll(async () => {
    t = await startTestApp();
    session = await signIn(t, DEMO.gaOfficial);
    ({ sub, sid } = jwtClaims(session.accessToken) as { sub: string; sid: string });
  });
  afterAll(() => t.close());

  async function refused(headers: Record<string, string>): Promise<void> {
    const response = await t.gql.request('{ viewer { kind } }', {}, { headers });
    expect(response.data ?? null).toBeNull();
    expect(errorOf(response).code).toBe('UNAUTHENTICATED');
  }

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('accepts a token forged exactly like the server signs it (so the refusals below are about one flaw each)', async () => {
    const forged = signJwt(accessClaims(sub, sid), t.config.auth.jwtSecret);
    expect((await whoAmI(t, { token: forged })).data?.viewer.kind).toBe('USER');
  });

  it('refuses an expired token and says it expired', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = signJwt({ ...accessClaims(sub, sid), iat: now - 600, exp: now - 60 }, t.config.auth.jwtSecret);
    const response = await whoAmI(t, { token: expired });
    expect(errorOf(response).code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.extensions?.['reason']).toBe('TOKEN_EXPIRED');
  });

  it('refuses an unsigned token (alg: none)', async () => {
    await refused(bearer(signJwt(accessClaims(sub, sid), '', { alg: 'none', typ: 'JWT' })));
  });

  it('refuses a token signed with another secret', async () => {
    await refused(bearer(signJwt(accessClaims(sub, sid), `${t.config.auth.jwtSecret}-not`)));
  });

  it('refuses a token for another audience or from another issuer', async () => {
    const secret = t.config.auth.jwtSecret;
    await refused(bearer(signJwt({ ...accessClaims(sub, sid), aud: 'some-other-api' }, secret)));
    await refused(bearer(signJwt({ ...accessClaims(sub, sid), iss: 'someone-else' }, secret)));
  });

  it('refuses garbage, an empty bearer and another scheme', async () => {
    await refused(bearer('garbage'));
    await refused(bearer('a.b.c'));
    await refused({ authorization: 'Bearer' });
    await refused({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` });
  });

  it('refuses a well-signed token for a real user but a session that does not exist', async () => {
    await refused(bearer(signJwt(accessClaims(sub, randomUUID()), t.config.auth.jwtSecret)));
  });

  it('refuses a well-signed token naming the session of another user', async () => {
    const otherUser = jwtClaims((await signIn(t, DEMO.paOfficial)).accessToken)['sub'] as string;
    await refused(bearer(signJwt(accessClaims(otherUser, sid), t.config.auth.jwtSecret)));
  });

  it('refuses a well-signed token whose subject is not an id', async () => {
    await refused(bearer(signJwt(accessClaims('admin@platform.demo', sid), t.config.auth.jwtSecret)));
  });
});
