import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptCompleteSignIn,
  attemptConfirmTotp,
  attemptLogin,
  beginTotpEnrolment,
  countRows,
  createUser,
  type CreatedUser,
  DEMO,
  enrolTotp,
  errorOf,
  jwtClaims,
  loginChallenge,
  loginStep,
  signInEnrolling,
  startTestApp,
  type TestApp,
  totpCode,
  whoAmI,
} from '@bulwark/testing';

const SIGN_IN_FAILED = 'Sign-in failed: check the email and password, or try again later.';
const MY_FACTORS = '{ mySecondFactors { required totp recoveryCodesLeft } }';

/** A six-digit code no step near now accepts. */
function wrongCode(secret: string): string {
  const valid = new Set([-2, -1, 0, 1, 2].map((offset) => totpCode(secret, offset)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
}

async function sessionRow(t: TestApp, accessToken: string): Promise<{ second_factor: string; sign_in_method: string }> {
  const rows: { second_factor: string; sign_in_method: string }[] = await t.dataSource.query(
    'SELECT second_factor, sign_in_method FROM sessions WHERE id = $1',
    [jwtClaims(accessToken)['sid']],
  );
  return rows[0];
}

describe('TOTP second factor', () => {
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

  /** A member who needs no factor, with an authenticator app enrolled through the API. */
  async function userWithTotp(): Promise<CreatedUser & { secret: string; recoveryCodes: string[] }> {
    const user = await createUser(t, gaAdmin);
    const { accessToken } = await loginStep(t, user.email, user.password);
    return { ...user, ...(await enrolTotp(t, accessToken!)) };
  }

  it('enrols an authenticator app (QR code and text secret), then signs in with a code computed here', async () => {
    const user = await createUser(t, gaAdmin);
    const first = await loginStep(t, user.email, user.password);
    expect(first.secondFactor).toBeNull();
    const token = first.accessToken!;

    const enrolment = await beginTotpEnrolment(t, { token });
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(enrolment.otpauthUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(uri.searchParams.get('secret')).toBe(enrolment.secret);
    expect(uri.searchParams.get('issuer')).toBe('Bulwark');
    expect(decodeURIComponent(uri.pathname)).toContain(user.email);
    expect(enrolment.qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const [stored] = await t.dataSource.query(
      'SELECT secret_ciphertext, confirmed_at FROM totp_factors WHERE user_id = $1',
      [user.id],
    );
    expect(stored.secret_ciphertext).not.toContain(enrolment.secret);
    expect(stored.confirmed_at).toBeNull();
    // Unconfirmed, it is no factor yet: the password alone still signs in.
    expect((await loginStep(t, user.email, user.password)).accessToken).not.toBeNull();

    expect(errorOf(await attemptConfirmTotp(t, { code: wrongCode(enrolment.secret) }, token)).code).toBe(
      'BAD_USER_INPUT',
    );
    const confirmed = await attemptConfirmTotp(t, { code: totpCode(enrolment.secret) }, token);
    const { recoveryCodes, session } = confirmed.data!.confirmTotpEnrolment;
    expect(session).toBeNull();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const hashes: { code_hash: string }[] = await t.dataSource.query(
      'SELECT code_hash FROM recovery_codes WHERE user_id = $1',
      [user.id],
    );
    expect(hashes).toHaveLength(10);
    for (const { code_hash } of hashes) expect(recoveryCodes).not.toContain(code_hash);
    expect((await t.gql.data(MY_FACTORS, {}, { token })).mySecondFactors).toEqual({
      required: false,
      totp: true,
      recoveryCodesLeft: 10,
    });

    const challenge = await loginChallenge(t, user.email, user.password);
    expect(challenge).toMatchObject({ methods: ['TOTP', 'RECOVERY_CODE'], enrolmentRequired: false });
    expect(new Date(challenge.expiresAt).getTime()).toBeGreaterThan(Date.now());
    // The code of the next step: the current one was spent on the confirmation.
    const done = await attemptCompleteSignIn(t, {
      challengeToken: challenge.challengeToken,
      totpCode: totpCode(enrolment.secret, 1),
    });
    const signedIn = done.data!.completeSignIn;
    expect(signedIn.secondFactor).toBeNull();
    expect(signedIn.viewer?.kind).toBe('USER');
    expect((await whoAmI(t, { token: signedIn.accessToken! })).data?.viewer.kind).toBe('USER');
    expect(await sessionRow(t, signedIn.accessToken!)).toEqual({ second_factor: 'TOTP', sign_in_method: 'PASSWORD' });
    // The challenge is spent.
    const again = await attemptCompleteSignIn(t, {
      challengeToken: challenge.challengeToken,
      totpCode: totpCode(enrolment.secret, 1),
    });
    expect(errorOf(again).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a code used before, or an older one, within its window', async () => {
    const user = await userWithTotp();
    const code = totpCode(user.secret, 1);
    const first = await loginChallenge(t, user.email, user.password);
    expect(
      (await attemptCompleteSignIn(t, { challengeToken: first.challengeToken, totpCode: code })).errors,
    ).toBeUndefined();

    const second = await loginChallenge(t, user.email, user.password);
    const replayed = await attemptCompleteSignIn(t, { challengeToken: second.challengeToken, totpCode: code });
    expect(errorOf(replayed).code).toBe('UNAUTHENTICATED');
    expect(replayed.data?.completeSignIn ?? null).toBeNull();
    const older = await attemptCompleteSignIn(t, {
      challengeToken: second.challengeToken,
      totpCode: totpCode(user.secret),
    });
    expect(errorOf(older).code).toBe('UNAUTHENTICATED');
  });

  it('lets one of two simultaneous sign-ins with the same code through, never both', async () => {
    const user = await userWithTotp();
    const code = totpCode(user.secret, 1);
    const challenges = [
      await loginChallenge(t, user.email, user.password),
      await loginChallenge(t, user.email, user.password),
    ];
    const answers = await Promise.all(
      challenges.map(({ challengeToken }) => attemptCompleteSignIn(t, { challengeToken, totpCode: code })),
    );
    expect(answers.filter((answer) => answer.data?.completeSignIn?.accessToken)).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED')).toHaveLength(1);
  });

  it('takes a recovery code once, however it is typed', async () => {
    const user = await userWithTotp();
    const [firstCode, secondCode] = user.recoveryCodes;
    const first = await loginChallenge(t, user.email, user.password);
    const signedIn = await attemptCompleteSignIn(t, { challengeToken: first.challengeToken, recoveryCode: firstCode });
    const token = signedIn.data!.completeSignIn.accessToken!;
    expect((await sessionRow(t, token)).second_factor).toBe('RECOVERY_CODE');
    expect((await t.gql.data<any>(MY_FACTORS, {}, { token })).mySecondFactors.recoveryCodesLeft).toBe(9);

    const second = await loginChallenge(t, user.email, user.password);
    const reused = await attemptCompleteSignIn(t, { challengeToken: second.challengeToken, recoveryCode: firstCode });
    expect(errorOf(reused).code).toBe('UNAUTHENTICATED');
    const typed = secondCode.replace(/-/g, ' ').toUpperCase();
    const another = await attemptCompleteSignIn(t, { challengeToken: second.challengeToken, recoveryCode: typed });
    expect(another.data?.completeSignIn.accessToken).toBeTruthy();
  });

  it('locks the account after five wrong codes, as after five wrong passwords, and audits each', async () => {
    const user = await userWithTotp();
    const challenge = await loginChallenge(t, user.email, user.password);
    for (let i = 0; i < 5; i++) {
      const wrong = await attemptCompleteSignIn(t, {
        challengeToken: challenge.challengeToken,
        totpCode: wrongCode(user.secret),
      });
      expect(errorOf(wrong).code).toBe('UNAUTHENTICATED');
    }
    const [row] = await t.dataSource.query('SELECT failed_sign_ins, locked_until FROM users WHERE id = $1', [user.id]);
    expect(row.failed_sign_ins).toBe(5);
    expect(new Date(row.locked_until).getTime()).toBeGreaterThan(Date.now());

    // The challenge is used up, and the right password no longer opens anything.
    const right = await attemptCompleteSignIn(t, {
      challengeToken: challenge.challengeToken,
      totpCode: totpCode(user.secret, 1),
    });
    expect(errorOf(right).code).toBe('UNAUTHENTICATED');
    const login = await attemptLogin(t, user.email, user.password);
    expect(errorOf(login)).toEqual({ code: 'UNAUTHENTICATED', message: SIGN_IN_FAILED });

    const failures = await countRows(
      t,
      `SELECT count(*) FROM audit_events WHERE action = 'SIGN_IN_FAILED' AND target_id = $1
         AND details->>'reason' = 'WRONG_SECOND_FACTOR' AND details->>'method' = 'TOTP'`,
      [user.id],
    );
    expect(failures).toBe(5);
    expect(
      await countRows(t, `SELECT count(*) FROM audit_events WHERE action = 'ACCOUNT_LOCKED' AND target_id = $1`, [
        user.id,
      ]),
    ).toBe(1);
  });

  it('counts wrong codes and wrong passwords together toward the lock', async () => {
    const user = await userWithTotp();
    for (let i = 0; i < 3; i++) await attemptLogin(t, user.email, `wrong-${i}`);
    const challenge = await loginChallenge(t, user.email, user.password);
    for (let i = 0; i < 2; i++)
      await attemptCompleteSignIn(t, { challengeToken: challenge.challengeToken, recoveryCode: 'aaaa-bbbb-cccc' });
    expect(errorOf(await attemptLogin(t, user.email, user.password)).message).toBe(SIGN_IN_FAILED);
  });

  it('refuses a challenge without exactly one proof, an unknown one, and a challenge token used as a bearer', async () => {
    const user = await userWithTotp();
    const challenge = await loginChallenge(t, user.email, user.password);
    const both = await attemptCompleteSignIn(t, {
      challengeToken: challenge.challengeToken,
      totpCode: totpCode(user.secret, 1),
      recoveryCode: user.recoveryCodes[0],
    });
    expect(errorOf(both).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await attemptCompleteSignIn(t, { challengeToken: challenge.challengeToken })).code).toBe(
      'BAD_USER_INPUT',
    );
    const unknown = await attemptCompleteSignIn(t, {
      challengeToken: 'x'.repeat(43),
      totpCode: totpCode(user.secret, 1),
    });
    expect(errorOf(unknown).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await whoAmI(t, { token: challenge.challengeToken })).code).toBe('UNAUTHENTICATED');
    // None of those spent the challenge's last chance: the right code still completes it.
    const done = await attemptCompleteSignIn(t, {
      challengeToken: challenge.challengeToken,
      totpCode: totpCode(user.secret, 1),
    });
    expect(done.data?.completeSignIn.accessToken).toBeTruthy();
  });
});

describe('second steps and the sign-in budget', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SECOND_FACTOR_REQUIRED: 'true', TRUST_PROXY: 'true', SIGN_IN_LIMIT_PER_ADDRESS: '4' });
  });
  afterAll(() => t.close());

  it('counts completeSignIn against the per-address sign-in budget, as login', async () => {
    const from = { headers: { 'x-forwarded-for': '198.51.100.7' } };
    const attempt = () =>
      t.gql.request(
        'mutation($input: CompleteSignInInput!) { completeSignIn(input: $input) { accessToken } }',
        { input: { challengeToken: 'x'.repeat(43), totpCode: '123456' } },
        from,
      );
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) codes.push(errorOf(await attempt()).code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });
});
