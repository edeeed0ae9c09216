import { Secret, TOTP, URI } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { matchTotpStep, newTotpSecret, totpStepAt, totpUri } from './totp';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 10);
const codeAt = (secret: string, timestamp: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp });

describe('TOTP', () => {
  const secret = newTotpSecret();

  it('makes a 160-bit seed and a URI an authenticator app reads back', () => {
    expect(Secret.fromBase32(secret).bytes.length).toBe(20);
    const parsed = URI.parse(totpUri(secret, 'Bulwark', 'clerk@fulton.ga.demo'));
    expect(parsed).toBeInstanceOf(TOTP);
    expect(parsed.issuer).toBe('Bulwark');
    expect(parsed.label).toBe('clerk@fulton.ga.demo');
    expect(parsed.secret.base32).toBe(secret);
  });

  it("accepts the current step's code and one step either side, naming its step", () => {
    const now = totpStepAt(T0);
    expect(matchTotpStep(secret, codeAt(secret, T0), null, T0)).toBe(now);
    expect(matchTotpStep(secret, codeAt(secret, T0 - 30_000), null, T0)).toBe(now - 1);
    expect(matchTotpStep(secret, codeAt(secret, T0 + 30_000), null, T0)).toBe(now + 1);
    expect(matchTotpStep(secret, codeAt(secret, T0 - 60_000), null, T0)).toBeNull();
    expect(matchTotpStep(secret, codeAt(secret, T0 + 60_000), null, T0)).toBeNull();
  });

  it('refuses a code of a step already used, or earlier', () => {
    const now = totpStepAt(T0);
    expect(matchTotpStep(secret, codeAt(secret, T0), now, T0)).toBeNull();
    expect(matchTotpStep(secret, codeAt(secret, T0 - 30_000), now - 1, T0)).toBeNull();
    expect(matchTotpStep(secret, codeAt(secret, T0), now - 1, T0)).toBe(now);
  });

  it('refuses malformed codes and another seed', () => {
    expect(matchTotpStep(secret, '12345', null, T0)).toBeNull();
    expect(matchTotpStep(secret, 'abcdef', null, T0)).toBeNull();
    expect(matchTotpStep(secret, `${codeAt(secret, T0)}0`, null, T0)).toBeNull();
    expect(matchTotpStep(newTotpSecret(), codeAt(secret, T0), null, T0)).toBeNull();
  });

  it('ignores spaces an app shows in the middle of a code', () => {
    const code = codeAt(secret, T0);
    expect(matchTotpStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, T0)).toBe(totpStepAt(T0));
  });
});
