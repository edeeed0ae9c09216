import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import type { GraphqlResponse } from './graphql-http-client';
import { attemptCompleteSignIn, loginStep, type SignInAnswer } from './second-factor-client';
import { type CeremonyOverrides, SoftwareAuthenticator } from './software-authenticator';
import type { TestApp } from './test-app';

/**
 * The passkey side of the API as the portal (with @simplewebauthn/browser) drives it, with a SoftwareAuthenticator
 * in place of the browser's: every response is real and verified by the server.
 */

/**
 * A test app whose relying party is not its own host (WebAuthn checks the configured one, not the request's), with
 * the second factor required as in production.
 */
export const WEBAUTHN_TEST_ENV = {
  SECOND_FACTOR_REQUIRED: 'true',
  WEBAUTHN_RP_ID: 'bulwark.test',
  WEBAUTHN_RP_NAME: 'Bulwark (test)',
  WEBAUTHN_ORIGINS: 'https://portal.bulwark.test,https://bulwark.test',
  // Every test signs in several times from the same address.
  SIGN_IN_LIMIT_PER_ADDRESS: '1000',
} as const;

const SESSION_FIELDS = `accessToken refreshToken viewer { kind roles } secondFactor { challengeToken }`;

const BEGIN_REGISTRATION = `mutation BeginPasskeyRegistration($input: EnrolmentChallengeInput) {
  beginPasskeyRegistration(input: $input)
}`;

const FINISH_REGISTRATION = `mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {
  finishPasskeyRegistration(input: $input) {
    passkey { id name createdAt lastUsedAt backedUp }
    recoveryCodes
    session { ${SESSION_FIELDS} }
  }
}`;

const BEGIN_SECOND_FACTOR = `mutation BeginSecondFactorWebauthn($input: WebauthnChallengeInput!) {
  beginSecondFactorWebauthn(input: $input)
}`;

const BEGIN_SIGN_IN = `mutation { beginPasskeySignIn { challengeToken expiresAt optionsJson } }`;

const FINISH_SIGN_IN = `mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {
  finishPasskeySignIn(input: $input) { ${SESSION_FIELDS} }
}`;

export interface PasskeyAnswer {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  backedUp: boolean;
}

export interface PasskeyRegistrationAnswer {
  passkey: PasskeyAnswer;
  recoveryCodes: string[];
  session: SignInAnswer | null;
}

/** Who registers: a signed-in user (bearer token) or a sign-in that must enrol first (its challenge token). */
export type RegistrationCredential = { readonly token: string } | { readonly challengeToken: string };

function bearerOf(credential: RegistrationCredential): { token?: string } {
  return 'token' in credential ? { token: credential.token } : {};
}

function challengeOf(credential: RegistrationCredential): { challengeToken?: string } {
  return 'challengeToken' in credential ? { challengeToken: credential.challengeToken } : {};
}

export async function beginPasskeyRegistration(
  t: TestApp,
  credential: RegistrationCredential,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const input = 'challengeToken' in credential ? { challengeToken: credential.challengeToken } : null;
  const { beginPasskeyRegistration: json } = await t.gql.data<{ beginPasskeyRegistration: string }>(
    BEGIN_REGISTRATION,
    { input },
    bearerOf(credential),
  );
  return JSON.parse(json) as PublicKeyCredentialCreationOptionsJSON;
}

export function attemptFinishPasskeyRegistration(
  t: TestApp,
  credential: RegistrationCredential,
  response: unknown,
  name = 'Security key',
): Promise<GraphqlResponse<{ finishPasskeyRegistration: PasskeyRegistrationAnswer }>> {
  const input = { response: JSON.stringify(response), name, ...challengeOf(credential) };
  return t.gql.request(FINISH_REGISTRATION, { input }, bearerOf(credential));
}

