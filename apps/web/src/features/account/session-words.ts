import type { SessionSecondFactor, SignInMethod } from '@web/graphql/generated/graphql';

const FIRST_STEP: Readonly<Record<SignInMethod, string>> = {
  PASSWORD: 'Password',
  PASSKEY: 'Passkey',
  SSO: 'Your organization’s sign-in',
};

const SECOND_STEP: Readonly<Record<SessionSecondFactor, string>> = {
  TOTP: 'authenticator app',
  WEBAUTHN: 'passkey',
  RECOVERY_CODE: 'recovery code',
  IDENTITY_PROVIDER: 'its own second factor',
};

/** How a session was signed in, in words: "Password and authenticator app", "Passkey". */
export function signInWords(method: SignInMethod, secondFactor: SessionSecondFactor | null): string {
  // A passkey alone is both steps: something you have, unlocked by something you are or know.
  if (!secondFactor || (method === 'PASSKEY' && secondFactor === 'WEBAUTHN')) return FIRST_STEP[method];
  const second = SECOND_STEP[secondFactor];
  return method === 'SSO' && secondFactor === 'IDENTITY_PROVIDER'
    ? `${FIRST_STEP.SSO}, with ${second}`
    : `${FIRST_STEP[method]} and ${second}`;
}
