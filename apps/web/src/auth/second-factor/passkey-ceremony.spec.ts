import { WebAuthnError } from '@simplewebauthn/browser';
import { describe, expect, it } from 'vitest';
import { passkeyWords } from './passkey-ceremony';

const dom = (name: string) => Object.assign(new Error('browser said no'), { name });
const webauthn = (code: WebAuthnError['code'], name: string) =>
  new WebAuthnError({ message: 'x', code, cause: dom(name), name });

describe('passkey problems in words', () => {
  it('a cancelled or timed-out prompt', () => {
    expect(passkeyWords(dom('NotAllowedError'), 'use')).toMatch(
      /^Your passkey was not used: the request was cancelled/,
    );
    expect(passkeyWords(dom('NotAllowedError'), 'create')).toMatch(/^No passkey was added/);
  });

  it('a key already on the account', () => {
    expect(passkeyWords(webauthn('ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED', 'InvalidStateError'), 'create')).toMatch(
      /already on your account/,
    );
  });

  it('the wrong address', () => {
    expect(passkeyWords(webauthn('ERROR_INVALID_DOMAIN', 'SecurityError'), 'use')).toMatch(/Bulwark’s own address/);
  });

  it('a device that cannot, and anything else', () => {
    expect(passkeyWords(dom('NotSupportedError'), 'create')).toMatch(/cannot be used with Bulwark/);
    expect(passkeyWords(new Error('?'), 'use')).toMatch(/could not use its passkey/);
  });
});
