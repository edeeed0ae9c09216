import { timingSafeEqual } from 'node:crypto';
import { HOTP, Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app reads it: SHA-1, six digits, 30-second steps. */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
const ALGORITHM = 'SHA1';
/** A code of the previous or next step is accepted too: a phone's clock drifts, and typing takes time. */
const WINDOW_STEPS = 1;
const SECRET_BYTES = 20;
const CODE = /^\d{6}$/;

export function newTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

/** The otpauth:// URI an app scans: issuer and account name as the app will list them. */
export function totpUri(secretBase32: string, issuer: string, account: string): string {
  return new TOTP({
    issuer,
    label: account,
    secret: Secret.fromBase32(secretBase32),
    algorithm: ALGORITHM,
    digits: DIGITS,
    period: PERIOD_SECONDS,
  }).toString();
}

/** The code an app holding `secretBase32` shows during `step`. */
export function totpCodeAt(secretBase32: string, step: number): string {
  return HOTP.generate({
    secret: Secret.fromBase32(secretBase32),
    algorithm: ALGORITHM,
    digits: DIGITS,
    counter: step,
  });
}

export function totpStepAt(timestampMs: number): number {
  return TOTP.counter({ period: PERIOD_SECONDS, timestamp: timestampMs });
}

/**
 * The step `code` belongs to, within one step of now, later than `afterStep` (a step already used: a code for it
 * or an earlier one is a replay); null when it matches none. Steps are tried newest first.
 */
export function matchTotpStep(
  secretBase32: string,
  code: string,
  afterStep: number | null,
  nowMs = Date.now(),
): number | null {
  const given = code.replace(/\s/g, '');
  if (!CODE.test(given)) return null;
  const current = totpStepAt(nowMs);
  for (let step = current + WINDOW_STEPS; step >= current - WINDOW_STEPS; step--) {
    if (afterStep !== null && step <= afterStep) break;
    const expected = totpCodeAt(secretBase32, step);
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(given))) return step;
  }
  return null;
}
