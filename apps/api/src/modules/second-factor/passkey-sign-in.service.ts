import { Injectable } from '@nestjs/common';
import { badInput, unauthenticated } from '@api/common/app-errors';
import { AuditAction, AuditOutcome, AuditTargetType } from '@api/modules/audit/audit-action';
import { ANONYMOUS_ACTOR, type AuditActor, AuditService } from '@api/modules/audit/audit.service';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import type { IssuedSession } from '@api/modules/sessions/models/auth-payload.model';
import { SessionsService } from '@api/modules/sessions/sessions.service';
import { UsersService } from '@api/modules/users/users.service';
import type { PasskeySignInChallenge } from './models/passkey.model';
import { SignInChallengeService, type SignInClient } from './sign-in-challenge.service';
import { WebauthnChallengesRepository } from './webauthn-challenges.repository';
import { type OwnedCredentialRow, WebauthnCredentialsRepository } from './webauthn-credentials.repository';
import { WebauthnRefusal, WebauthnService } from './webauthn.service';

const PASSKEY_FAILED = 'Sign-in with this passkey failed. Try again, or sign in with your password.';
const NOT_ALLOWED = 'Your organization does not allow signing in with a passkey alone: sign in with your password.';

/**
 * Signing in with a passkey: as the second step after a password (options for login's challenge), or alone where
 * the user's organization allows it. A passkey that verified its user is then both factors: the session records
 * PASSKEY as its method and WEBAUTHN as its second factor.
 */
@Injectable()
export class PasskeySignInService {
  constructor(
    private readonly webauthn: WebauthnService,
    private readonly credentials: WebauthnCredentialsRepository,
    private readonly webauthnChallenges: WebauthnChallengesRepository,
    private readonly challenges: SignInChallengeService,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly audited: AuditedUnitOfWork,
  ) {}

  /**
   * PublicKeyCredentialRequestOptionsJSON (as JSON text) for the second step of login's challenge: the user's own
   * credentials, presence without verification (the password was the other factor). A new call replaces the last
   * challenge.
   */
  async secondFactorOptions(challengeToken: string): Promise<string> {
    const challenge = await this.challenges.live(challengeToken, ['SECOND_FACTOR']);
    const owned = challenge.user_id ? await this.credentials.listForUser(challenge.user_id) : [];
    if (owned.length === 0) throw badInput('No passkey is registered for this account: use another method.');
    const options = await this.webauthn.authenticationOptions(owned, 'discouraged');
    await this.challenges.setWebauthnChallenge(challenge.id, options.challenge);
    return JSON.stringify(options);
  }

  /** A passwordless sign-in begins: no account named yet, any discoverable passkey of this site may answer. */
  async begin(client: SignInClient): Promise<PasskeySignInChallenge> {
    await this.webauthnChallenges.sweepPasswordless();
    const { token, row } = await this.challenges.open('PASSKEY', null, 'PASSKEY', client);
    const options = await this.webauthn.authenticationOptions(null, 'required');
    await this.challenges.setWebauthnChallenge(row.id, options.challenge);
    return { challengeToken: token, expiresAt: row.expires_at, optionsJson: JSON.stringify(options) };
  }

  /**
   * The passkey's answer: verified (with user verification), its owner still able to sign in, and their
   * organization allowing passwordless sign-in. The WebAuthn challenge is spent by the first answer signed over it,
   * right or wrong; the sign-in challenge by the session it yields.
   */
  async finish(challengeToken: string, responseJson: string, client: SignInClient): Promise<IssuedSession> {
    const challenge = await this.challenges.live(challengeToken, ['PASSKEY']);
    let credential: OwnedCredentialRow;
    try {
      credential = await this.webauthn.verifyDiscoverable(challenge, responseJson);
    } catch (error) {
      if (!(error instanceof WebauthnRefusal)) throw error;
      await this.refuse(error.credential, error.credential ? 'WRONG_PASSKEY' : 'UNKNOWN_PASSKEY', error.reason);
      throw unauthenticated(PASSKEY_FAILED);
    }
    const owner = await this.credentials.ownerStanding(credential.user_id);
    const locked = owner?.locked_until ? owner.locked_until > new Date() : false;
    if (!owner || !owner.active || !owner.organization_active || locked) {
      await this.refuse(credential, locked ? 'LOCKED' : 'DEACTIVATED');
      throw unauthenticated(PASSKEY_FAILED);
    }
    if (!owner.allow_passwordless) {
      await this.refuse(credential, 'PASSWORDLESS_NOT_ALLOWED');
      throw unauthenticated(NOT_ALLOWED);
    }
    await this.audited.run(async (manager) => {
      await this.challenges.consume(manager, challenge.id);
      return { result: undefined, audit: [] };
    });
    return this.sessions.issueSession(
      { id: owner.id, organizationId: owner.organization_id },
      { method: 'PASSKEY', secondFactor: 'WEBAUTHN', client },
      { passkeyId: credential.id },
    );
  }

  /**
   * On the record as a failed sign-in of the passkey's owner, when it is one of ours; a bad signature also counts
   * toward their lockout, as a wrong password does.
   */
  private async refuse(credential: OwnedCredentialRow | null, reason: string, detail?: string): Promise<void> {
    const actor: AuditActor = credential
      ? { kind: 'USER', userId: credential.user_id, apiKeyId: null, organizationId: credential.organization_id }
      : ANONYMOUS_ACTOR;
    await this.audit.recordStandalone({
      actor,
      action: AuditAction.SIGN_IN_FAILED,
      outcome: AuditOutcome.FAILED,
      targetType: credential ? AuditTargetType.USER : undefined,
      targetId: credential?.user_id ?? null,
      details: {
        method: 'PASSKEY',
        reason,
        ...(credential ? { passkeyId: credential.id } : {}),
        ...(detail ? { detail } : {}),
      },
    });
    if (!credential || reason !== 'WRONG_PASSKEY') return;
    await this.users.countFailedSignIn({ id: credential.user_id, organizationId: credential.organization_id });
  }
}
