import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptCompleteSignIn,
  countRows,
  createApiKey,
  createOrganization,
  createUser,
  DEMO,
  enrolTotp,
  errorOf,
  loginChallenge,
  loginStep,
  signInEnrolling,
  startTestApp,
  type TestApp,
  totpCode,
  userIdOf,
  whoAmI,
} from '@bulwark/testing';

const RESET = `mutation($input: ResetSecondFactorsInput!) { resetSecondFactors(input: $input) { id email } }`;
const MY_FACTORS = '{ mySecondFactors { required totp recoveryCodesLeft } }';

describe('second factors managed by their owner and by administrators', () => {
  let t: TestApp;
  let platform: string;
  let gaAdmin: string;
  beforeAll(async () => {
    t = await startTestApp({
      SECOND_FACTOR_REQUIRED: 'true',
      SIGN_IN_LIMIT_PER_ADDRESS: '0',
      SIGN_IN_LIMIT_PER_EMAIL: '0',
    });
    platform = (await signInEnrolling(t, DEMO.platformAdmin)).accessToken;
    gaAdmin = (await signInEnrolling(t, DEMO.gaAdmin)).accessToken;
  });
  afterAll(() => t.close());

  it("resets a member's factors without showing them, ends their sessions, and audits it", async () => {
    const member = await createUser(t, gaAdmin);
    const first = (await loginStep(t, member.email, member.password)).accessToken!;
    const { secret, recoveryCodes } = await enrolTotp(t, first);
    const challenge = await loginChallenge(t, member.email, member.password);
    const second = (
      await attemptCompleteSignIn(t, { challengeToken: challenge.challengeToken, totpCode: totpCode(secret, 1) })
    ).data!.completeSignIn.accessToken!;

    // Not the member, not another organization's administrator, not oneself.
    expect(errorOf(await t.gql.request(RESET, { input: { userId: member.id } }, { token: first })).code).toBe(
      'FORBIDDEN',
    );
    const office = await createOrganization(t, platform);
    const otherAdmin = await createUser(t, platform, { organizationId: office.id, roles: ['ORG_ADMIN', 'VIEWER'] });
    const otherToken = (await signInEnrolling(t, otherAdmin.email, otherAdmin.password)).accessToken;
    expect(errorOf(await t.gql.request(RESET, { input: { userId: member.id } }, { token: otherToken })).code).toBe(
      'NOT_FOUND',
    );
    const gaAdminId = await userIdOf(t, DEMO.gaAdmin);
    expect(errorOf(await t.gql.request(RESET, { input: { userId: gaAdminId } }, { token: gaAdmin })).code).toBe(
      'FORBIDDEN',
    );
    expect(await countRows(t, 'SELECT count(*) FROM totp_factors WHERE user_id = $1', [member.id])).toBe(1);

    const response = await t.gql.request(RESET, { input: { userId: member.id } }, { token: gaAdmin });
    expect(response.data).toEqual({ resetSecondFactors: { id: member.id, email: member.email } });
    const shown = JSON.stringify(response);
    expect(shown).not.toContain(secret);
    for (const code of recoveryCodes) expect(shown).not.toContain(code);

    expect(await countRows(t, 'SELECT count(*) FROM totp_factors WHERE user_id = $1', [member.id])).toBe(0);
    expect(await countRows(t, 'SELECT count(*) FROM recovery_codes WHERE user_id = $1', [member.id])).toBe(0);
    expect(
      await countRows(
        t,
        `SELECT count(*) FROM sessions WHERE user_id = $1 AND (revoked_at IS NULL OR revoked_reason <> 'SECOND_FACTORS_RESET')`,
        [member.id],
      ),
    ).toBe(0);
    for (const token of [first, second]) expect(errorOf(await whoAmI(t, { token })).code).toBe('UNAUTHENTICATED');

    const [record] = await t.dataSource.query(
      `SELECT actor_user_id, actor_organization_id, details FROM audit_events
        WHERE action = 'SECOND_FACTORS_RESET' AND target_id = $1`,
      [member.id],
    );
    expect(record.actor_user_id).toBe(gaAdminId);
    expect(record.details).toEqual({ totp: true, passkeys: 0, recoveryCodes: 10, sessionsEnded: 2 });

    // They need no factor: the password alone signs in again.
    expect((await loginStep(t, member.email, member.password)).accessToken).toBeTruthy();
  });

  it('sends a reset publisher back to enrolment', async () => {
    const publisher = await createUser(t, gaAdmin, { roles: ['PUBLISHER'] });
    await signInEnrolling(t, publisher.email, publisher.password);
    await t.gql.data(RESET, { input: { userId: publisher.id } }, { token: platform });
    expect((await loginStep(t, publisher.email, publisher.password)).secondFactor).toMatchObject({
      methods: [],
      enrolmentRequired: true,
    });
  });

  it('keeps the last factor of an account that needs one, and lets others remove theirs with its codes', async () => {
    const publisher = await createUser(t, gaAdmin, { roles: ['PUBLISHER'] });
    const { accessToken } = await signInEnrolling(t, publisher.email, publisher.password);
    const refused = await t.gql.request('mutation { removeTotp { totp } }', {}, { token: accessToken });
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    expect(await countRows(t, 'SELECT count(*) FROM totp_factors WHERE user_id = $1', [publisher.id])).toBe(1);

    const member = await createUser(t, gaAdmin);
    const token = (await loginStep(t, member.email, member.password)).accessToken!;
    await enrolTotp(t, token);
    const removed = await t.gql.data<any>('mutation { removeTotp { required totp recoveryCodesLeft } }', {}, { token });
    expect(removed.removeTotp).toEqual({ required: false, totp: false, recoveryCodesLeft: 0 });
    expect(
      await countRows(
        t,
        `SELECT count(*) FROM audit_events WHERE action = 'SECOND_FACTOR_REMOVED' AND target_id = $1`,
        [member.id],
      ),
    ).toBe(1);
    expect((await loginStep(t, member.email, member.password)).accessToken).toBeTruthy();
  });

  it('replaces every recovery code on request; the old ones stop working', async () => {
    const member = await createUser(t, gaAdmin);
    const token = (await loginStep(t, member.email, member.password)).accessToken!;
    const { recoveryCodes: old } = await enrolTotp(t, token);
    const { regenerateRecoveryCodes: fresh } = await t.gql.data<{ regenerateRecoveryCodes: string[] }>(
      'mutation { regenerateRecoveryCodes }',
      {},
      { token },
    );
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((code) => old.includes(code))).toEqual([]);
    expect((await t.gql.data<any>(MY_FACTORS, {}, { token })).mySecondFactors.recoveryCodesLeft).toBe(10);

    const challenge = await loginChallenge(t, member.email, member.password);
    expect(
      errorOf(await attemptCompleteSignIn(t, { challengeToken: challenge.challengeToken, recoveryCode: old[0] })).code,
    ).toBe('UNAUTHENTICATED');
    const done = await attemptCompleteSignIn(t, { challengeToken: challenge.challengeToken, recoveryCode: fresh[0] });
    expect(done.data?.completeSignIn.accessToken).toBeTruthy();
  });

  it('has no second factors for API keys, and no recovery codes without a factor', async () => {
    const member = await createUser(t, gaAdmin);
    const token = (await loginStep(t, member.email, member.password)).accessToken!;
    expect(errorOf(await t.gql.request('mutation { regenerateRecoveryCodes }', {}, { token })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await t.gql.data<any>(MY_FACTORS, {}, { token })).mySecondFactors).toEqual({
      required: false,
      totp: false,
      recoveryCodesLeft: 0,
    });
    const key = await createApiKey(t, gaAdmin);
    expect(errorOf(await t.gql.request(MY_FACTORS, {}, { apiKey: key.secret })).code).toBe('FORBIDDEN');
  });
});
