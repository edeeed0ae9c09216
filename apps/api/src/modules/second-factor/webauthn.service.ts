import { Inject, Injectable } from '@nestjs/common';
import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { AuditAction, AuditOutcome, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditService } from '@api/modules/audit/audit.service';
import type { ChallengeRow, WebauthnAssertionVerifier } from './sign-in-challenge.service';
import { WebauthnChallengesRepository } from './webauthn-challenges.repository';
import {
  type OwnedCredentialRow,
  type WebauthnCredentialRow,
  WebauthnCredentialsRepository,
} from './webauthn-credentials.repository';

/** Why a WebAuthn response was refused: for the audit trail; a sign-in's caller only learns that it was. */
export class WebauthnRefusal extends Error {
  constructor(
    readonly reason: string,
    /** The credential the response named, when it is one of ours. */
    readonly credential: OwnedCredentialRow | null = null,
  ) {
    super(reason);
    this.name = 'WebauthnRefusal';
  }
}

/** A registration response that verified: what to store of the new credential. */
export interface VerifiedRegistration {
  readonly credentialId: string;
  readonly publicKey: string;
  readonly signCount: number;
  readonly transports: AuthenticatorTransportFuture[];
  readonly deviceType: string;
  readonly backedUp: boolean;
}

/** WebAuthn's user handle (user.id): the user's id as bytes, opaque, never their email. */
export function userHandleOf(userId: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(userId);
}

const TRANSPORTS: ReadonlySet<string> = new Set(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);
/** ES256, EdDSA, RS256: what platform authenticators and security keys use. */
const ALGORITHMS = [-7, -8, -257];

/**
 * The WebAuthn ceremonies, with @simplewebauthn/server doing the cryptography: options for the browser, and the
 * verification of what it sends back against the relying party of the configuration (auth.webauthn: id, name,
 * the origins the portal is served from). Each WebAuthn challenge lives on a sign_in_challenges row and is taken by
 * the first response that presents it.
 */
