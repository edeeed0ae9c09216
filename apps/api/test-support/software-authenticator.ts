import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';

/**
 * A FIDO2 authenticator in software, with the browser's half of WebAuthn around it: it makes the JSON that
 * `navigator.credentials.create()`/`.get()` (through @simplewebauthn/browser) would hand the page. Everything it
 * returns is real: P-256 keys from node:crypto, a CBOR attestation object (fmt "none"), authenticator data with
 * the RP id hash, flags and signature counter, and ECDSA signatures the server verifies like any other.
 */

/** What the browser would put in clientDataJSON, and what a phishing page or a tampering test changes. */
export interface CeremonyOverrides {
  /** The page's origin (defaults to the authenticator's). */
  readonly origin?: string;
  /** The RP id the authenticator scopes to (defaults to the options'). */
  readonly rpId?: string;
  /** A challenge other than the one in the options. */
  readonly challenge?: string;
}

export interface SoftwareAuthenticatorOptions {
  /** The origin the "browser" runs on. */
  readonly origin: string;
  /** Whether it verifies its user (PIN, biometrics): sets the UV flag when the RP does not discourage it. */
  readonly verifiesUser?: boolean;
  /** Passkeys that sync (BE and BS flags), like a platform passkey; security keys are single-device. */
  readonly syncs?: boolean;
  /** Security keys report a real counter; many synced passkeys always report 0. */
  readonly countsSignatures?: boolean;
  readonly aaguid?: Buffer;
}

interface StoredCredential {
  readonly id: Buffer;
  readonly rpId: string;
  readonly userHandle: string;
  readonly privateKey: KeyObject;
  readonly publicKeySpki: Buffer;
  readonly cosePublicKey: Buffer;
  signCount: number;
}

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_BE = 0x08;
const FLAG_BS = 0x10;
const FLAG_AT = 0x40;
const COSE_ES256 = -7;

/** The error a browser raises when the authenticator already holds an excluded credential. */
export class InvalidStateError extends Error {
  override readonly name = 'InvalidStateError';
}

/** The error a browser raises when no credential of the authenticator may answer the request. */
export class NotAllowedError extends Error {
  override readonly name = 'NotAllowedError';
}

export class SoftwareAuthenticator {
  private readonly credentials: StoredCredential[] = [];
  readonly origin: string;
  private readonly verifiesUser: boolean;
  private readonly syncs: boolean;
  private readonly countsSignatures: boolean;
  private readonly aaguid: Buffer;

  constructor(options: SoftwareAuthenticatorOptions) {
    this.origin = options.origin;
    this.verifiesUser = options.verifiesUser ?? true;
    this.syncs = options.syncs ?? false;
    this.countsSignatures = options.countsSignatures ?? true;
    this.aaguid = options.aaguid ?? Buffer.alloc(16);
  }

  /** Ids (base64url) of the credentials this authenticator holds. */
  get credentialIds(): string[] {
    return this.credentials.map((credential) => credential.id.toString('base64url'));
  }

