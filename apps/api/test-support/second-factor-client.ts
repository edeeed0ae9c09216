import { Secret, TOTP } from 'otpauth';
import type { GraphqlResponse } from './graphql-http-client';
import type { TestApp } from './test-app';

/** A code of an authenticator app holding `secret`, `stepOffset` 30-second steps from now: what a phone would show. */
export function totpCode(secret: string, stepOffset = 0): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + stepOffset * 30_000 });
}

export interface SecondFactorChallengeAnswer {
  challengeToken: string;
  expiresAt: string;
  methods: string[];
  enrolmentRequired: boolean;
}

export interface SignInAnswer {
  accessToken: string | null;
  refreshToken: string | null;
  viewer: { kind: string; roles: string[] } | null;
  secondFactor: SecondFactorChallengeAnswer | null;
}

const SIGN_IN_FIELDS = `accessToken refreshToken viewer { kind roles }
  secondFactor { challengeToken expiresAt methods enrolmentRequired }`;

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { ${SIGN_IN_FIELDS} }
}`;

const COMPLETE_SIGN_IN = `mutation CompleteSignIn($input: CompleteSignInInput!) {
  completeSignIn(input: $input) { ${SIGN_IN_FIELDS} }
}`;

const BEGIN_TOTP = `mutation BeginTotp($input: EnrolmentChallengeInput) {
  beginTotpEnrolment(input: $input) { secret otpauthUri qrCodeSvg }
}`;

const CONFIRM_TOTP = `mutation ConfirmTotp($input: ConfirmTotpEnrolmentInput!) {
  confirmTotpEnrolment(input: $input) { recoveryCodes session { ${SIGN_IN_FIELDS} } }
}`;

/** The first step: tokens, or the challenge of a second step. */
export async function loginStep(t: TestApp, email: string, password: string): Promise<SignInAnswer> {
  return (await t.gql.data<{ login: SignInAnswer }>(LOGIN, { email, password })).login;
}

/** The first step, which must answer with a challenge. */
export async function loginChallenge(
  t: TestApp,
  email: string,
  password: string,
): Promise<SecondFactorChallengeAnswer> {
  const answer = await loginStep(t, email, password);
  if (!answer.secondFactor || answer.accessToken !== null)
    throw new Error(`expected a second-factor challenge for ${email}, got ${JSON.stringify(answer)}`);
  return answer.secondFactor;
}

export function attemptCompleteSignIn(
  t: TestApp,
  input: { challengeToken: string; totpCode?: string; recoveryCode?: string; webauthnResponse?: string },
): Promise<GraphqlResponse<{ completeSignIn: SignInAnswer }>> {
  return t.gql.request(COMPLETE_SIGN_IN, { input });
}

export interface TotpEnrolmentAnswer {
  secret: string;
  otpauthUri: string;
  qrCodeSvg: string;
}

/** Begins TOTP enrolment as a signed-in user (`token`) or under an enrolment challenge. */
export async function beginTotpEnrolment(
  t: TestApp,
  credential: { token: string } | { challengeToken: string },
): Promise<TotpEnrolmentAnswer> {
  const { beginTotpEnrolment: enrolment } = await t.gql.data<{ beginTotpEnrolment: TotpEnrolmentAnswer }>(
    BEGIN_TOTP,
    { input: 'challengeToken' in credential ? { challengeToken: credential.challengeToken } : null },
    'token' in credential ? { token: credential.token } : {},
  );
  return enrolment;
}

export function attemptConfirmTotp(
  t: TestApp,
  input: { code: string; challengeToken?: string },
  token?: string,
): Promise<GraphqlResponse<{ confirmTotpEnrolment: { recoveryCodes: string[]; session: SignInAnswer | null } }>> {
  return t.gql.request(CONFIRM_TOTP, { input }, token ? { token } : {});
}

/** Enrols and confirms an authenticator app through the API as the signed-in `token`: its seed and recovery codes. */
export async function enrolTotp(t: TestApp, token: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { secret } = await beginTotpEnrolment(t, { token });
  const response = await attemptConfirmTotp(t, { code: totpCode(secret) }, token);
  if (!response.data?.confirmTotpEnrolment)
    throw new Error(`TOTP confirmation failed: ${JSON.stringify(response.errors)}`);
  return { secret, recoveryCodes: response.data.confirmTotpEnrolment.recoveryCodes };
}

export interface EnrolledSession {
  accessToken: string;
  refreshToken: string;
  /** The authenticator app's seed, when this sign-in enrolled one. */
  secret: string | null;
  recoveryCodes: string[];
}

/**
 * Signs in through the real API; a user who must enrol first (enrolmentRequired) enrols an authenticator app
 * under the challenge, as the portal would. Throws when a second step with an existing factor is due.
 */
export async function signInEnrolling(t: TestApp, email: string, password = t.demoPassword): Promise<EnrolledSession> {
  const answer = await loginStep(t, email, password);
  if (answer.accessToken && answer.refreshToken)
    return { accessToken: answer.accessToken, refreshToken: answer.refreshToken, secret: null, recoveryCodes: [] };
  if (!answer.secondFactor?.enrolmentRequired)
    throw new Error(`${email} has a second factor already: complete the sign-in with it`);
  return signInEnrollingUnder(t, email, answer.secondFactor.challengeToken);
}

/** Enrols an authenticator app under an enrolment challenge, as the portal would, and returns the session. */
export async function signInEnrollingUnder(
  t: TestApp,
  email: string,
  challengeToken: string,
): Promise<EnrolledSession> {
  const { secret } = await beginTotpEnrolment(t, { challengeToken });
  const confirmed = await attemptConfirmTotp(t, { code: totpCode(secret), challengeToken });
  const session = confirmed.data?.confirmTotpEnrolment.session;
  if (!session?.accessToken || !session.refreshToken)
    throw new Error(`enrolment of ${email} failed: ${JSON.stringify(confirmed.errors)}`);
  return {
    accessToken: session.accessToken,
    refreshToken: session.refreshToken,
    secret,
    recoveryCodes: confirmed.data?.confirmTotpEnrolment.recoveryCodes ?? [],
  };
}
