import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  beginTotpEnrolment,
  CookieBrowser,
  createUser,
  DEMO,
  enrolTotp,
  jwtClaims,
  loginStep,
  signInEnrolling,
  startTestApp,
  type TestApp,
  totpCode,
  whoAmI,
} from '@bulwark/testing';

interface JsonAnswer {
  status: number;
  body: any;
  setCookies: string[];
}

describe('the second step in the browser (/auth/session)', () => {
  let t: TestApp;
  let gaAdmin: string;
  beforeAll(async () => {
    t = await startTestApp({
      SECOND_FACTOR_REQUIRED: 'true',
      SIGN_IN_LIMIT_PER_ADDRESS: '0',
      SIGN_IN_LIMIT_PER_EMAIL: '0',
    });
    gaAdmin = (await signInEnrolling(t, DEMO.gaAdmin)).accessToken;
  });
  afterAll(() => t.close());

  async function post(browser: CookieBrowser, path: string, body: unknown, csrf = false): Promise<JsonAnswer> {
    const csrfToken = csrf ? browser.cookie('bulwark_csrf', `${t.url}/`) : undefined;
    const response = await browser.request(`${t.url}/auth/session${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: JSON.parse(response.body), setCookies: response.headers.getSetCookie() };
  }

  const refreshCookie = (browser: CookieBrowser) => browser.cookie('bulwark_refresh', `${t.url}/auth/session/refresh`);

  it('answers sign-in with the challenge and no cookie, then sets the cookies when the code is right', async () => {
    const user = await createUser(t, gaAdmin);
    const { secret } = await enrolTotp(t, (await loginStep(t, user.email, user.password)).accessToken!);
    const browser = new CookieBrowser();

    const first = await post(browser, '', { email: user.email, password: user.password });
    expect(first.status).toBe(200);
    expect(Object.keys(first.body)).toEqual(['secondFactor']);
    expect(first.body.secondFactor).toMatchObject({ methods: ['TOTP', 'RECOVERY_CODE'], enrolmentRequired: false });
    expect(first.setCookies).toEqual([]);
    const { challengeToken } = first.body.secondFactor;

    const wrong = await post(browser, '/second-factor', { challengeToken, totpCode: '000000' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(refreshCookie(browser)).toBeUndefined();

    const right = await post(browser, '/second-factor', { challengeToken, totpCode: totpCode(secret, 1) });
    expect(right.status).toBe(200);
    expect(Object.keys(right.body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt']);
    expect(refreshCookie(browser)).toMatch(/^[\w-]{43}$/);
    const [session] = await t.dataSource.query('SELECT second_factor FROM sessions WHERE id = $1', [
      jwtClaims(right.body.accessToken)['sid'],
    ]);
    expect(session.second_factor).toBe('TOTP');

    // The cookie session renews like any other.
    const renewed = await post(browser, '/refresh', {}, true);
    expect(renewed.status).toBe(200);
    expect((await whoAmI(t, { token: renewed.body.accessToken })).data?.viewer.kind).toBe('USER');
  });

  it('ends a forced enrolment with cookies and the recovery codes, shown once', async () => {
    const publisher = await createUser(t, gaAdmin, { roles: ['PUBLISHER'] });
    const browser = new CookieBrowser();
    const first = await post(browser, '', { email: publisher.email, password: publisher.password });
    expect(first.body.secondFactor).toMatchObject({ methods: [], enrolmentRequired: true });
    const { challengeToken } = first.body.secondFactor;

    // The page begins through GraphQL with the challenge token, and ends here.
    const { secret } = await beginTotpEnrolment(t, { challengeToken });
    const wrong = await post(browser, '/enrolment/totp', { challengeToken, code: '000000' });
    expect(wrong.status).toBe(400);
    const done = await post(browser, '/enrolment/totp', { challengeToken, code: totpCode(secret) });
    expect(done.status).toBe(200);
    expect(Object.keys(done.body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt', 'recoveryCodes']);
    expect(done.body.recoveryCodes).toHaveLength(10);
    expect(refreshCookie(browser)).toMatch(/^[\w-]{43}$/);
    expect((await whoAmI(t, { token: done.body.accessToken })).data?.viewer.kind).toBe('USER');

    const again = await post(new CookieBrowser(), '/enrolment/totp', { challengeToken, code: totpCode(secret, 1) });
    expect(again.status).toBe(401);
  });
});
