import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptFinishPasskeySignIn,
  authenticatorFor,
  beginPasskeyRegistration,
  beginPasskeySignIn,
  createOrganization,
  createUser,
  DEMO,
  errorOf,
  loginStep,
  registerPasskey,
  signInWithPasskey,
  type SoftwareAuthenticator,
  startTestApp,
  type TestApp,
  WEBAUTHN_TEST_ENV,
  whoAmI,
} from '@bulwark/testing';

const NOT_ALLOWED = 'Your organization does not allow signing in with a passkey alone: sign in with your password.';
const FAILED = 'Sign-in with this passkey failed. Try again, or sign in with your password.';

const SET_POLICY = `mutation Policy($input: SetOrganizationSignInPolicyInput!) {
  setOrganizationSignInPolicy(input: $input) { id }
}`;
const DEACTIVATE = `mutation Deactivate($input: UserIdInput!) { deactivateUser(input: $input) { id } }`;

interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
  setCookies: string[];
}

describe('passwordless sign-in with a passkey', () => {
  let t: TestApp;
  let adminToken: string;
  let open: string;
  let closed: string;

  beforeAll(async () => {
    t = await startTestApp(WEBAUTHN_TEST_ENV);
    adminToken = (await signInWithPasskey(t, DEMO.platformAdmin, t.demoPassword, authenticatorFor(t))).accessToken;
    open = (await createOrganization(t, adminToken)).id;
    closed = (await createOrganization(t, adminToken)).id;
    await t.gql.data(SET_POLICY, { input: { organizationId: open, allowPasswordless: true } }, { token: adminToken });
  });
  afterAll(() => t?.close());

  /** A member of `organizationId` with a discoverable passkey on `authenticator`, registered through the API. */
  async function memberWith(organizationId: string, authenticator: SoftwareAuthenticator, roles = ['VIEWER']) {
    const user = await createUser(t, adminToken, { organizationId, roles, clearance: 'GREEN' });
    const first = await loginStep(t, user.email, user.password);
    // A viewer needs no factor and adds one signed in; a publisher must enrol one to sign in at all.
    if (first.accessToken) await registerPasskey(t, { token: first.accessToken }, authenticator, 'Laptop');
    else await signInWithPasskey(t, user.email, user.password, authenticator);
    return user;
  }

  async function passwordless(authenticator: SoftwareAuthenticator) {
    const { challengeToken, options } = await beginPasskeySignIn(t);
    return attemptFinishPasskeySignIn(t, challengeToken, authenticator.getAssertion(options));
  }

  const sessionsOf = (userId: string): Promise<{ sign_in_method: string; second_factor: string | null }[]> =>
    t.dataSource.query(
      'SELECT sign_in_method, second_factor FROM sessions WHERE user_id = $1 AND sign_in_method = $2',
      [userId, 'PASSKEY'],
    );

  it('signs a member in where the organization allows it: both factors, method PASSKEY', async () => {
    const authenticator = authenticatorFor(t, { syncs: true });
    const user = await memberWith(open, authenticator);
    const { challengeToken, options, expiresAt } = await beginPasskeySignIn(t);
    expect(options).toMatchObject({ rpId: 'bulwark.test', userVerification: 'required' });
    expect(options.allowCredentials ?? []).toEqual([]);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());

    const assertion = authenticator.getAssertion(options);
    const response = await attemptFinishPasskeySignIn(t, challengeToken, assertion);
    const session = response.data?.finishPasskeySignIn;
    expect(session?.accessToken).toBeTruthy();
    expect((await whoAmI(t, { token: session!.accessToken! })).data?.viewer.kind).toBe('USER');
    expect(await sessionsOf(user.id)).toEqual([{ sign_in_method: 'PASSKEY', second_factor: 'WEBAUTHN' }]);

    // One answer per challenge: the same response again is refused.
    const replay = await attemptFinishPasskeySignIn(t, challengeToken, assertion);
    expect(errorOf(replay).code).toBe('UNAUTHENTICATED');
  });

  it('serves a publisher too: a passkey that verified its user is their second factor', async () => {
    const authenticator = authenticatorFor(t);
    const publisher = await memberWith(open, authenticator, ['PUBLISHER']);
    const session = (await passwordless(authenticator)).data?.finishPasskeySignIn;
    expect(session?.viewer?.roles).toEqual(['PUBLISHER']);
    expect((await whoAmI(t, { token: session!.accessToken! })).data?.viewer.kind).toBe('USER');
    expect(await sessionsOf(publisher.id)).toHaveLength(1);
  });

  it('is refused where the organization does not allow it, and on the record', async () => {
    const authenticator = authenticatorFor(t);
    const user = await memberWith(closed, authenticator);
    expect(errorOf(await passwordless(authenticator))).toEqual({ code: 'UNAUTHENTICATED', message: NOT_ALLOWED });
    expect(await sessionsOf(user.id)).toEqual([]);
    const [record]: { details: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT details FROM audit_events WHERE action = 'SIGN_IN_FAILED' AND target_id = $1`,
      [user.id],
    );
    expect(record?.details).toMatchObject({ method: 'PASSKEY', reason: 'PASSWORDLESS_NOT_ALLOWED' });

    // Once the organization allows it, the same passkey signs in.
    await t.gql.data(SET_POLICY, { input: { organizationId: closed, allowPasswordless: true } }, { token: adminToken });
    expect((await passwordless(authenticator)).data?.finishPasskeySignIn.accessToken).toBeTruthy();
    await t.gql.data(
      SET_POLICY,
      { input: { organizationId: closed, allowPasswordless: false } },
      { token: adminToken },
    );
    expect(errorOf(await passwordless(authenticator)).message).toBe(NOT_ALLOWED);
  });

  it('needs a passkey that verifies its user', async () => {
    const key = authenticatorFor(t, { verifiesUser: false });
    await memberWith(open, key);
    expect(errorOf(await passwordless(key))).toEqual({ code: 'UNAUTHENTICATED', message: FAILED });
  });

  it('refuses an answer for another challenge, from another origin, or for another relying party', async () => {
    const authenticator = authenticatorFor(t);
    await memberWith(open, authenticator);
    const first = await beginPasskeySignIn(t);
    const second = await beginPasskeySignIn(t);
    const crossed = await attemptFinishPasskeySignIn(
      t,
      second.challengeToken,
      authenticator.getAssertion(first.options),
    );
    expect(errorOf(crossed)).toEqual({ code: 'UNAUTHENTICATED', message: FAILED });

    const phishing = await beginPasskeySignIn(t);
    const fromPhishingPage = authenticator.getAssertion(phishing.options, { origin: 'https://bulwark-test.example' });
    expect(errorOf(await attemptFinishPasskeySignIn(t, phishing.challengeToken, fromPhishingPage)).code).toBe(
      'UNAUTHENTICATED',
    );

    const elsewhere = await beginPasskeySignIn(t);
    const otherRp = authenticator.getAssertion(elsewhere.options, { rpId: 'example.com' });
    expect(errorOf(await attemptFinishPasskeySignIn(t, elsewhere.challengeToken, otherRp)).code).toBe(
      'UNAUTHENTICATED',
    );

    expect(errorOf(await attemptFinishPasskeySignIn(t, 'not-a-token', {})).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cloned passkey whose counter went back', async () => {
    const original = authenticatorFor(t);
    const user = await memberWith(open, original);
    const clone = original.clone();
    expect((await passwordless(original)).data?.finishPasskeySignIn.accessToken).toBeTruthy();
    expect(errorOf(await passwordless(clone)).code).toBe('UNAUTHENTICATED');
    const reasons: { reason: string }[] = await t.dataSource.query(
      `SELECT details->>'reason' AS reason FROM audit_events WHERE action = 'SIGN_IN_FAILED' AND target_id = $1
        ORDER BY position`,
      [user.id],
    );
    expect(reasons.map((row) => row.reason)).toEqual(['PASSKEY_COUNTER_REGRESSION', 'WRONG_PASSKEY']);
  });

  it('refuses a deactivated member', async () => {
    const authenticator = authenticatorFor(t);
    const user = await memberWith(open, authenticator);
    await t.gql.data(DEACTIVATE, { input: { id: user.id } }, { token: adminToken });
    expect(errorOf(await passwordless(authenticator))).toEqual({ code: 'UNAUTHENTICATED', message: FAILED });
  });

  describe('from the portal (cookie routes)', () => {
    async function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<JsonAnswer> {
      const response = await fetch(`${t.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        body: (await response.json()) as Record<string, unknown>,
        setCookies: response.headers.getSetCookie(),
      };
    }

    it('POST /auth/session/passkey signs in with the refresh token in its cookie', async () => {
      const authenticator = authenticatorFor(t);
      await memberWith(open, authenticator);
      const { challengeToken, options } = await beginPasskeySignIn(t);
      const response = JSON.stringify(authenticator.getAssertion(options));
      const answer = await postJson('/auth/session/passkey', { challengeToken, response });
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt']);
      expect(answer.setCookies.find((cookie) => cookie.startsWith('bulwark_refresh='))).toMatch(/HttpOnly/);
      expect((await whoAmI(t, { token: answer.body['accessToken'] as string })).data?.viewer.kind).toBe('USER');

      const again = await postJson('/auth/session/passkey', { challengeToken, response });
      expect(again.status).toBe(401);
      expect(again.setCookies).toEqual([]);
      const crossSite = await postJson(
        '/auth/session/passkey',
        { challengeToken, response },
        { origin: 'https://evil.example' },
      );
      expect(crossSite.status).toBe(403);
    });

    it('POST /auth/session/enrolment/passkey ends a forced enrolment signed in, with the recovery codes', async () => {
      const publisher = await createUser(t, adminToken, {
        organizationId: open,
        roles: ['PUBLISHER'],
        clearance: 'GREEN',
      });
      const challenge = (await loginStep(t, publisher.email, publisher.password)).secondFactor!;
      expect(challenge.enrolmentRequired).toBe(true);
      const options = await beginPasskeyRegistration(t, { challengeToken: challenge.challengeToken });
      const registration = JSON.stringify(authenticatorFor(t).createCredential(options));
      const answer = await postJson('/auth/session/enrolment/passkey', {
        challengeToken: challenge.challengeToken,
        response: registration,
        name: 'Office key',
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ passkey: { name: 'Office key' } });
      expect(answer.body['recoveryCodes']).toHaveLength(10);
      expect(answer.setCookies.find((cookie) => cookie.startsWith('bulwark_refresh='))).toMatch(/HttpOnly/);
      expect((await whoAmI(t, { token: answer.body['accessToken'] as string })).data?.viewer.kind).toBe('USER');
    });
  });
});
