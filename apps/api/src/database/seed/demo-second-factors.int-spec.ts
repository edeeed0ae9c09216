import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptCompleteSignIn,
  createSignedInUser,
  enrolTotp,
  loginChallenge,
  signIn,
  startTestApp,
  type TestApp,
  totpCode,
} from '@bulwark/testing';
import { DEMO_TOTP_SECRET, seedDemoSecondFactors } from './seed-demo-second-factors';

const DEMO_CODE = 'query ($challengeToken: String!) { demoSignInCode(challengeToken: $challengeToken) }';
const PUBLISHER = 'publisher@cisa.demo';

describe('the demo second factors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    expect(await seedDemoSecondFactors(t.app)).toBeGreaterThan(0);
  });
  afterAll(() => t.close());

  const demoCode = async (challengeToken: string, app = t) =>
    (await app.gql.data<{ demoSignInCode: string | null }>(DEMO_CODE, { challengeToken })).demoSignInCode;
  /** Which 30-second step, counted from the current one, a code belongs to (a test may cross a step's end). */
  const stepOf = (code: string | null) => [-2, -1, 0, 1, 2].find((k) => totpCode(DEMO_TOTP_SECRET, k) === code);

  it('gives the demo publishers and administrators the published authenticator app, once', async () => {
    expect(await seedDemoSecondFactors(t.app)).toBe(0);
    const challenge = await loginChallenge(t, PUBLISHER, t.demoPassword);
    expect(challenge).toMatchObject({ enrolmentRequired: false, methods: ['TOTP'] });
    const { demoSignInCode } = await t.gql.data<{ demoSignInCode: string }>(DEMO_CODE, {
      challengeToken: challenge.challengeToken,
    });
    expect([-1, 0]).toContain(stepOf(demoSignInCode));
  });

  it("shows the next step's code once the current one is used, and that code signs in", async () => {
    const first = await loginChallenge(t, 'publisher@fbi.demo', t.demoPassword);
    const used = await demoCode(first.challengeToken);
    expect(
      (await attemptCompleteSignIn(t, { challengeToken: first.challengeToken, totpCode: used ?? '' })).errors,
    ).toBeUndefined();
    const second = await loginChallenge(t, 'publisher@fbi.demo', t.demoPassword);
    const next = await demoCode(second.challengeToken);
    const [usedStep, nextStep] = [stepOf(used), stepOf(next)]; // counted at one instant
    expect(usedStep).toBeDefined();
    expect(nextStep).toBe((usedStep as number) + 1);
    const done = await attemptCompleteSignIn(t, { challengeToken: second.challengeToken, totpCode: next ?? '' });
    expect(done.data?.completeSignIn.accessToken).toEqual(expect.any(String));
  });

  it("is null for an account with its own authenticator app, and refuses a token that is no sign-in's", async () => {
    const admin = await signIn(t, 'admin@ga.demo');
    const user = await createSignedInUser(t, admin.accessToken);
    await enrolTotp(t, user.accessToken);
    const challenge = await loginChallenge(t, user.email, user.password);
    expect(await demoCode(challenge.challengeToken)).toBeNull();
    const forged = await t.gql.request(DEMO_CODE, { challengeToken: 'x'.repeat(43) });
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is null on a server without demo data', async () => {
    const bare = await startTestApp({ DEMO_DATA: 'false' });
    try {
      await seedDemoSecondFactors(bare.app);
      const challenge = await loginChallenge(bare, 'publisher@eac.demo', bare.demoPassword);
      expect(await demoCode(challenge.challengeToken, bare)).toBeNull();
    } finally {
      await bare.close();
    }
  });
});
