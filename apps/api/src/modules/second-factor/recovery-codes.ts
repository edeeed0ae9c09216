import { randomInt } from 'node:crypto';
import { sha256 } from '@api/auth/secrets';

export const RECOVERY_CODE_COUNT = 10;
/** No 0/o, 1/l/i: a code read off paper must be typed back without doubt. 31 symbols × 12 ≈ 59 bits each. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** Ten fresh codes, `xxxx-xxxx-xxxx`, shown once. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () =>
    Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    ).join('-'),
  );
}

/**
 * What is stored: the SHA-256 of the code without its dashes, spaces or case, so a code typed back any of those
 * ways matches. The codes are random enough that an unsalted hash is not worth attacking.
 */
export function recoveryCodeHash(code: string): string {
  return sha256(code.toLowerCase().replace(/[^a-z0-9]/g, ''));
}
