import { describe, expect, it } from 'vitest';
import { newRecoveryCodes, recoveryCodeHash } from './recovery-codes';

describe('recovery codes', () => {
  it('makes ten distinct codes in groups a person can read', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  });

  it('hashes a code the same however it is typed back, and never keeps it', () => {
    const [code] = newRecoveryCodes(1);
    const hash = recoveryCodeHash(code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(recoveryCodeHash(code.toUpperCase())).toBe(hash);
    expect(recoveryCodeHash(` ${code.replace(/-/g, ' ')} `)).toBe(hash);
    expect(recoveryCodeHash(code.replace(/-/g, ''))).toBe(hash);
    expect(recoveryCodeHash(newRecoveryCodes(1)[0])).not.toBe(hash);
  });
});
