import type { SecondFactorMethod } from '@web/auth/browser-session';

/** Why the portal asks, in the words a county clerk reads at sign-in. */
export const WHY_SECOND_FACTOR =
  'Publishers and administrators must protect their account with a second factor, and some organizations ask it of everyone. ' +
  'It is something you have, besides your password: then a stolen or guessed password alone cannot open your account.';

export const PASSKEY_EXPLAINED =
  'A passkey lives on your phone or computer and is unlocked with your fingerprint, face or device PIN; a security key is a small USB or NFC key you touch. Nothing to type, and it only works on Bulwark’s real address, so a fake sign-in page cannot use it.';

export const AUTHENTICATOR_APP_EXPLAINED =
  'An app on your phone, such as Microsoft Authenticator, Google Authenticator or your agency’s app, shows a new 6-digit code every 30 seconds.';

export const RECOVERY_CODES_EXPLAINED =
  'If you lose your phone or security key, each of these codes signs you in once. Keep them somewhere safe that is not your phone: a password manager, or printed in a locked drawer.';

/** The second factors as the pages name them. */
export const METHOD_LABELS: Readonly<Record<SecondFactorMethod, string>> = {
  WEBAUTHN: 'Passkey or security key',
  TOTP: 'Authenticator app',
  RECOVERY_CODE: 'Recovery code',
};

/**
 * A base32 seed in groups of four, as it is easiest to type into an app by hand ("JBSW Y3DP EHPK 3PXP").
 * Apps ignore the spaces.
 */
export function groupedSecret(secret: string): string {
  return (
    secret
      .replace(/\s+/g, '')
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  );
}

/** The contents of the recovery codes' .txt download: what they are, for whom, and the codes one a line. */
export function recoveryCodesFile(codes: readonly string[], account: string | null, now: Date): string {
  return [
    'Bulwark recovery codes',
    account ? `Account: ${account}` : null,
    `Made: ${now.toISOString().slice(0, 10)}`,
    '',
    'Each code signs you in once, instead of your passkey or authenticator app.',
    'Keep them somewhere safe. Making new codes on the account security page makes these stop working.',
    '',
    ...codes,
    '',
  ]
    .filter((line) => line !== null)
    .join('\r\n');
}

/** A 6-digit code typed with spaces or dashes ("123 456") as the API wants it. */
export function normalisedCode(typed: string): string {
  return typed.replace(/[\s-]/g, '');
}

/** "123456" as apps show it: "123 456". */
export function groupedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
