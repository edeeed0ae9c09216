import { Inject, Injectable } from '@nestjs/common';
import type { RequestViewer } from '@api/auth/request-viewer';
import { badInput, conflict, unauthenticated } from '@api/common/app-errors';
import { isUniqueViolation } from '@api/common/database-errors';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { UnitOfWork } from '@api/database/unit-of-work';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import type { AuditActor } from '@api/modules/audit/audit.service';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import type { IssuedSession } from '@api/modules/sessions/models/auth-payload.model';
import { SessionsService } from '@api/modules/sessions/sessions.service';
import { UsersService } from '@api/modules/users/users.service';
import type { FinishPasskeyRegistrationInput } from './dto/passkey.inputs';
import type { PasskeyRegistration } from './models/passkey.model';
import { toPasskey } from './passkeys.service';
import { SecondFactorsService, selfOf, userActor } from './second-factors.service';
import { type EnrolmentSubject, SignInChallengeService, type SignInClient } from './sign-in-challenge.service';
import { WebauthnChallengesRepository } from './webauthn-challenges.repository';
import { WebauthnCredentialsRepository } from './webauthn-credentials.repository';
import { type VerifiedRegistration, WebauthnRefusal, WebauthnService } from './webauthn.service';

/** Enough for a person's keys and devices; it also bounds the excludeCredentials list sent to the browser. */
export const MAX_PASSKEYS = 20;
const NOT_VERIFIED = 'This passkey could not be verified. Start again and use the same browser tab.';

/**
 * Adding a passkey: by a signed-in user, or under an ENROL challenge by a user who must have a factor before they
 * may sign in, in which case the first passkey also completes that sign-in.
 */
@Injectable()
export class PasskeyRegistrationService {
  constructor(
    private readonly webauthn: WebauthnService,
    private readonly credentials: WebauthnCredentialsRepository,
    private readonly webauthnChallenges: WebauthnChallengesRepository,
    private readonly challenges: SignInChallengeService,
    private readonly factors: SecondFactorsService,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly unit: UnitOfWork,
    private readonly audited: AuditedUnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** PublicKeyCredentialCreationOptionsJSON, as JSON text. */
  async begin(viewer: RequestViewer | null, challengeToken: string | null | undefined): Promise<string> {
    if (challengeToken) {
      const subject = await this.challenges.enrolmentSubject(challengeToken);
      const options = await this.options(subject.userId);
      await this.challenges.setWebauthnChallenge(subject.challenge.id, options.challenge);
      return JSON.stringify(options);
    }
    const user = selfOf(signedIn(viewer));
    const options = await this.options(user.id);
    await this.unit.run((manager) =>
      this.webauthnChallenges.openRegistration(
        manager,
        user.id,
        options.challenge,
        this.config.auth.challengeTtlSeconds,
      ),
    );
    return JSON.stringify(options);
  }

  async finish(
    viewer: RequestViewer | null,
    input: FinishPasskeyRegistrationInput,
    client: SignInClient,
  ): Promise<PasskeyRegistration> {
    if (input.challengeToken) return this.finishEnrolment(input.challengeToken, input, client);
    const user = selfOf(signedIn(viewer));
    const verified = await this.verify(input.response, (challenge) =>
      this.webauthnChallenges.takeRegistration(user.id, challenge),
    );
    const { passkey, recoveryCodes } = await this.store(user, verified, input.name, viewer ?? userActor(user));
    return { passkey, recoveryCodes, session: null };
  }

  /** The first factor of a user who must enrol before signing in: stored, then the sign-in completes. */
  async finishEnrolment(
    challengeToken: string,
    input: { readonly response: string; readonly name: string },
    client: SignInClient,
  ): Promise<PasskeyRegistration & { session: IssuedSession }> {
    const subject = await this.challenges.enrolmentSubject(challengeToken);
    const expected = subject.challenge.webauthn_challenge;
    let verified: VerifiedRegistration;
    try {
      verified = await this.verify(
        input.response,
        async (challenge) =>
          challenge === expected && (await this.webauthnChallenges.take(subject.challenge.id, challenge)),
      );
    } catch (error) {
      await this.challenges.spendEnrolmentAttempt(challengeToken);
      throw error;
    }
    const user = { id: subject.userId, organizationId: subject.organizationId };
    const { passkey, recoveryCodes } = await this.store(user, verified, input.name, userActor(user), subject);
    const session = await this.sessions.issueSession(user, {
      method: subject.signInMethod,
      secondFactor: 'WEBAUTHN',
      client,
    });
    return { passkey, recoveryCodes, session };
  }

  private async options(userId: string) {
    const user = await this.users.getSelf(userId);
    if (!user) throw unauthenticated();
    const existing = await this.credentials.listForUser(userId);
    if (existing.length >= MAX_PASSKEYS)
      throw badInput(`You have ${MAX_PASSKEYS} passkeys, the most an account may have: remove one first.`);
    return this.webauthn.registrationOptions(user, existing);
  }

  private async verify(
    responseJson: string,
    takeChallenge: (challenge: string) => Promise<boolean>,
  ): Promise<VerifiedRegistration> {
    try {
      return await this.webauthn.verifyRegistration(responseJson, takeChallenge);
    } catch (error) {
      if (error instanceof WebauthnRefusal)
        throw badInput(NOT_VERIFIED, [{ field: 'response', problems: [error.reason] }]);
      throw error;
    }
  }

  /** The credential, the recovery codes of a first factor and (under an ENROL challenge) its use, in one unit. */
  private async store(
    user: { id: string; organizationId: string },
    verified: VerifiedRegistration,
    name: string,
    actor: AuditActor,
    enrolment?: EnrolmentSubject,
  ) {
    try {
      return await this.audited.run(async (manager) => {
        if (enrolment) await this.challenges.consume(manager, enrolment.challenge.id);
        await this.credentials.lockOwner(manager, user.id);
        const row = await this.credentials.insert(manager, { ...verified, userId: user.id, name: name.trim() });
        const codes = await this.factors.recoveryCodesForNewFactor(manager, user.id, actor);
        const enrolled = {
          actor,
          action: AuditAction.SECOND_FACTOR_ENROLLED,
          targetType: AuditTargetType.USER,
          targetId: user.id,
          details: { method: 'WEBAUTHN', passkeyId: row.id, name: row.name, backedUp: row.backed_up },
        };
        return {
          result: { passkey: toPasskey(row), recoveryCodes: codes.result },
          audit: [enrolled, ...[codes.audit].flat()],
        };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'webauthn_credentials_credential_id_key'))
        throw conflict('This passkey is already registered.');
      throw error;
    }
  }
}

function signedIn(viewer: RequestViewer | null): RequestViewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}
