import { Inject, Injectable } from '@nestjs/common';
import type { RequestViewer } from '@api/auth/request-viewer';
import { forbidden, notFound } from '@api/common/app-errors';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import type { Passkey } from './models/passkey.model';
import { SecondFactorsRepository } from './second-factors.repository';
import { selfOf } from './second-factors.service';
import { factorRequired } from './sign-in-challenge.service';
import { type WebauthnCredentialRow, WebauthnCredentialsRepository } from './webauthn-credentials.repository';

export function toPasskey(row: WebauthnCredentialRow): Passkey {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    backedUp: row.backed_up,
  };
}

/** A user's own passkeys: listed, renamed, removed. Another user's passkey is NOT_FOUND, like a missing one. */
@Injectable()
export class PasskeysService {
  constructor(
    private readonly credentials: WebauthnCredentialsRepository,
    private readonly factors: SecondFactorsRepository,
    private readonly audited: AuditedUnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(userId: string): Promise<Passkey[]> {
    return (await this.credentials.listForUser(userId)).map(toPasskey);
  }

  async rename(viewer: RequestViewer, id: string, name: string): Promise<Passkey> {
    const user = selfOf(viewer);
    return this.audited.run(async (manager) => {
      const row = await this.credentials.rename(manager, user.id, id, name.trim());
      if (!row) throw notFound('Passkey');
      return {
        result: toPasskey(row),
        audit: {
          actor: viewer,
          action: AuditAction.PASSKEY_RENAMED,
          targetType: AuditTargetType.USER,
          targetId: user.id,
          details: { passkeyId: row.id, name: row.name },
        },
      };
    });
  }

  /**
   * Refused when it is the last factor of a user who needs one. The recovery codes go with the last factor, as
   * they are its fallback.
   */
  async remove(viewer: RequestViewer, id: string): Promise<Passkey> {
    const user = selfOf(viewer);
    return this.audited.run(async (manager) => {
      // Two removals at once must not both see the other passkey as the one that stays.
      await this.credentials.lockOwner(manager, user.id);
      const summary = await this.factors.summary(user.id, manager);
      const row = await this.credentials.remove(manager, user.id, id);
      if (!summary || !row) throw notFound('Passkey');
      const last = !summary.totp && summary.passkeys <= 1;
      if (last && factorRequired(summary, this.config))
        throw forbidden('Your account needs a second factor: add another passkey or an authenticator app first.');
      const recoveryCodesRemoved = last ? await this.factors.deleteRecoveryCodes(manager, user.id) : 0;
      return {
        result: toPasskey(row),
        audit: {
          actor: viewer,
          action: AuditAction.SECOND_FACTOR_REMOVED,
          targetType: AuditTargetType.USER,
          targetId: user.id,
          details: { method: 'WEBAUTHN', passkeyId: row.id, name: row.name, recoveryCodesRemoved },
        },
      };
    });
  }
}
