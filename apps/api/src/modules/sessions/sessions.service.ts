import { Inject, Injectable } from '@nestjs/common';
import { AccessTokenService } from '@api/auth/access-token.service';
import { PasswordHasher } from '@api/auth/password-hasher';
import type { RequestViewer } from '@api/auth/request-viewer';
import { randomToken, sha256 } from '@api/auth/secrets';
import { SessionEndings } from '@api/auth/session-endings';
import { viewerFromRow } from '@api/auth/viewer-factory';
import { ViewerRepository } from '@api/auth/viewer.repository';
import { forbidden, unauthenticated } from '@api/common/app-errors';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { AuditAction, AuditOutcome, AuditTargetType } from '@api/modules/audit/audit-action';
import { ANONYMOUS_ACTOR, type AuditActor, AuditService, clipText } from '@api/modules/audit/audit.service';
import { type Audited, AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import type { CompleteSignInInput } from '@api/modules/second-factor/dto/second-factor.inputs';
import type { TotpConfirmation } from '@api/modules/second-factor/models/totp-enrolment.model';
import { SecondFactorsService } from '@api/modules/second-factor/second-factors.service';
import { SignInChallengeService } from '@api/modules/second-factor/sign-in-challenge.service';
import { normaliseEmail, UsersService } from '@api/modules/users/users.service';
import { toViewer } from '@api/modules/viewer/models/viewer.model';
import type { LoginInput } from './dto/session.inputs';
import type { IssuedSession, PendingSignIn } from './models/auth-payload.model';
import { type RefreshTokenRow, type SessionOrigin, SessionsRepository, type SignInClient } from './sessions.repository';

const SIGN_IN_FAILED = 'Sign-in failed: check the email and password, or try again later.';
const REFRESH_FAILED = 'This refresh token is not valid. Sign in again.';

/** login's answer when a second step is due. */
const NO_SESSION = {
  accessToken: null,
  accessTokenExpiresAt: null,
  refreshToken: null,
  refreshTokenExpiresAt: null,
  viewer: null,
} as const;

type RefreshOutcome =
  { readonly ok: false; readonly endedSessionId?: string } | { readonly ok: true; readonly row: RefreshTokenRow };

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly users: UsersService,
    private readonly viewers: ViewerRepository,
    private readonly passwords: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    private readonly audit: AuditService,
    private readonly audited: AuditedUnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly endings: SessionEndings,
    private readonly challenges: SignInChallengeService,
    private readonly secondFactors: SecondFactorsService,
  ) {}

  /**
   * Every failure — unknown email, wrong password, locked, deactivated — gets the same answer after one
   * password verification, so neither the words nor the time tell whether an account exists.
   */
  async login(input: LoginInput, client: SignInClient = {}): Promise<IssuedSession | PendingSignIn> {
    const record = await this.users.signInRecord(normaliseEmail(input.email));
    const locked = record?.lockedUntil !== null && record?.lockedUntil !== undefined && record.lockedUntil > new Date();
    const passwordMatches = await this.passwords.verify(record && !locked ? record.passwordHash : null, input.password);
    if (!record || locked || !passwordMatches) {
      await this.recordFailure(input.email, record, !record ? 'UNKNOWN_EMAIL' : locked ? 'LOCKED' : 'WRONG_PASSWORD');
      if (record && !locked) await this.users.countFailedSignIn(record);
      throw unauthenticated(SIGN_IN_FAILED);
    }
    if (!record.active || !record.organizationActive) {
      await this.recordFailure(input.email, record, record.active ? 'ORGANIZATION_DEACTIVATED' : 'USER_DEACTIVATED');
      throw unauthenticated(SIGN_IN_FAILED);
    }

    // A second step due: no session yet, only a challenge (the password was right, which the answer does tell).
    const secondFactor = await this.challenges.afterFirstStep(record.id, 'PASSWORD', client);
    if (secondFactor) return { ...NO_SESSION, secondFactor };
    return this.issueSession(record, { method: 'PASSWORD', secondFactor: null, client });
  }

  /** The second step: a code, a recovery code or a passkey against login's challenge. Wrong ones count as lockouts do. */
  async completeSignIn(input: CompleteSignInInput, client: SignInClient): Promise<IssuedSession> {
    const passed = await this.challenges.passSecondFactor(input.challengeToken, input);
    await this.audited.run(async (manager) => {
      await this.challenges.consume(manager, passed.challenge.id);
      return { result: undefined, audit: [] };
    });
    return this.issueSession(
      { id: passed.userId, organizationId: passed.organizationId },
      { method: passed.signInMethod, secondFactor: passed.secondFactor, client },
    );
  }

  /**
   * A user who had to enrol before signing in confirms their authenticator app under the ENROL challenge: the app,
   * its recovery codes and the challenge's use in one transaction, then the session. A wrong code spends one of the
   * challenge's attempts (not the account's: the seed is brand new).
   */
  async completeTotpEnrolment(
    challengeToken: string,
    code: string,
    client: SignInClient,
  ): Promise<TotpConfirmation & { session: IssuedSession }> {
    const subject = await this.challenges.enrolmentSubject(challengeToken);
    let step: number;
    try {
      step = await this.secondFactors.firstTotpStep(subject.userId, code);
    } catch (error) {
      await this.challenges.spendEnrolmentAttempt(challengeToken);
      throw error;
    }
    const user = { id: subject.userId, organizationId: subject.organizationId };
    const recoveryCodes = await this.audited.run(async (manager) => {
      await this.challenges.consume(manager, subject.challenge.id);
      return this.secondFactors.confirmTotp(manager, user, step);
    });
    const session = await this.issueSession(user, { method: subject.signInMethod, secondFactor: 'TOTP', client });
    return { recoveryCodes, session };
  }

  /**
   * The last step of every sign-in (password, second factor, passkey, single sign-on): a new session that records
   * how it was made, its first refresh token, and the SIGN_IN record, in one transaction.
   */
  async issueSession(
    user: { id: string; organizationId: string },
    how: SessionOrigin,
    details: Record<string, string> = {},
  ): Promise<IssuedSession> {
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlSeconds * 1000);
    const refreshToken = randomToken();
    const sessionId = await this.audited.run(async (manager) => {
      const id = await this.sessions.createSession(manager, user.id, expiresAt, how);
      await this.sessions.addRefreshToken(manager, id, sha256(refreshToken));
      await this.users.recordSignIn(user.id, manager);
      return {
        result: id,
        audit: {
          actor: this.claimedBy(user),
          action: AuditAction.SIGN_IN,
          targetType: AuditTargetType.SESSION,
          targetId: id,
          details: { method: how.method, ...(how.secondFactor ? { secondFactor: how.secondFactor } : {}), ...details },
        },
      };
    });
    return this.payload(user.id, sessionId, refreshToken, expiresAt);
  }

  /** Rotates the refresh token. A token used a second time means it was stolen: its whole session ends. */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const next = randomToken();
    const refused: Audited<RefreshOutcome> = { result: { ok: false }, audit: [] };
    const outcome = await this.audited.run<RefreshOutcome>(async (manager) => {
      const row = await this.sessions.lockRefreshToken(manager, sha256(refreshToken));
      if (!row) return refused;
      if (row.used_at) {
        await this.sessions.revoke(row.session_id, 'REFRESH_TOKEN_REUSE', manager);
        // A replayed token is a theft signal: on the record with the session it ended, in the same transaction.
        return {
          result: { ok: false, endedSessionId: row.session_id },
          audit: {
            actor: this.claimedBy({ id: row.user_id, organizationId: row.organization_id }),
            action: AuditAction.REFRESH_TOKEN_REUSED,
            outcome: AuditOutcome.DENIED,
            targetType: AuditTargetType.SESSION,
            targetId: row.session_id,
            details: { sessionAlreadyEnded: row.revoked_at !== null },
          },
        };
      }
      if (row.revoked_at || row.expires_at <= new Date()) return refused;
      await this.sessions.markUsed(manager, row.token_id);
      await this.sessions.addRefreshToken(manager, row.session_id, sha256(next));
      await this.sessions.recordUse(manager, row.session_id);
      return { result: { ok: true, row }, audit: [] };
    });
    if (!outcome.ok) {
      if (outcome.endedSessionId) this.endings.announce([outcome.endedSessionId]);
      throw unauthenticated(REFRESH_FAILED);
    }
    return this.payload(outcome.row.user_id, outcome.row.session_id, next, outcome.row.expires_at);
  }

  async logout(viewer: RequestViewer): Promise<boolean> {
    if (!viewer.sessionId) throw forbidden('API keys have no session; revoke the key instead.');
    const sessionId = viewer.sessionId;
    await this.audited.run(async (manager) => {
      await this.sessions.revoke(sessionId, 'LOGOUT', manager);
      return {
        result: true,
        audit: {
          actor: viewer,
          action: AuditAction.SIGN_OUT,
          targetType: AuditTargetType.SESSION,
          targetId: sessionId,
        },
      };
    });
    this.endings.announce([sessionId]);
    return true;
  }

  /** Sign-out from a browser, which holds its refresh token (in a cookie) but no session id: ends that session. */
  async logoutByRefreshToken(refreshToken: string): Promise<void> {
    const ended = await this.audited.run<string | null>(async (manager) => {
      const row = await this.sessions.lockRefreshToken(manager, sha256(refreshToken));
      if (!row || row.revoked_at) return { result: null, audit: [] };
      await this.sessions.revoke(row.session_id, 'LOGOUT', manager);
      return {
        result: row.session_id,
        audit: {
          actor: this.claimedBy({ id: row.user_id, organizationId: row.organization_id }),
          action: AuditAction.SIGN_OUT,
          targetType: AuditTargetType.SESSION,
          targetId: row.session_id,
        },
      };
    });
    if (ended) this.endings.announce([ended]);
  }

  /** A failed sign-in against an existing account is that account's record; its organization's admins see it. */
  private claimedBy(record: { id: string; organizationId: string }): AuditActor {
    return { kind: 'USER', userId: record.id, apiKeyId: null, organizationId: record.organizationId };
  }

  /** The email as typed (bounded): what an investigator needs to see a password-spraying run. */
  private recordFailure(
    email: string,
    record: { id: string; organizationId: string } | null,
    reason: string,
  ): Promise<void> {
    return this.audit.recordStandalone({
      actor: record ? this.claimedBy(record) : ANONYMOUS_ACTOR,
      action: AuditAction.SIGN_IN_FAILED,
      outcome: AuditOutcome.FAILED,
      targetType: record ? AuditTargetType.USER : undefined,
      targetId: record?.id ?? null,
      details: { email: clipText(email), reason },
    });
  }

  private async payload(
    userId: string,
    sessionId: string,
    refreshToken: string,
    refreshExpiresAt: Date,
  ): Promise<IssuedSession> {
    const row = await this.viewers.forSession(userId, sessionId);
    const viewer = row && viewerFromRow(row, 'USER', sessionId);
    if (!viewer?.active) throw unauthenticated(REFRESH_FAILED);
    return {
      accessToken: await this.accessTokens.sign({ sub: userId, sid: sessionId }),
      accessTokenExpiresAt: new Date(Date.now() + this.accessTokens.ttlSeconds * 1000),
      refreshToken,
      refreshTokenExpiresAt: refreshExpiresAt,
      viewer: toViewer(viewer),
      secondFactor: null,
    };
  }
}
