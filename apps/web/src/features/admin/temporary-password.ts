/** Letters and digits that cannot be mistaken for one another when read out over the phone (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A first password for a new account: 20 characters from the browser's cryptographic generator (about 116 bits), in
 * groups of four to read out. The API takes it as createUser's initialPassword and keeps only its hash; the page
 * shows it once.
 */
export function temporaryPassword(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (bytes) => crypto.getRandomValues(bytes),
): string {
  const characters: string[] = [];
  // Rejection sampling: a byte at or above the largest multiple of the alphabet's size would bias the choice.
  const limit = 256 - (256 % ALPHABET.length);
  while (characters.length < 20) {
    for (const byte of random(new Uint8Array(32))) {
      if (byte < limit && characters.length < 20) characters.push(ALPHABET.charAt(byte % ALPHABET.length));
    }
  }
  return characters.join('').replace(/(.{4})(?!$)/g, '$1-');
}