@Injectable()
export class WebauthnService implements WebauthnAssertionVerifier {
  constructor(
    private readonly credentials: WebauthnCredentialsRepository,
    private readonly challenges: WebauthnChallengesRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Options for navigator.credentials.create(): a discoverable credential if the authenticator can. */
  registrationOptions(
    user: { id: string; email: string; displayName: string },
    existing: readonly WebauthnCredentialRow[],
  ): Promise<PublicKeyCredentialCreationOptionsJSON> {
    const { rpId, rpName } = this.config.auth.webauthn;
    return generateRegistrationOptions({
      rpName,
      rpID: rpId,
      userName: user.email,
      userID: userHandleOf(user.id),
      userDisplayName: user.displayName,
      timeout: this.config.auth.challengeTtlSeconds * 1000,
      attestationType: 'none',
      // The same authenticator twice would be one factor counted as two.
      excludeCredentials: existing.map((row) => ({ id: row.credential_id, transports: transportsOf(row) })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
      supportedAlgorithmIDs: ALGORITHMS,
    });
  }

  /**
   * Verifies a registration response. `takeChallenge` is asked about the challenge the browser signed over and
   * uses it up (true when it was the live one).
   */
  async verifyRegistration(
    responseJson: string,
    takeChallenge: (challenge: string) => Promise<boolean>,
  ): Promise<VerifiedRegistration> {
    const response = parseResponse<RegistrationResponseJSON>(responseJson);
    const verified = await verifyRegistrationResponse({
      response,
      expectedChallenge: takeChallenge,
      expectedOrigin: [...this.config.auth.webauthn.origins],
      expectedRPID: this.config.auth.webauthn.rpId,
      // A security key without a PIN is a fine second factor; passwordless sign-in asks for verification itself.
      requireUserVerification: false,
      supportedAlgorithmIDs: ALGORITHMS,
    }).catch((error: unknown) => {
      throw new WebauthnRefusal(messageOf(error));
    });
    if (!verified.verified) throw new WebauthnRefusal('attestation not verified');
    const { credential, credentialDeviceType, credentialBackedUp } = verified.registrationInfo;
    return {
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      signCount: credential.counter,
      transports: (credential.transports ?? []).filter((transport) => TRANSPORTS.has(transport)),
      deviceType: credentialDeviceType,
      backedUp: credentialBackedUp,
    };
  }

  /** Options for navigator.credentials.get(): these credentials, or (null) any discoverable one of the RP. */
  authenticationOptions(
    allowed: readonly WebauthnCredentialRow[] | null,
    userVerification: 'required' | 'discouraged',
  ): Promise<PublicKeyCredentialRequestOptionsJSON> {
    return generateAuthenticationOptions({
      rpID: this.config.auth.webauthn.rpId,
      allowCredentials: allowed?.map((row) => ({ id: row.credential_id, transports: transportsOf(row) })),
      userVerification,
      timeout: this.config.auth.challengeTtlSeconds * 1000,
    });
  }

  /**
   * The second step of a sign-in (completeSignIn): `responseJson` must be an assertion by one of `userId`'s
   * credentials over the WebAuthn challenge kept on `challenge`. Throws WebauthnRefusal otherwise; the caller counts
   * the failure.
   */
  async verifyAuthentication(userId: string, challenge: ChallengeRow, responseJson: string): Promise<void> {
    const response = parseResponse<AuthenticationResponseJSON>(responseJson);
    const credential = await this.credentials.findByCredentialId(response.id);
    if (!credential || credential.user_id !== userId) throw new WebauthnRefusal('unknown credential');
    await this.verifyAssertion(credential, response, challenge, false);
  }

  /**
   * A passwordless sign-in: an assertion with user verification by any registered credential over the challenge
   * kept on `challenge`. Returns the credential, whose user signs in.
   */
  async verifyDiscoverable(challenge: ChallengeRow, responseJson: string): Promise<OwnedCredentialRow> {
    const response = parseResponse<AuthenticationResponseJSON>(responseJson);
    const credential = await this.credentials.findByCredentialId(response.id);
    if (!credential) throw new WebauthnRefusal('unknown credential');
    const handle = response.response.userHandle;
    if (handle && Buffer.from(handle, 'base64url').toString('utf8') !== credential.user_id)
      throw new WebauthnRefusal('user handle does not match the credential', credential);
    await this.verifyAssertion(credential, response, challenge, true);
    return credential;
  }

  /**
   * The signature, challenge, origin, RP id and flags by @simplewebauthn/server; the counter here, after the
   * signature, so that only a genuine signature with a counter that went back (a cloned authenticator) is put on
   * the record as one.
   */
  private async verifyAssertion(
    credential: OwnedCredentialRow,
    response: AuthenticationResponseJSON,
    challenge: ChallengeRow,
    requireUserVerification: boolean,
  ): Promise<void> {
    const expected = challenge.webauthn_challenge;
    if (!expected) throw new WebauthnRefusal('no WebAuthn challenge was issued', credential);
    const stored = Number(credential.sign_count);
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: async (presented) =>
        presented === expected && (await this.challenges.take(challenge.id, expected)),
      expectedOrigin: [...this.config.auth.webauthn.origins],
      expectedRPID: this.config.auth.webauthn.rpId,
      // The stored counter is compared below, once the signature is known to be genuine.
      credential: {
        id: credential.credential_id,
        publicKey: Buffer.from(credential.public_key, 'base64url'),
        counter: 0,
      },
      requireUserVerification,
    }).catch((error: unknown) => {
      throw new WebauthnRefusal(messageOf(error), credential);
    });
    if (!verified.verified) throw new WebauthnRefusal('signature not verified', credential);
    const { newCounter, credentialBackedUp } = verified.authenticationInfo;
    if ((newCounter > 0 || stored > 0) && newCounter <= stored) {
      await this.recordCounterRegression(credential, stored, newCounter);
      throw new WebauthnRefusal('signature counter did not increase', credential);
    }
    const recorded = await this.credentials.recordUse(credential.id, newCounter, credentialBackedUp);
    // Another assertion with the same counter was accepted first: one of the two came from a copy.
    if (!recorded) {
      await this.recordCounterRegression(credential, stored, newCounter);
      throw new WebauthnRefusal('signature counter did not increase', credential);
    }
  }

  /** A valid signature with a counter that did not move forward: the authenticator may have been cloned. */
  private recordCounterRegression(credential: OwnedCredentialRow, stored: number, reported: number): Promise<void> {
    return this.audit.recordStandalone({
      actor: { kind: 'USER', userId: credential.user_id, apiKeyId: null, organizationId: credential.organization_id },
      action: AuditAction.SIGN_IN_FAILED,
      outcome: AuditOutcome.DENIED,
      targetType: AuditTargetType.USER,
      targetId: credential.user_id,
      details: {
        reason: 'PASSKEY_COUNTER_REGRESSION',
        passkeyId: credential.id,
        storedCounter: stored,
        reportedCounter: reported,
      },
    });
  }
}

function transportsOf(row: WebauthnCredentialRow): AuthenticatorTransportFuture[] {
  return row.transports.filter((transport): transport is AuthenticatorTransportFuture => TRANSPORTS.has(transport));
}

/** The browser's PublicKeyCredential as JSON; its fields are checked by the verification that follows. */
function parseResponse<T extends { id: string }>(json: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new WebauthnRefusal('response is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { id?: unknown }).id !== 'string')
    throw new WebauthnRefusal('response is not a PublicKeyCredential');
  const response = (parsed as { response?: unknown }).response;
  if (typeof response !== 'object' || response === null) throw new WebauthnRefusal('response has no response');
  return parsed as T;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : 'verification failed';
}
