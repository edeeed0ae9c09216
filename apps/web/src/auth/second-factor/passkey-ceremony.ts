import {
  browserSupportsWebAuthn,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
  WebAuthnError,
} from '@simplewebauthn/browser';

/**
 * What went wrong on this side of a passkey ceremony (the browser, the device, the person), as opposed to the API's
 * refusal, which ErrorNotice shows.
 */
export class PasskeyProblem extends Error {
  override readonly name = 'PasskeyProblem';
}

export function passkeysSupported(): boolean {
  return typeof window !== 'undefined' && browserSupportsWebAuthn();
}

/** The API sends the ceremony's options as JSON (a string, or the JSON scalar already parsed). */
function optionsOf<T>(options: unknown): T {
  return (typeof options === 'string' ? JSON.parse(options) : options) as T;
}

/** Asks the device for a new passkey; the answer, as the JSON string the API verifies. */
export async function createPasskey(options: unknown): Promise<string> {
  try {
    const response = await startRegistration({
      optionsJSON: optionsOf<PublicKeyCredentialCreationOptionsJSON>(options),
    });
    return JSON.stringify(response);
  } catch (error) {
    throw new PasskeyProblem(passkeyWords(error, 'create'), { cause: error });
  }
}

/** Asks the device to sign the API's challenge with one of its passkeys; the answer as a JSON string. */
export async function proveWithPasskey(options: unknown): Promise<string> {
  try {
    const response = await startAuthentication({
      optionsJSON: optionsOf<PublicKeyCredentialRequestOptionsJSON>(options),
    });
    return JSON.stringify(response);
  } catch (error) {
    throw new PasskeyProblem(passkeyWords(error, 'use'), { cause: error });
  }
}

/** The browser's reasons (WebAuthnError codes, DOMException names) in words a county clerk can act on. */
export function passkeyWords(error: unknown, ceremony: 'create' | 'use'): string {
  const code = error instanceof WebAuthnError ? error.code : null;
  const name = error instanceof Error ? ((error.cause as Error | undefined)?.name ?? error.name) : '';
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || (ceremony === 'create' && name === 'InvalidStateError'))
    return 'This passkey or security key is already on your account. Use another one, or keep using this one.';
  if (code === 'ERROR_INVALID_DOMAIN' || code === 'ERROR_INVALID_RP_ID' || name === 'SecurityError')
    return 'Passkeys work only at Bulwark’s own address over a secure connection. Open Bulwark from the address your organization gave you and try again.';
  if (
    code === 'ERROR_AUTHENTICATOR_MISSING_DISCOVERABLE_CREDENTIAL_SUPPORT' ||
    code === 'ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT' ||
    code === 'ERROR_AUTHENTICATOR_NO_SUPPORTED_PUBKEYCREDPARAMS_ALG' ||
    name === 'NotSupportedError'
  )
    return 'This device or security key cannot be used with Bulwark. Try another one, or use an authenticator app.';
  if (name === 'NotAllowedError' || name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED')
    return ceremony === 'create'
      ? 'No passkey was added: the request was cancelled or took too long. Try again when you are ready.'
      : 'Your passkey was not used: the request was cancelled, took too long, or this device has no passkey for Bulwark. Try again, or use another way below.';
  return ceremony === 'create'
    ? 'Your device could not make a passkey. Try again, or use an authenticator app instead.'
    : 'Your device could not use its passkey. Try again, or use another way below.';
}