/** Registers a new credential of `authenticator` through the API; throws when the server refuses it. */
export async function registerPasskey(
  t: TestApp,
  credential: RegistrationCredential,
  authenticator: SoftwareAuthenticator,
  name = 'Security key',
): Promise<PasskeyRegistrationAnswer> {
  const options = await beginPasskeyRegistration(t, credential);
  const response = await attemptFinishPasskeyRegistration(t, credential, authenticator.createCredential(options), name);
  if (!response.data?.finishPasskeyRegistration)
    throw new Error(`passkey registration failed: ${JSON.stringify(response.errors)}`);
  return response.data.finishPasskeyRegistration;
}

/** Options for the second step of `challengeToken` (login's challenge). */
export async function beginSecondFactorWebauthn(
  t: TestApp,
  challengeToken: string,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const { beginSecondFactorWebauthn: json } = await t.gql.data<{ beginSecondFactorWebauthn: string }>(
    BEGIN_SECOND_FACTOR,
    { input: { challengeToken } },
  );
  return JSON.parse(json) as PublicKeyCredentialRequestOptionsJSON;
}

/** The second step with a passkey: options, the authenticator's assertion, completeSignIn. The raw response. */
export async function attemptPasskeySecondFactor(
  t: TestApp,
  challengeToken: string,
  authenticator: SoftwareAuthenticator,
  overrides: CeremonyOverrides = {},
): Promise<GraphqlResponse<{ completeSignIn: SignInAnswer }>> {
  const options = await beginSecondFactorWebauthn(t, challengeToken);
  const assertion = authenticator.getAssertion(options, overrides);
  return attemptCompleteSignIn(t, { challengeToken, webauthnResponse: JSON.stringify(assertion) });
}

export interface PasskeySignInStart {
  challengeToken: string;
  expiresAt: string;
  options: PublicKeyCredentialRequestOptionsJSON;
}

export async function beginPasskeySignIn(t: TestApp): Promise<PasskeySignInStart> {
  const { beginPasskeySignIn: started } = await t.gql.data<{
    beginPasskeySignIn: { challengeToken: string; expiresAt: string; optionsJson: string };
  }>(BEGIN_SIGN_IN);
  return {
    challengeToken: started.challengeToken,
    expiresAt: started.expiresAt,
    options: JSON.parse(started.optionsJson) as PublicKeyCredentialRequestOptionsJSON,
  };
}

export function attemptFinishPasskeySignIn(
  t: TestApp,
  challengeToken: string,
  response: unknown,
): Promise<GraphqlResponse<{ finishPasskeySignIn: SignInAnswer }>> {
  return t.gql.request(FINISH_SIGN_IN, { input: { challengeToken, response: JSON.stringify(response) } });
}

/** An authenticator on the first origin the app accepts (config auth.webauthn.origins). */
export function authenticatorFor(t: TestApp, options: { verifiesUser?: boolean; syncs?: boolean } = {}) {
  const origin = t.config.auth.webauthn.origins[0];
  if (!origin) throw new Error('the test app has no WebAuthn origin');
  return new SoftwareAuthenticator({ origin, ...options });
}

/**
 * Signs in with email and password and a passkey as the second factor, enrolling `authenticator` first when the
 * account must have a factor and has none: an access token, whatever the account's state, through the real API.
 */
export async function signInWithPasskey(
  t: TestApp,
  email: string,
  password: string,
  authenticator: SoftwareAuthenticator,
): Promise<{ accessToken: string; refreshToken: string }> {
  const first = await loginStep(t, email, password);
  let session: SignInAnswer | null = first;
  if (first.secondFactor?.enrolmentRequired) {
    const credential = { challengeToken: first.secondFactor.challengeToken };
    session = (await registerPasskey(t, credential, authenticator)).session;
  } else if (first.secondFactor) {
    const response = await attemptPasskeySecondFactor(t, first.secondFactor.challengeToken, authenticator);
    session = response.data?.completeSignIn ?? null;
    if (!session) throw new Error(`passkey second factor of ${email} failed: ${JSON.stringify(response.errors)}`);
  }
  if (!session?.accessToken || !session.refreshToken) throw new Error(`no session for ${email}`);
  return { accessToken: session.accessToken, refreshToken: session.refreshToken };
}
