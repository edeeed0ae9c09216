import { Injectable } from '@nestjs/common';
import type { RequestViewer } from '@api/auth/request-viewer';
import { SessionEndings } from '@api/auth/session-endings';
import { forbidden, notFound } from '@api/common/app-errors';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import { UsersService } from '@api/modules/users/users.service';
import { type ActiveSessionRow, ActiveSessionsRepository, type EndReason } from './active-sessions.repository';
import { deviceLabel } from './device-label';
import type { ActiveSession, SessionSecondFactor, SignInMethod } from './models/active-session.model';

function toActiveSession(row: ActiveSessionRow, currentSessionId: string | null): ActiveSession {
  return {
    id: row.id,
    current: row.id === currentSessionId,
    signInMethod: row.sign_in_method as SignInMethod,
    secondFactor: row.second_factor as SessionSecondFactor | null,
    device: deviceLabel(row.user_agent),
    userAgent: row.user_agent,
    ipAddress: row.ip_address,
    startedAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
  };
}

const NO_SESSIONS = 'API keys have no sessions.';

/**
 * The sessions a person can see and end: their own, and, for an organization administrator, their members'
 * (every user's for a platform administrator). A member outside the caller's scope is NOT_FOUND, like a missing
 * one. Every ending is on the audit trail, and closes the ended sessions' open sockets (SessionEndings).
 */
@Injectable()
export class ActiveSessionsService {
  constructor(
    private readonly sessions: ActiveSessionsRepository,
    private readonly users: UsersService,
    private readonly audited: AuditedUnitOfWork,
    private readonly endings: SessionEndings,
  ) {}

  async mine(viewer: RequestViewer): Promise<ActiveSession[]> {
    const rows = await this.sessions.listActive(this.ownUserId(viewer));
    return rows.map((row) => toActiveSession(row, viewer.sessionId));
  }

  /** Ends one of the caller's own sessions (the current one too: that is signing out). */
  async endOne(viewer: RequestViewer, sessionId: string): Promise<boolean> {
    const userId = this.ownUserId(viewer);
    const ended = await this.audited.run(async (manager) => {
      const id = await this.sessions.endOne(manager, userId, sessionId, 'ENDED_BY_USER');
      if (!id) throw notFound('Session');
      return {
        result: id,
        audit: {
          actor: viewer,
          action: AuditAction.SESSION_ENDED,
          targetType: AuditTargetType.SESSION,
          targetId: id,
          details: { current: id === viewer.sessionId },
        },
      };
    });
    this.endings.announce([ended]);
    return true;
  }

  /** "Sign out everywhere else": every session of the caller's but the one this request is made with. */
  async endOthers(viewer: RequestViewer): Promise<number> {
    const userId = this.ownUserId(viewer);
    const current = viewer.sessionId;
    if (!current) throw forbidden(NO_SESSIONS);
    return this.endAll(viewer, userId, 'ENDED_BY_USER', current, AuditAction.OTHER_SESSIONS_ENDED);
  }

  async ofMember(viewer: RequestViewer, userId: string): Promise<ActiveSession[]> {
    await this.requireMember(viewer, userId);
    const rows = await this.sessions.listActive(userId);
    return rows.map((row) => toActiveSession(row, viewer.sessionId));
  }

  async endMemberSessions(viewer: RequestViewer, userId: string): Promise<number> {
    await this.requireMember(viewer, userId);
    return this.endAll(viewer, userId, 'ENDED_BY_ADMIN', null, AuditAction.USER_SESSIONS_ENDED);
  }

  private async endAll(
    viewer: RequestViewer,
    userId: string,
    reason: EndReason,
    keep: string | null,
    action: AuditAction,
  ): Promise<number> {
    const ended = await this.audited.run(async (manager) => {
      const ids = await this.sessions.endAll(manager, userId, reason, keep);
      // Nothing ended, nothing to record.
      if (ids.length === 0) return { result: ids, audit: [] };
      return {
        result: ids,
        audit: {
          actor: viewer,
          action,
          targetType: AuditTargetType.USER,
          targetId: userId,
          details: { sessionIds: ids },
        },
      };
    });
    this.endings.announce(ended);
    return ended.length;
  }

  private ownUserId(viewer: RequestViewer): string {
    if (viewer.kind !== 'USER' || !viewer.userId) throw forbidden(NO_SESSIONS);
    return viewer.userId;
  }

  /** The user, if the caller manages them (UsersService's scope); NOT_FOUND otherwise, as for no such user. */
  private async requireMember(viewer: RequestViewer, userId: string): Promise<void> {
    if (!(await this.users.getManaged(viewer, userId))) throw notFound('User');
  }
}
