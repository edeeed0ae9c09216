import { Inject, Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import type { EntityManager } from 'typeorm';
import type { RequestViewer } from '@api/auth/request-viewer';
import { SecretBox } from '@api/auth/secret-box';
import { badInput, conflict, forbidden, unauthenticated } from '@api/common/app-errors';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import type { AuditActor, AuditEntry } from '@api/modules/audit/audit.service';
import { type Audited, AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import type { SecondFactorStatus } from './models/second-factor-status.model';
import type { TotpEnrolment } from './models/totp-enrolment.model';
import { newRecoveryCodes, RECOVERY_CODE_COUNT, recoveryCodeHash } from './recovery-codes';
import { type FactorSummary, SecondFactorsRepository } from './second-factors.repository';
import { factorRequired, hasSecondFactor, totpContext } from './sign-in-challenge.service';
import { matchTotpStep, newTotpSecret, totpUri } from './totp';

const WRONG_FIRST_CODE = 'That code does not match: check the time on your phone and enter the current code.';

/** The user a second-factor change is recorded against, when they act on their own account. */
export function userActor(user: { id: string; organizationId: string }): AuditActor {
  return { kind: 'USER', userId: user.id, apiKeyId: null, organizationId: user.organizationId };
}

/**
 * A user's own second factors: the authenticator app (enrol, confirm, remove) and the recovery codes. Seeds are
 * sealed (SecretBox), recovery codes hashed; neither is ever shown again after enrolment.
 */
@Injectable()
export class SecondFactorsService {
  constructor(
    private readonly factors: SecondFactorsRepository,
    private readonly secrets: SecretBox,
    private readonly audited: AuditedUnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(userId: string): Promise<SecondFactorStatus> {
    const summary = await this.summary(userId);
    return {
      userId,
      required: factorRequired(summary, this.config),
      totp: summary.totp,
      recoveryCodesLeft: summary.recovery_codes_left,
    };
  }

  /** A new seed, pending until a first code confirms it; replaces a pending one. */
  async beginTotp(userId: string): Promise<TotpEnrolment> {
    const summary = await this.summary(userId);
    const secret = newTotpSecret();
    if (!(await this.factors.putPendingTotp(userId, this.secrets.seal(secret, totpContext(userId)))))
      throw conflict('An authenticator app is already enrolled: remove it first to enrol another.');
    const otpauthUri = totpUri(secret, this.config.auth.webauthn.rpName, summary.email);
    const qrCodeSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, otpauthUri, qrCodeSvg };
  }

  /** The step of `code` under the pending seed; BAD_USER_INPUT when it does not match (nothing is counted here). */
  async firstTotpStep(userId: string, code: string): Promise<number> {
    const factor = await this.factors.totp(userId);
    if (!factor) throw badInput('Begin the enrolment first: there is no authenticator app waiting to be confirmed.');
    if (factor.confirmed_at) throw conflict('This authenticator app is already confirmed.');
    const step = matchTotpStep(this.secrets.open(factor.secret_ciphertext, totpContext(userId)), code, null);
    if (step === null) throw badInput(WRONG_FIRST_CODE, [{ field: 'code', problems: ['does not match'] }]);
    return step;
  }

  /**
   * Confirms the pending seed, in the caller's transaction, with fresh recovery codes when the user has none left.
   * Returns the codes (shown once) and the records to write.
   */
  async confirmTotp(
    manager: EntityManager,
    user: { id: string; organizationId: string },
    step: number,
    actor: AuditActor = userActor(user),
  ): Promise<Audited<string[]>> {
    if (!(await this.factors.confirmTotp(manager, user.id, step)))
      throw conflict('This authenticator app is already confirmed.');
    const codes = await this.recoveryCodesForNewFactor(manager, user.id, actor);
    const enrolled: AuditEntry = {
      actor,
      action: AuditAction.SECOND_FACTOR_ENROLLED,
      targetType: AuditTargetType.USER,
      targetId: user.id,
      details: { method: 'TOTP' },
    };
    return { result: codes.result, audit: [enrolled, ...[codes.audit].flat()] };
  }

  /**
   * With a new factor (an app, a passkey), in its transaction: ten recovery codes if the user has none left,
   * else none (the ones they have keep working).
   */
  async recoveryCodesForNewFactor(
    manager: EntityManager,
    userId: string,
    actor: AuditActor,
  ): Promise<Audited<string[]>> {
    const summary = await this.summary(userId, manager);
    if (summary.recovery_codes_left > 0) return { result: [], audit: [] };
    const codes = await this.replaceRecoveryCodes(manager, userId);
    return { result: codes, audit: this.codesGenerated(actor, userId) };
  }

  /** Confirmation by a signed-in user (no challenge): the recovery codes when new. */
  async confirmTotpSignedIn(viewer: RequestViewer, code: string): Promise<string[]> {
    const user = selfOf(viewer);
    const step = await this.firstTotpStep(user.id, code);
    return this.audited.run((manager) => this.confirmTotp(manager, user, step, viewer));
  }

  /**
   * Removes the app. Refused when it is the last factor of a user who needs one; the recovery codes go with the
   * last factor, as they are its fallback.
   */
  async removeTotp(viewer: RequestViewer): Promise<SecondFactorStatus> {
    const user = selfOf(viewer);
    const summary = await this.summary(user.id);
    if (!summary.totp) throw badInput('No authenticator app is enrolled.');
    const last = summary.passkeys === 0;
    if (last && factorRequired(summary, this.config))
      throw forbidden('Your account needs a second factor: add a passkey before removing the authenticator app.');
    await this.audited.run(async (manager) => {
      await this.factors.deleteTotp(manager, user.id);
      const recoveryCodesRemoved = last ? await this.factors.deleteRecoveryCodes(manager, user.id) : 0;
      return {
        result: undefined,
        audit: {
          actor: viewer,
          action: AuditAction.SECOND_FACTOR_REMOVED,
          targetType: AuditTargetType.USER,
          targetId: user.id,
          details: { method: 'TOTP', recoveryCodesRemoved },
        },
      };
    });
    return this.status(user.id);
  }

  /** Ten new codes replacing all the old ones; only for a user who has a factor they back up. */
  async regenerateRecoveryCodes(viewer: RequestViewer): Promise<string[]> {
    const user = selfOf(viewer);
    if (!hasSecondFactor(await this.summary(user.id)))
      throw badInput('Enrol an authenticator app or a passkey first: recovery codes back up a second factor.');
    return this.audited.run(async (manager) => ({
      result: await this.replaceRecoveryCodes(manager, user.id),
      audit: this.codesGenerated(viewer, user.id),
    }));
  }

  private async replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await this.factors.replaceRecoveryCodes(manager, userId, codes.map(recoveryCodeHash));
    return codes;
  }

  private codesGenerated(actor: AuditActor, userId: string): AuditEntry {
    return {
      actor,
      action: AuditAction.RECOVERY_CODES_GENERATED,
      targetType: AuditTargetType.USER,
      targetId: userId,
      details: { count: RECOVERY_CODE_COUNT },
    };
  }

  private async summary(userId: string, manager?: EntityManager): Promise<FactorSummary> {
    const summary = await this.factors.summary(userId, manager);
    if (!summary) throw unauthenticated();
    return summary;
  }
}

/** The signed-in user acting on their own factors: API keys have none. */
export function selfOf(viewer: RequestViewer): { id: string; organizationId: string } {
  if (viewer.kind !== 'USER' || !viewer.userId || !viewer.organizationId)
    throw forbidden('API keys have no second factors.');
  return { id: viewer.userId, organizationId: viewer.organizationId };
}
