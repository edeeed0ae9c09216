import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  beginTotpEnrolment,
  bindIdentityProvider,
  CookieBrowser,
  countRows,
  createOrganization,
  createUser,
  type CreatedUser,
  DEMO,
  refreshInBrowser,
  signInAtProvider,
  type SsoBench,
  ssoSignIn,
  ssoStartUrl,
  startSsoBench,
  tokenOf,
  totpCode,
  uniqueTag,
} from '@bulwark/testing';

const VIEWER = `{ viewer { kind roles user { id email } organization { id } } }`;

interface ViewerAnswer {
  viewer: { kind: string; roles: string[]; user: { id: string; email: string }; organization: { id: string } };
}

describe('single sign-on through an OpenID Provider', () => {
  let bench: SsoBench;
  let platformToken: string;
  let officeId: string;
  let alice: CreatedUser;
  let bob: CreatedUser;
  let pat: CreatedUser;
  let dora: CreatedUser;

  beforeAll(async () => {
    bench = await startSsoBench();
    const { t } = bench;
    platformToken = await tokenOf(t, DEMO.platformAdmin);
    const tag = uniqueTag();
    const office = await createOrganization(t, platformToken);
    const other = await createOrganization(t, platformToken);
    officeId = office.id;
    const member = (email: string, organizationId: string, roles = ['VIEWER']) =>
      createUser(t, platformToken, { email, organizationId, roles });
    alice = await member(`alice@sso-${tag}.demo`, office.id);
    pat = await member(`pat@sso-${tag}.demo`, office.id, ['PUBLISHER']);
    dora = await member(`dora@sso-${tag}.demo`, office.id);
    bob = await member(`bob@other-${tag}.demo`, other.id);
    Object.assign(bench.accounts, {
      alice: { email: alice.email },
      'alice-unverified': { email: alice.email, emailVerified: false },
      // A person whose provider account carries another organization's member's email.
      bob: { email: bob.email },
      'pat-mfa': { email: pat.email, amr: ['pwd', 'mfa'] },
      'pat-password': { email: pat.email, amr: ['pwd'] },
      dora: { email: dora.email },
    });
    await bindIdentityProvider(bench, platformToken, office.id, { amrSatisfiesSecondFactor: true });
  });

  afterAll(async () => {
    await bench?.close();
  });

  afterEach(() => {
    bench.idp.tamper(null);
  });

  const sessionsOf = (user: CreatedUser) =>
    countRows(bench.t, 'SELECT count(*) FROM sessions WHERE user_id = $1', [user.id]);
  const failures = (reason: string) =>
    countRows(
      bench.t,
      "SELECT count(*) FROM audit_events WHERE action = 'SIGN_IN_FAILED' AND details->>'reason' = $1",
      [reason],
    );
  const portal = (path: string) => `${bench.t.config.auth.publicUrl}${path}`;
  const postJson = (browser: CookieBrowser, path: string, body: unknown) =>
    browser.request(portal(path), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('signs a member in end to end: code, PKCE, state and nonce; then the portal refreshes and calls the API', async () => {
    const { t } = bench;
    const browser = new CookieBrowser();
    const startUrl = await ssoStartUrl(t, alice.email);
    expect(startUrl).toBe(portal(`/auth/sso/${officeId}/start`));

    const start = await browser.get(startUrl);
    expect(start.status).toBe(302);
    const authorization = new URL(start.location ?? '');
    expect(authorization.origin).toBe(bench.idp.issuer);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: bench.idp.clientId,
      redirect_uri: portal('/auth/sso/callback'),
      scope: 'openid email',
      code_challenge_method: 'S256',
    });
    for (const check of ['state', 'nonce', 'code_challenge'])
      expect(authorization.searchParams.get(check)?.length).toBeGreaterThanOrEqual(43);
    expect(start.headers.getSetCookie().join('\n')).toMatch(
      /bulwark_sso=v1\.[^;]+; Path=\/auth\/sso; .*SameSite=Lax.*HttpOnly/,
    );

    const callbackUrl = await signInAtProvider(browser, bench.idp, authorization.toString(), 'alice');
    const callback = new URL(callbackUrl);
    expect(callback.searchParams.get('state')).toBe(authorization.searchParams.get('state'));
    expect(callback.searchParams.get('code')).toBeTruthy();
    // The provider's redirect is a navigation from its own site: a browser says so, and the route must take it.
    const landed = await browser.get(callbackUrl, { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' });
    expect(landed.status).toBe(302);
    expect(landed.location).toBe(portal('/'));
    expect(browser.cookie('bulwark_sso', portal('/auth/sso/callback'))).toBeUndefined();
    expect(browser.cookie('bulwark_refresh', portal('/auth/session/refresh'))).toBeTruthy();

    const accessToken = await refreshInBrowser(t, browser);
    const { viewer } = await t.gql.data<ViewerAnswer>(VIEWER, {}, { token: accessToken });
    expect(viewer).toMatchObject({ kind: 'USER', roles: ['VIEWER'], user: { id: alice.id, email: alice.email } });
    expect(viewer.organization.id).toBe(officeId);
    const [session] = await t.dataSource.query(
      'SELECT sign_in_method, second_factor FROM sessions WHERE user_id = $1',
      [alice.id],
    );
    expect(session).toEqual({ sign_in_method: 'SSO', second_factor: null });

    // The same answer again (a replayed code): the flow it belonged to is spent.
    const replay = await browser.get(callbackUrl);
    expect(replay.location).toBe(portal('/sign-in?sso=expired'));
    expect(await sessionsOf(alice)).toBe(1);
  });

  it("refuses an identity provider's assertion of another organization's member, and changes nothing", async () => {
    const before = await failures('SSO_OTHER_ORGANIZATION');
    const browser = new CookieBrowser();
    const landed = await ssoSignIn(bench, browser, await ssoStartUrl(bench.t, alice.email), 'bob');
    expect(landed.location).toBe(portal('/sign-in?sso=not_allowed'));
    expect(browser.cookie('bulwark_refresh', portal('/auth/session/refresh'))).toBeUndefined();
    expect(await sessionsOf(bob)).toBe(0);
    expect(await failures('SSO_OTHER_ORGANIZATION')).toBe(before + 1);
    const [record] = await bench.t.dataSource.query(
      "SELECT actor_user_id, actor_organization_id FROM audit_events WHERE details->>'reason' = 'SSO_OTHER_ORGANIZATION' ORDER BY position DESC LIMIT 1",
    );
    // On the named member's record, for their own organization's administrators to see.
    expect(record).toEqual({ actor_user_id: bob.id, actor_organization_id: bob.organizationId });
  });

  it('refuses an id_token whose payload was altered on its way (its signature no longer verifies)', async () => {
    const before = await failures('SSO_TOKEN_INVALID');
    // alice signs in at the provider; the token response is rewritten to say she is pat (a publisher).
    bench.idp.tamper({ kind: 'id-token-claims', claims: { email: pat.email } });
    const landed = await ssoSignIn(bench, new CookieBrowser(), await ssoStartUrl(bench.t, alice.email), 'alice');
    expect(landed.location).toBe(portal('/sign-in?sso=invalid_response'));
    expect(await sessionsOf(pat)).toBe(0);
    expect(await failures('SSO_TOKEN_INVALID')).toBe(before + 1);
    const [record] = await bench.t.dataSource.query(
      "SELECT details->>'check' AS check FROM audit_events WHERE details->>'reason' = 'SSO_TOKEN_INVALID' ORDER BY position DESC LIMIT 1",
    );
    expect(record.check).toMatch(/signature/i);
  });

  it('refuses an id_token carrying another nonce than the one this browser was given', async () => {
    bench.idp.tamper({ kind: 'nonce' });
    const landed = await ssoSignIn(bench, new CookieBrowser(), await ssoStartUrl(bench.t, alice.email), 'alice');
    expect(landed.location).toBe(portal('/sign-in?sso=invalid_response'));
  });

  it('refuses an answer whose state is not the one this browser started with, or that no start in it led to', async () => {
    const before = await sessionsOf(alice);
    const browser = new CookieBrowser();
    const callbackUrl = new URL(
      await signInAtProvider(browser, bench.idp, await ssoStartUrl(bench.t, alice.email), 'alice'),
    );
    const forged = new URL(callbackUrl);
    forged.searchParams.set('state', 'x'.repeat(43));
    expect((await new CookieBrowser().get(callbackUrl.toString())).location).toBe(portal('/sign-in?sso=expired'));
    expect((await browser.get(forged.toString())).location).toBe(portal('/sign-in?sso=state_mismatch'));
    // The flow ends with its first answer, right or wrong.
    expect((await browser.get(callbackUrl.toString())).location).toBe(portal('/sign-in?sso=expired'));
    expect(await sessionsOf(alice)).toBe(before);
    expect(await failures('SSO_STATE_MISMATCH')).toBeGreaterThanOrEqual(1);
  });

  it('refuses an unverified email and a deactivated member', async () => {
    const start = await ssoStartUrl(bench.t, alice.email);
    const unverified = await ssoSignIn(bench, new CookieBrowser(), start, 'alice-unverified');
    expect(unverified.location).toBe(portal('/sign-in?sso=email_not_verified'));

    await bench.t.gql.data(
      'mutation D($id: ID!) { deactivateUser(input: { id: $id }) { id } }',
      { id: dora.id },
      {
        token: platformToken,
      },
    );
    const deactivated = await ssoSignIn(bench, new CookieBrowser(), start, 'dora');
    expect(deactivated.location).toBe(portal('/sign-in?sso=not_allowed'));
    expect(await sessionsOf(dora)).toBe(0);
  });

  describe('when a second factor is due', () => {
    beforeAll(async () => {
      await bench.t.dataSource.query('UPDATE organizations SET require_second_factor = true WHERE id = $1', [officeId]);
    });

    afterAll(async () => {
      await bench.t.dataSource.query('UPDATE organizations SET require_second_factor = false WHERE id = $1', [
        officeId,
      ]);
    });

    it("lets the provider's multi-factor sign-in (amr) stand for it, as the organization's binding says", async () => {
      const browser = new CookieBrowser();
      const landed = await ssoSignIn(bench, browser, await ssoStartUrl(bench.t, pat.email), 'pat-mfa');
      expect(landed.location).toBe(portal('/'));
      const accessToken = await refreshInBrowser(bench.t, browser);
      const { viewer } = await bench.t.gql.data<ViewerAnswer>(VIEWER, {}, { token: accessToken });
      expect(viewer.user.id).toBe(pat.id);
      const [session] = await bench.t.dataSource.query(
        'SELECT sign_in_method, second_factor FROM sessions WHERE user_id = $1',
        [pat.id],
      );
      expect(session).toEqual({ sign_in_method: 'SSO', second_factor: 'IDENTITY_PROVIDER' });
    });

    it('hands over to the second step when the provider reports one factor only; the portal completes it', async () => {
      const { t } = bench;
      const before = await sessionsOf(pat);
      const browser = new CookieBrowser();
      const landed = await ssoSignIn(bench, browser, await ssoStartUrl(t, pat.email), 'pat-password');
      expect(landed.location?.startsWith(portal('/sign-in#'))).toBe(true);
      const step = new URLSearchParams(new URL(landed.location ?? '').hash.slice(1));
      const challengeToken = step.get('challenge') ?? '';
      expect(challengeToken.length).toBeGreaterThanOrEqual(43);
      // pat has no factor yet: the step is enrolment.
      expect(step.get('enrolmentRequired')).toBe('true');
      expect(browser.cookie('bulwark_refresh', portal('/auth/session/refresh'))).toBeUndefined();
      expect(await sessionsOf(pat)).toBe(before);

      // The portal enrols an authenticator app under the challenge (H1's routes), and is signed in.
      const { secret } = await beginTotpEnrolment(t, { challengeToken });
      const enrolled = await postJson(browser, '/auth/session/enrolment/totp', {
        challengeToken,
        code: totpCode(secret),
      });
      expect(enrolled.status).toBe(200);
      const [session] = await t.dataSource.query(
        'SELECT sign_in_method, second_factor FROM sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1',
        [pat.id],
      );
      expect(session).toEqual({ sign_in_method: 'SSO', second_factor: 'TOTP' });

      // Next time, the provider's one factor is followed by the authenticator app's code.
      const again = new CookieBrowser();
      const next = await ssoSignIn(bench, again, await ssoStartUrl(t, pat.email), 'pat-password');
      const nextStep = new URLSearchParams(new URL(next.location ?? '').hash.slice(1));
      expect(nextStep.get('enrolmentRequired')).toBe('false');
      expect(nextStep.get('methods')?.split(',')).toContain('TOTP');
      const completed = await postJson(again, '/auth/session/second-factor', {
        challengeToken: nextStep.get('challenge'),
        totpCode: totpCode(secret, 1),
      });
      expect(completed.status).toBe(200);
      const accessToken = await refreshInBrowser(t, again);
      const { viewer } = await t.gql.data<ViewerAnswer>(VIEWER, {}, { token: accessToken });
      expect(viewer.user.id).toBe(pat.id);
    });

    it("does not take the provider's amr for a second factor when the binding does not say so", async () => {
      await bindIdentityProvider(bench, platformToken, officeId, { amrSatisfiesSecondFactor: false });
      try {
        const before = await sessionsOf(pat);
        const landed = await ssoSignIn(bench, new CookieBrowser(), await ssoStartUrl(bench.t, pat.email), 'pat-mfa');
        expect(landed.location?.startsWith(portal('/sign-in#challenge='))).toBe(true);
        expect(await sessionsOf(pat)).toBe(before);
      } finally {
        await bindIdentityProvider(bench, platformToken, officeId, { amrSatisfiesSecondFactor: true });
      }
    });
  });
});
