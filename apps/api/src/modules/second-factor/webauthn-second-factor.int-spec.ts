import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptCompleteSignIn,
  attemptPasskeySecondFactor,
  authenticatorFor,
  beginSecondFactorWebauthn,
  createOrganization,
  createUser,
  DEMO,
  errorOf,
  loginChallenge,
  registerPasskey,
  signInWithPasskey,
  type SoftwareAuthenticator,
  startTestApp,
  type TestApp,
  WEBAUTHN_TEST_ENV,
  whoAmI,
} from '@bulwark/testing';

const WRONG = 'That code is not valid. Try again, or use another method.';

describe('a passkey as the second factor', () => {
  let t: TestApp;
  let adminToken: string;
  let organizationId: string;

  beforeAll(async () => {
    t = await startTestApp(WEBAUTHN_TEST_ENV);
    adminToken = (await signInWithPasskey(t, DEMO.platformAdmin, t.demoPassword, authenticatorFor(t))).accessToken;
    organizationId = (await createOrganization(t, adminToken)).id;
  });
  afterAll(() => t?.close());

  /** A publisher (who must have a factor) with `authenticator`'s passkey enrolled through the API. */
  async function publisherWith(authenticator: SoftwareAuthenticator) {
    const user = await createUser(t, adminToken, { organizationId, roles: ['PUBLISHER'], clearance: 'GREEN' });
    await signInWithPasskey(t, user.email, user.password, authenticator);
    return user;
  }

  const failures = async (userId: string, reason: string) =>
    (
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'SIGN_IN_FAILED' AND target_id = $1 AND details->>'reason' = $2`,
        [userId, reason],
      )
    )[0].n as number;

  it('signs in with the password and the passkey, and the session records it', async () => {
    const key = authenticatorFor(t);
    const user = await publisherWith(key);
    const challenge = await loginChallenge(t, user.email, user.password);
    expect(challenge.methods).toEqual(['WEBAUTHN', 'RECOVERY_CODE']);

    const options = await beginSecondFactorWebauthn(t, challenge.challengeToken);
    expect(options.rpId).toBe('bulwark.test');
    expect(options.allowCredentials?.map((descriptor) => descriptor.id)).toEqual(key.credentialIds);
    expect(options.userVerification).toBe('discouraged');
    const assertion = key.getAssertion(options);
    const response = await attemptCompleteSignIn(t, {
      challengeToken: challenge.challengeToken,
      webauthnResponse: JSON.stringify(assertion),
    });
    const session = response.data?.completeSignIn;
    expect(session?.accessToken).toBeTruthy();
    expect((await whoAmI(t, { token: session!.accessToken! })).data?.viewer.kind).toBe('USER');

    const rows: { second_factor: string; sign_in_method: string }[] = await t.dataSource.query(
      'SELECT second_factor, sign_in_method FROM sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1',
      [user.id],
    );
    expect(rows[0]).toEqual({ second_factor: 'WEBAUTHN', sign_in_method: 'PASSWORD' });
    const [credential]: { sign_count: string; last_used_at: Date | null }[] = await t.dataSource.query(
      'SELECT sign_count, last_used_at FROM webauthn_credentials WHERE user_id = $1',
      [user.id],
    );
    expect(credential.sign_count).toBe('1');
    expect(credential.last_used_at).not.toBeNull();

    // The same assertion again: its challenge is spent, and the challenge token with it.
    const replay = await attemptCompleteSignIn(t, {
      challengeToken: challenge.challengeToken,
      webauthnResponse: JSON.stringify(assertion),
    });
    expect(errorOf(replay).code).toBe('UNAUTHENTICATED');
  });

  it('refuses an assertion made for another challenge', async () => {
    const key = authenticatorFor(t);
    const user = await publisherWith(key);
    const first = await loginChallenge(t, user.email, user.password);
    const second = await loginChallenge(t, user.email, user.password);
    const optionsOfFirst = await beginSecondFactorWebauthn(t, first.challengeToken);
    await beginSecondFactorWebauthn(t, second.challengeToken);
    // Signed over the first sign-in's challenge, sent with the second's token.
    const crossed = await attemptCompleteSignIn(t, {
      challengeToken: second.challengeToken,
      webauthnResponse: JSON.stringify(key.getAssertion(optionsOfFirst)),
    });
    expect(errorOf(crossed)).toEqual({ code: 'UNAUTHENTICATED', message: WRONG });
    // An earlier challenge of the same sign-in is replaced by the next options.
    const stale = await beginSecondFactorWebauthn(t, second.challengeToken);
    await beginSecondFactorWebauthn(t, second.challengeToken);
    const staleAnswer = await attemptCompleteSignIn(t, {
      challengeToken: second.challengeToken,
      webauthnResponse: JSON.stringify(key.getAssertion(stale)),
    });
    expect(errorOf(staleAnswer).code).toBe('UNAUTHENTICATED');
    expect(await failures(user.id, 'WRONG_SECOND_FACTOR')).toBe(2);
  });

  it('refuses an assertion from another origin (a phishing page) or for another relying party', async () => {
    const key = authenticatorFor(t);
    const user = await publisherWith(key);
    const phished = await loginChallenge(t, user.email, user.password);
    const fromPhishingPage = await attemptPasskeySecondFactor(t, phished.challengeToken, key, {
      origin: 'https://bulwark-test.example',
    });
    expect(errorOf(fromPhishingPage)).toEqual({ code: 'UNAUTHENTICATED', message: WRONG });

    const otherRp = await loginChallenge(t, user.email, user.password);
    const scopedElsewhere = await attemptPasskeySecondFactor(t, otherRp.challengeToken, key, { rpId: 'example.com' });
    expect(errorOf(scopedElsewhere).code).toBe('UNAUTHENTICATED');

    // The real page, the real RP: the same key works (its counter never moved on the refusals).
    const genuine = await loginChallenge(t, user.email, user.password);
    expect(
      (await attemptPasskeySecondFactor(t, genuine.challengeToken, key)).data?.completeSignIn.accessToken,
    ).toBeTruthy();
  });

  it("refuses another user's passkey", async () => {
    const mine = authenticatorFor(t);
    const theirs = authenticatorFor(t);
    const user = await publisherWith(mine);
    await publisherWith(theirs);
    const challenge = await loginChallenge(t, user.email, user.password);
    const options = await beginSecondFactorWebauthn(t, challenge.challengeToken);
    // The other user's authenticator answers (as a browser would with any of its credentials for this RP).
    const foreign = theirs.getAssertion({ ...options, allowCredentials: [] });
    const response = await attemptCompleteSignIn(t, {
      challengeToken: challenge.challengeToken,
      webauthnResponse: JSON.stringify(foreign),
    });
    expect(errorOf(response).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cloned authenticator whose counter went back, and puts it on the record', async () => {
    const original = authenticatorFor(t);
    const user = await publisherWith(original);
    const clone = original.clone();

    const first = await loginChallenge(t, user.email, user.password);
    expect(
      (await attemptPasskeySecondFactor(t, first.challengeToken, original)).data?.completeSignIn.accessToken,
    ).toBeTruthy();
    const second = await loginChallenge(t, user.email, user.password);
    expect(
      (await attemptPasskeySecondFactor(t, second.challengeToken, original)).data?.completeSignIn.accessToken,
    ).toBeTruthy();

    // The clone was copied before those two sign-ins: its counter is behind the one stored.
    const cloned = await loginChallenge(t, user.email, user.password);
    const refused = await attemptPasskeySecondFactor(t, cloned.challengeToken, clone);
    expect(errorOf(refused)).toEqual({ code: 'UNAUTHENTICATED', message: WRONG });
    const [record]: { outcome: string; details: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT outcome, details FROM audit_events
        WHERE action = 'SIGN_IN_FAILED' AND target_id = $1 AND details->>'reason' = 'PASSKEY_COUNTER_REGRESSION'`,
      [user.id],
    );
    expect(record).toMatchObject({ outcome: 'DENIED', details: { storedCounter: 2, reportedCounter: 1 } });
    const [credential]: { sign_count: string }[] = await t.dataSource.query(
      'SELECT sign_count FROM webauthn_credentials WHERE user_id = $1',
      [user.id],
    );
    expect(credential.sign_count).toBe('2');
  });

  it('refuses a response that is not an assertion, and asks for options only where a passkey exists', async () => {
    const key = authenticatorFor(t);
    const user = await publisherWith(key);
    const challenge = await loginChallenge(t, user.email, user.password);
    await beginSecondFactorWebauthn(t, challenge.challengeToken);
    for (const junk of ['not json', '{}', JSON.stringify({ id: 'x', response: {} })]) {
      const response = await attemptCompleteSignIn(t, {
        challengeToken: challenge.challengeToken,
        webauthnResponse: junk,
      });
      expect(errorOf(response).code).toBe('UNAUTHENTICATED');
    }
    const bogus = await t.gql.request(`mutation { beginSecondFactorWebauthn(input: { challengeToken: "nope" }) }`);
    expect(errorOf(bogus).code).toBe('UNAUTHENTICATED');

    // A user whose only factor is TOTP-less and passkey-less cannot ask for passkey options (enrolment challenge).
    const newcomer = await createUser(t, adminToken, { organizationId, roles: ['PUBLISHER'], clearance: 'GREEN' });
    const enrol = await loginChallenge(t, newcomer.email, newcomer.password);
    const refused = await t.gql.request(
      `mutation B($t: String!) { beginSecondFactorWebauthn(input: { challengeToken: $t }) }`,
      {
        t: enrol.challengeToken,
      },
    );
    expect(errorOf(refused).code).toBe('UNAUTHENTICATED');
  });

  it('counts wrong passkeys toward the lockout, like wrong passwords', async () => {
    const key = authenticatorFor(t);
    const user = await publisherWith(key);
    const stranger = authenticatorFor(t);
    await registerPasskey(t, { token: adminToken }, stranger, 'Admin spare');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const challenge = await loginChallenge(t, user.email, user.password);
      const options = await beginSecondFactorWebauthn(t, challenge.challengeToken);
      const response = await attemptCompleteSignIn(t, {
        challengeToken: challenge.challengeToken,
        webauthnResponse: JSON.stringify(stranger.getAssertion({ ...options, allowCredentials: [] })),
      });
      expect(errorOf(response).code).toBe('UNAUTHENTICATED');
    }
    // Locked: even the right password and passkey are refused now.
    const locked = await t.gql.request(
      `mutation L($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`,
      {
        e: user.email,
        p: user.password,
      },
    );
    expect(errorOf(locked).code).toBe('UNAUTHENTICATED');
  });
});
