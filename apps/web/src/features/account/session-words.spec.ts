import { describe, expect, it } from 'vitest';
import { signInWords } from './session-words';

describe('how a session was signed in, in words', () => {
  it('names both steps', () => {
    expect(signInWords('PASSWORD', 'TOTP')).toBe('Password and authenticator app');
    expect(signInWords('PASSWORD', 'WEBAUTHN')).toBe('Password and passkey');
    expect(signInWords('PASSWORD', 'RECOVERY_CODE')).toBe('Password and recovery code');
    expect(signInWords('SSO', 'TOTP')).toBe('Your organization’s sign-in and authenticator app');
  });

  it('names one step when there was one, or when a passkey was both', () => {
    expect(signInWords('PASSWORD', null)).toBe('Password');
    expect(signInWords('PASSKEY', 'WEBAUTHN')).toBe('Passkey');
    expect(signInWords('SSO', null)).toBe('Your organization’s sign-in');
    expect(signInWords('SSO', 'IDENTITY_PROVIDER')).toBe('Your organization’s sign-in, with its own second factor');
  });
});
