import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type WebAuthnCredential,
} from '@simplewebauthn/server';
import { decodeAttestationObject, decodeCredentialPublicKey } from '@simplewebauthn/server/helpers';
import { describe, expect, it } from 'vitest';
import { cbor, InvalidStateError, NotAllowedError, SoftwareAuthenticator } from './software-authenticator';

const RP_ID = 'bulwark.test';
const ORIGIN = 'https://portal.bulwark.test';

function registrationOptions(excludeCredentials: { id: string }[] = []) {
  return generateRegistrationOptions({
    rpName: 'Bulwark',
    rpID: RP_ID,
    userName: 'clerk@fulton.ga.demo',
    userID: new TextEncoder().encode('user-1'),
    excludeCredentials,
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
}

/** Registers a credential on `authenticator` and returns what the server would store. */
async function register(authenticator: SoftwareAuthenticator): Promise<WebAuthnCredential> {
  const options = await registrationOptions();
  const verified = await verifyRegistrationResponse({
    response: authenticator.createCredential(options),
    expectedChallenge: options.challenge,
    expectedOrigin: ORIGIN,
    expectedRPID: RP_ID,
  });
  if (!verified.verified) throw new Error('registration not verified');
  return verified.registrationInfo.credential;
}

async function assertWith(authenticator: SoftwareAuthenticator, credential: WebAuthnCredential) {
  const options = await generateAuthenticationOptions({ rpID: RP_ID, allowCredentials: [{ id: credential.id }] });
  return verifyAuthenticationResponse({
    response: authenticator.getAssertion(options),
    expectedChallenge: options.challenge,
    expectedOrigin: ORIGIN,
    expectedRPID: RP_ID,
    credential,
  });
}

describe('cbor', () => {
  it('encodes integers, strings, byte strings and maps as RFC 8949 does', () => {
    expect(cbor(0).toString('hex')).toBe('00');
    expect(cbor(23).toString('hex')).toBe('17');
    expect(cbor(24).toString('hex')).toBe('1818');
    expect(cbor(1000).toString('hex')).toBe('1903e8');
    expect(cbor(1_000_000).toString('hex')).toBe('1a000f4240');
    expect(cbor(-1).toString('hex')).toBe('20');
    expect(cbor(-7).toString('hex')).toBe('26');
    expect(cbor(-1000).toString('hex')).toBe('3903e7');
    expect(cbor('fmt').toString('hex')).toBe('63666d74');
    expect(cbor(Buffer.from([1, 2])).toString('hex')).toBe('420102');
    expect(cbor(new Map([[1, 2]])).toString('hex')).toBe('a10102');
  });
});

describe('SoftwareAuthenticator', () => {
  it('makes a "none" attestation that @simplewebauthn/server verifies, with an ES256 COSE key', async () => {
    const authenticator = new SoftwareAuthenticator({ origin: ORIGIN });
    const options = await registrationOptions();
    const response = authenticator.createCredential(options);
    const verified = await verifyRegistrationResponse({
      response,
      expectedChallenge: options.challenge,
      expectedOrigin: ORIGIN,
      expectedRPID: RP_ID,
    });
    expect(verified.verified).toBe(true);
    expect(verified.registrationInfo).toMatchObject({
      fmt: 'none',
      userVerified: true,
      credentialDeviceType: 'singleDevice',
      credentialBackedUp: false,
      credential: { id: response.id, counter: 0 },
    });
    const attestation = decodeAttestationObject(Buffer.from(response.response.attestationObject, 'base64url'));
    expect(attestation.get('fmt')).toBe('none');
    const publicKey = decodeCredentialPublicKey(verified.registrationInfo!.credential.publicKey);
    expect(publicKey.get(3)).toBe(-7);
  });

  it('signs assertions the server verifies, counting up', async () => {
    const authenticator = new SoftwareAuthenticator({ origin: ORIGIN });
    const credential = await register(authenticator);
    const first = await assertWith(authenticator, credential);
    expect(first).toMatchObject({ verified: true, authenticationInfo: { newCounter: 1, userVerified: true } });
    const second = await assertWith(authenticator, { ...credential, counter: first.authenticationInfo.newCounter });
    expect(second.authenticationInfo.newCounter).toBe(2);
  });

  it('fails verification when the credential does not match the key that signed', async () => {
    const authenticator = new SoftwareAuthenticator({ origin: ORIGIN });
    const credential = await register(authenticator);
    const other = await register(new SoftwareAuthenticator({ origin: ORIGIN }));
    const verified = await assertWith(authenticator, { ...credential, publicKey: other.publicKey });
    expect(verified.verified).toBe(false);
  });

  it('answers a discoverable request (no allowCredentials) with its user handle', async () => {
    const authenticator = new SoftwareAuthenticator({ origin: ORIGIN, syncs: true, countsSignatures: false });
    const credential = await register(authenticator);
    const options = await generateAuthenticationOptions({ rpID: RP_ID, userVerification: 'required' });
    const response = authenticator.getAssertion(options);
    expect(response.response.userHandle).toBe(Buffer.from('user-1').toString('base64url'));
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: options.challenge,
      expectedOrigin: ORIGIN,
      expectedRPID: RP_ID,
      credential,
    });
    expect(verified).toMatchObject({
      verified: true,
      authenticationInfo: { newCounter: 0, credentialDeviceType: 'multiDevice', credentialBackedUp: true },
    });
  });

  it('produces responses the server refuses for another origin, RP id or challenge', async () => {
    const authenticator = new SoftwareAuthenticator({ origin: ORIGIN });
    const credential = await register(authenticator);
    const options = await generateAuthenticationOptions({ rpID: RP_ID, allowCredentials: [{ id: credential.id }] });
    const verify = (response: ReturnType<SoftwareAuthenticator['getAssertion']>) =>
      verifyAuthenticationResponse({
        response,
        expectedChallenge: options.challenge,
        expectedOrigin: ORIGIN,
        expectedRPID: RP_ID,
        credential,
      });
    await expect(verify(authenticator.getAssertion(options, { origin: 'https://bulwark.evil' }))).rejects.toThrow(
      /origin/,
    );
    await expect(verify(authenticator.getAssertion(options, { rpId: 'bulwark.evil' }))).rejects.toThrow(/RP ID/);
    await expect(verify(authenticator.getAssertion(options, { challenge: 'b3RoZXI' }))).rejects.toThrow(/challenge/);
  });

  it('a clone shares keys and counter, so the second to sign reports a counter the server refuses', async () => {
    const authenticator = new SoftwareAuthenticator({ origin: ORIGIN });
    const credential = await register(authenticator);
    const clone = authenticator.clone();
    const first = await assertWith(authenticator, credential);
    await expect(assertWith(clone, { ...credential, counter: first.authenticationInfo.newCounter })).rejects.toThrow(
      /counter/,
    );
  });

  it('refuses to register twice for an account (excludeCredentials) and without user verification sets no UV', async () => {
    const authenticator = new SoftwareAuthenticator({ origin: ORIGIN });
    const credential = await register(authenticator);
    const options = await registrationOptions([{ id: credential.id }]);
    expect(() => authenticator.createCredential(options)).toThrow(InvalidStateError);

    const key = new SoftwareAuthenticator({ origin: ORIGIN, verifiesUser: false });
    await expect(register(key)).rejects.toThrow(/User verification was required/);
    const fresh = await registrationOptions();
    const unverified = await verifyRegistrationResponse({
      response: key.createCredential(fresh),
      expectedChallenge: fresh.challenge,
      expectedOrigin: ORIGIN,
      expectedRPID: RP_ID,
      requireUserVerification: false,
    });
    expect(unverified.registrationInfo?.userVerified).toBe(false);
    expect(() => key.getAssertion({ challenge: 'eA', rpId: 'elsewhere.test' })).toThrow(NotAllowedError);
  });
});
