import { Injectable } from '@nestjs/common';
import { administers } from '@api/auth/organization-scope';
import type { RequestViewer } from '@api/auth/request-viewer';
import { SessionEndings } from '@api/auth/session-endings';
import { forbidden, notFound } from '@api/common/app-errors';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import type { User } from '@api/modules/users/models/user.model';
import { UsersService } from '@api/modules/users/users.service';
import type { SetOrganizationSignInPolicyInput } from './dto/second-factor.inputs';
import { SecondFactorsRepository } from './second-factors.repository';

/**
 * What administrators do about second factors: reset a member's (who lost their phone and their codes) and set
 * their organization's sign-in policy. They never see a factor: a reset removes, it does not reveal.
 */
@Injectable()
export class SecondFactorAdminService {
  constructor(
    private readonly factors: SecondFactorsRepository,
    private readonly users: UsersService,
    private readonly audited: AuditedUnitOfWork,
    private readonly endings: SessionEndings,
  ) {}

  /**
   * Removes the member's authenticator app, passkeys and recovery codes and ends their sessions: they sign in
   * again with their password and, if they need a factor, enrol a new one. Not on oneself (a stolen session must
   * not strip its own account's factors): another administrator does it.
   */
  async reset(viewer: RequestViewer, userId: string): Promise<User> {
    const user = await this.users.getManaged(viewer, userId);
    if (!user) throw notFound('User');
    if (user.id === viewer.userId)
      throw forbidden('Nobody resets their own second factors: ask another administrator.');
    const endedSessions = await this.audited.run(async (manager) => {
      const totp = await this.factors.deleteTotp(manager, user.id);
      const passkeys = await this.factors.deletePasskeys(manager, user.id);
      const recoveryCodes = await this.factors.deleteRecoveryCodes(manager, user.id);
      const sessions = await this.factors.revokeSessions(manager, user.id, 'SECOND_FACTORS_RESET');
      return {
        result: sessions,
        audit: {
          actor: viewer,
          action: AuditAction.SECOND_FACTORS_RESET,
          targetType: AuditTargetType.USER,
          targetId: user.id,
          details: { totp, passkeys, recoveryCodes, sessionsEnded: sessions.length },
        },
      };
    });
    this.endings.announce(endedSessions);
    return user;
  }

  /** An organization's administrators set their own; platform administrators anyone's. */
  async setSignInPolicy(viewer: RequestViewer, input: SetOrganizationSignInPolicyInput): Promise<void> {
    if (!administers(viewer, input.organizationId)) throw notFound('Organization');
    await this.audited.run(async (manager) => {
      const before = await this.factors.lockPolicy(manager, input.organizationId);
      if (!before) throw notFound('Organization');
      const after = {
        require_second_factor: input.requireSecondFactor ?? before.require_second_factor,
        allow_passwordless: input.allowPasswordless ?? before.allow_passwordless,
      };
      await this.factors.setPolicy(manager, input.organizationId, after);
      return {
        result: undefined,
        audit: {
          actor: viewer,
          action: AuditAction.SIGN_IN_POLICY_CHANGED,
          targetType: AuditTargetType.ORGANIZATION,
          targetId: input.organizationId,
          details: {
            before: { requireSecondFactor: before.require_second_factor, allowPasswordless: before.allow_passwordless },
            after: { requireSecondFactor: after.require_second_factor, allowPasswordless: after.allow_passwordless },
          },
        },
      };
    });
  }
}