  /** `navigator.credentials.create()`: a new credential for options.rp.id and options.user. */
  createCredential(
    options: PublicKeyCredentialCreationOptionsJSON,
    overrides: CeremonyOverrides = {},
  ): RegistrationResponseJSON {
    if (!options.pubKeyCredParams.some((param) => param.alg === COSE_ES256)) {
      throw new NotAllowedError('The relying party does not accept ES256.');
    }
    const rpId = overrides.rpId ?? options.rp.id ?? new URL(overrides.origin ?? this.origin).hostname;
    const excluded = new Set((options.excludeCredentials ?? []).map((descriptor) => descriptor.id));
    if (this.credentials.some((held) => held.rpId === rpId && excluded.has(held.id.toString('base64url')))) {
      throw new InvalidStateError('The authenticator already holds a credential of this account.');
    }
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const credential: StoredCredential = {
      id: randomBytes(32),
      rpId,
      userHandle: options.user.id,
      privateKey,
      publicKeySpki: publicKey.export({ format: 'der', type: 'spki' }),
      cosePublicKey: coseKeyOf(publicKey),
      signCount: 0,
    };
    this.credentials.push(credential);

    const uv = this.verifiesUser && options.authenticatorSelection?.userVerification !== 'discouraged';
    const authData = Buffer.concat([
      this.authDataHeader(rpId, FLAG_UP | (uv ? FLAG_UV : 0) | FLAG_AT, credential.signCount),
      this.aaguid,
      uint16(credential.id.length),
      credential.id,
      credential.cosePublicKey,
    ]);
    const attestationObject = cbor(
      new Map<CborValue, CborValue>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]),
    );
    const clientDataJSON = this.clientData('webauthn.create', overrides.challenge ?? options.challenge, overrides);
    const id = credential.id.toString('base64url');
    return {
      id,
      rawId: id,
      type: 'public-key',
      response: {
        clientDataJSON: clientDataJSON.toString('base64url'),
        attestationObject: attestationObject.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        transports: [this.transport()],
        publicKeyAlgorithm: COSE_ES256,
        publicKey: credential.publicKeySpki.toString('base64url'),
      },
      authenticatorAttachment: this.syncs ? 'platform' : 'cross-platform',
      clientExtensionResults: { credProps: { rk: true } },
    };
  }

  /**
   * `navigator.credentials.get()`: signs the challenge with a credential in allowCredentials, or (discoverable,
   * no allowCredentials) with this authenticator's credential for the RP id, returning its user handle.
   */
  getAssertion(
    options: PublicKeyCredentialRequestOptionsJSON,
    overrides: CeremonyOverrides = {},
  ): AuthenticationResponseJSON {
    const rpId = overrides.rpId ?? options.rpId ?? new URL(overrides.origin ?? this.origin).hostname;
    const allowed = options.allowCredentials?.map((descriptor) => descriptor.id) ?? [];
    const credential = this.credentials.find(
      (held) =>
        (overrides.rpId !== undefined || held.rpId === rpId) &&
        (allowed.length === 0 || allowed.includes(held.id.toString('base64url'))),
    );
    if (!credential) throw new NotAllowedError('No credential of this authenticator may answer.');
    if (this.countsSignatures) credential.signCount += 1;

    const uv = this.verifiesUser && options.userVerification !== 'discouraged';
    const flags = FLAG_UP | (uv ? FLAG_UV : 0);
    const authData = this.authDataHeader(rpId, flags, credential.signCount);
    const clientDataJSON = this.clientData('webauthn.get', overrides.challenge ?? options.challenge, overrides);
    const signed = Buffer.concat([authData, createHash('sha256').update(clientDataJSON).digest()]);
    // node:crypto signs EC keys in DER (ASN.1) form, which is what WebAuthn's ES256 signatures are.
    const signature = sign('sha256', signed, credential.privateKey);
    const id = credential.id.toString('base64url');
    return {
      id,
      rawId: id,
      type: 'public-key',
      response: {
        clientDataJSON: clientDataJSON.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        signature: signature.toString('base64url'),
        userHandle: credential.userHandle,
      },
      authenticatorAttachment: this.syncs ? 'platform' : 'cross-platform',
      clientExtensionResults: {},
    };
  }

  /** A copy holding the same keys and counters: a cloned security key. */
  clone(): SoftwareAuthenticator {
    const copy = new SoftwareAuthenticator({
      origin: this.origin,
      verifiesUser: this.verifiesUser,
      syncs: this.syncs,
      countsSignatures: this.countsSignatures,
      aaguid: this.aaguid,
    });
    for (const credential of this.credentials) copy.credentials.push({ ...credential });
    return copy;
  }

  private authDataHeader(rpId: string, flags: number, signCount: number): Buffer {
    const backup = this.syncs ? FLAG_BE | FLAG_BS : 0;
    return Buffer.concat([
      createHash('sha256').update(rpId).digest(),
      Buffer.from([flags | backup]),
      uint32(signCount),
    ]);
  }

  private clientData(type: string, challenge: string, overrides: CeremonyOverrides): Buffer {
    const origin = overrides.origin ?? this.origin;
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }), 'utf8');
  }

  private transport(): 'internal' | 'usb' {
    return this.syncs ? 'internal' : 'usb';
  }
}

/** The COSE_Key of a P-256 public key (RFC 9053): kty EC2, alg ES256, crv P-256, x, y. */
function coseKeyOf(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' });
  if (!jwk.x || !jwk.y) throw new Error('not an EC public key');
  return cbor(
    new Map<CborValue, CborValue>([
      [1, 2],
      [3, COSE_ES256],
      [-1, 1],
      [-2, Buffer.from(jwk.x, 'base64url')],
      [-3, Buffer.from(jwk.y, 'base64url')],
    ]),
  );
}

function uint16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16BE(value);
  return buffer;
}

function uint32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}

/** The CBOR a WebAuthn authenticator writes: integers, byte and text strings, maps. */
export type CborValue = number | string | Buffer | Map<CborValue, CborValue>;

/** A minimal CBOR encoder (RFC 8949), for the types above only. */
export function cbor(value: CborValue): Buffer {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error('CBOR: integers only');
    return value >= 0 ? head(0, value) : head(1, -1 - value);
  }
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  const entries = [...value.entries()].flatMap(([key, entry]) => [cbor(key), cbor(entry)]);
  return Buffer.concat([head(5, value.size), ...entries]);
}

/** A CBOR item's initial byte(s): major type and length or value. */
function head(major: number, length: number): Buffer {
  const type = major << 5;
  if (length < 24) return Buffer.from([type | length]);
  if (length < 0x100) return Buffer.from([type | 24, length]);
  if (length < 0x10000) return Buffer.concat([Buffer.from([type | 25]), uint16(length)]);
  if (length < 0x100000000) return Buffer.concat([Buffer.from([type | 26]), uint32(length)]);
  throw new Error('CBOR: length too large');
}
