import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptCompleteSignIn,
  attemptConfirmTotp,
  attemptRefresh,
  beginTotpEnrolment,
  countRows,
  createOrganization,
  createUser,
  DEMO,
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

/** What a signed-in user does day to day, and what a partner with a stolen challenge token would try. */
const OTHER_OPERATIONS = [
  '{ viewer { kind } }',
  '{ bulletins(first: 1) { totalCount } }',
  '{ mySecondFactors { totp } }',
  '{ organizations(first: 1) { totalCount } }',
  'mutation { logout }',
  'mutation { regenerateRecoveryCodes }',
  'mutation { removeTotp { totp } }',
  'mutation { publishBulletin(input: { id: "00000000-0000-4000-8000-000000000000" }) { id } }',
];

const POLICY = `mutation($input: SetOrganizationSignInPolicyInput!) {
  setOrganizationSignInPolicy(input: $input) { id requireSecondFactor allowPasswordless }
}`;
const ORGANIZATION_POLICY = 'query($id: ID!) { organization(id: $id) { requireSecondFactor allowPasswordless } }';

describe('a user who needs a second factor and has none', () => {
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

  it('lets a publisher without a factor only enrol one, then gives a normal session', async () => {
    const publisher = await createUser(t, gaAdmin, { roles: ['PUBLISHER'] });
    const answer = await loginStep(t, publisher.email, publisher.password);
    expect(answer).toMatchObject({ accessToken: null, refreshToken: null, viewer: null });
    expect(answer.secondFactor).toMatchObject({ methods: [], enrolmentRequired: true });
    const challengeToken = answer.secondFactor!.challengeToken;
    expect(await countRows(t, 'SELECT count(*) FROM sessions WHERE user_id = $1', [publisher.id])).toBe(0);

    for (const operation of OTHER_OPERATIONS) {
      const refused = await t.gql.request(operation, {}, { token: challengeToken });
      expect(errorOf(refused).code, operation).toBe('UNAUTHENTICATED');
      expect(refused.data ?? null, operation).toBeNull();
    }
    expect(errorOf(await attemptRefresh(t, challengeToken)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await attemptCompleteSignIn(t, { challengeToken, totpCode: '123456' })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorOf(await attemptCompleteSignIn(t, { challengeToken, recoveryCode: 'aaaa-bbbb-cccc' })).code).toBe(
      'UNAUTHENTICATED',
    );
    // Without the token (or a session) there is no enrolment either.
    expect(errorOf(await t.gql.request('mutation { beginTotpEnrolment { secret } }')).code).toBe('UNAUTHENTICATED');

    const { secret } = await beginTotpEnrolment(t, { challengeToken });
    expect(errorOf(await attemptConfirmTotp(t, { code: '000000', challengeToken })).code).toBe('BAD_USER_INPUT');
    const confirmed = await attemptConfirmTotp(t, { code: totpCode(secret), challengeToken });
    const { recoveryCodes, session } = confirmed.data!.confirmTotpEnrolment;
    expect(recoveryCodes).toHaveLength(10);
    expect(session?.viewer?.roles).toContain('PUBLISHER');
    const token = session!.accessToken!;
    expect((await whoAmI(t, { token })).data?.viewer.kind).toBe('USER');
    expect((await t.gql.data<any>('{ mySecondFactors { required totp } }', {}, { token })).mySecondFactors).toEqual({
      required: true,
      totp: true,
    });
    const [row] = await t.dataSource.query('SELECT second_factor FROM sessions WHERE id = $1', [
      jwtClaims(token)['sid'],
    ]);
    expect(row.second_factor).toBe('TOTP');

    // The enrolment token is spent; the next sign-in asks for the new factor.
    expect(errorOf(await attemptConfirmTotp(t, { code: totpCode(secret, 1), challengeToken })).code).toBe(
      'UNAUTHENTICATED',
    );
    const next = await loginChallenge(t, publisher.email, publisher.password);
    expect(next).toMatchObject({ methods: ['TOTP', 'RECOVERY_CODE'], enrolmentRequired: false });
    const done = await attemptCompleteSignIn(t, { challengeToken: next.challengeToken, totpCode: totpCode(secret, 1) });
    expect(done.data?.completeSignIn.accessToken).toBeTruthy();
  });

  it('ends the password-only sessions of a member promoted to publisher; they enrol at the next sign-in', async () => {
    const member = await createUser(t, gaAdmin);
    const before = await loginStep(t, member.email, member.password);
    expect((await whoAmI(t, { token: before.accessToken! })).data?.viewer.kind).toBe('USER');
    await t.gql.data(
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
      { input: { id: member.id, roles: ['PUBLISHER'] } },
      { token: gaAdmin },
    );
    expect(errorOf(await whoAmI(t, { token: before.accessToken! })).code).toBe('UNAUTHENTICATED');
    expect((await loginStep(t, member.email, member.password)).secondFactor?.enrolmentRequired).toBe(true);
  });

  it('refuses a made-up enrolment token', async () => {
    const unknown = await t.gql.request(
      'mutation($input: EnrolmentChallengeInput) { beginTotpEnrolment(input: $input) { secret } }',
      { input: { challengeToken: 'y'.repeat(43) } },
    );
    expect(errorOf(unknown).code).toBe('UNAUTHENTICATED');
  });
});

describe("an organization's sign-in policy", () => {
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

  it("requires a second factor of a VIEWER once their organization's administrator says so, audited", async () => {
    const office = await createOrganization(t, platform);
    const adminUser = await createUser(t, platform, { organizationId: office.id, roles: ['ORG_ADMIN', 'VIEWER'] });
    const admin = (await signInEnrolling(t, adminUser.email, adminUser.password)).accessToken;
    const member = await createUser(t, admin);
    const before = await loginStep(t, member.email, member.password);
    expect(before.secondFactor).toBeNull();
    const memberToken = before.accessToken!;

    expect(
      (await t.gql.data<any>(ORGANIZATION_POLICY, { id: office.id }, { token: memberToken })).organization,
    ).toEqual({
      requireSecondFactor: false,
      allowPasswordless: false,
    });
    // Another organization's member sees the office in the directory, not its policy.
    expect((await t.gql.data<any>(ORGANIZATION_POLICY, { id: office.id }, { token: gaAdmin })).organization).toEqual({
      requireSecondFactor: null,
      allowPasswordless: null,
    });

    const input = { organizationId: office.id, requireSecondFactor: true };
    expect(errorOf(await t.gql.request(POLICY, { input }, { token: memberToken })).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql.request(POLICY, { input }, { token: gaAdmin })).code).toBe('NOT_FOUND');
    const { setOrganizationSignInPolicy: policy } = await t.gql.data<any>(POLICY, { input }, { token: admin });
    expect(policy).toEqual({ id: office.id, requireSecondFactor: true, allowPasswordless: false });
    const [record] = await t.dataSource.query(
      `SELECT actor_user_id, details FROM audit_events WHERE action = 'SIGN_IN_POLICY_CHANGED' AND target_id = $1`,
      [office.id],
    );
    expect(record.actor_user_id).toBe(adminUser.id);
    expect(record.details).toEqual({
      before: { requireSecondFactor: false, allowPasswordless: false },
      after: { requireSecondFactor: true, allowPasswordless: false },
    });

    // The member's password-only session no longer stands, and signing in now means enrolling first.
    expect(errorOf(await whoAmI(t, { token: memberToken })).code).toBe('UNAUTHENTICATED');
    expect((await loginStep(t, member.email, member.password)).secondFactor?.enrolmentRequired).toBe(true);
    const enrolled = await signInEnrolling(t, member.email, member.password);
    expect(enrolled.secret).not.toBeNull();
    const status = await t.gql.data<any>('{ mySecondFactors { required totp } }', {}, { token: enrolled.accessToken });
    expect(status.mySecondFactors).toEqual({ required: true, totp: true });

    // A platform administrator sets any organization's.
    const passwordless = await t.gql.data<any>(
      POLICY,
      { input: { organizationId: office.id, allowPasswordless: true } },
      { token: platform },
    );
    expect(passwordless.setOrganizationSignInPolicy).toMatchObject({
      requireSecondFactor: true,
      allowPasswordless: true,
    });
  });
});
