import { Inject, Injectable } from '@nestjs/common';
import { AccessTokenService } from '@api/auth/access-token.service';
import { PasswordHasher } from '@api/auth/password-hasher';
import type { RequestViewer } from '@api/auth/request-viewer';
import { randomToken, sha256 } from '@api/auth/secrets';
import { viewerFromRow } from '@api/auth/viewer-factory';
import { ViewerRepository } from '@api/auth/viewer.repository';
import { forbidden, unauthenticated } from '@api/common/app-errors';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { normaliseEmail } from '@api/modules/users/users.service';
import { LOCK_AFTER_FAILURES, UsersRepository } from '@api/modules/users/users.repository';
import { toViewer } from '@api/modules/viewer/models/viewer.model';
import type { LoginInput } from './dto/session.inputs';
import type { AuthPayload } from './models/auth-payload.model';
import { SessionsRepository } from './sessions.repository';

const SIGN_IN_FAILED = 'Sign-in failed: check the email and password, or try again later.';
const REFRESH_FAILED = 'This refresh token is not valid. Sign in again.';

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
    private readonly viewers: ViewerRepository,
    private readonly passwords: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Every failure — unknown email, wrong password, locked, deactivated — gets the same answer after one
   * password verification, so neither the words nor the time tell whether an account exists.
   */
  async login(input: LoginInput): Promise<AuthPayload> {
    const record = await this.users.signInRecord(normaliseEmail(input.email));
    const locked = record?.lockedUntil !== null && record?.lockedUntil !== undefined && record.lockedUntil > new Date();
    const passwordMatches = await this.passwords.verify(record && !locked ? record.passwordHash : null, input.password);
    if (!record || locked || !passwordMatches) {
      if (record && !locked) await this.users.recordFailedSignIn(record.id, LOCK_AFTER_FAILURES);
      throw unauthenticated(SIGN_IN_FAILED);
    }
    if (!record.active || !record.organizationActive) throw unauthenticated(SIGN_IN_FAILED);

    const expiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlSeconds * 1000);
    const refreshToken = randomToken();
    const sessionId = await this.sessions.transaction(async (manager) => {
      const id = await this.sessions.createSession(manager, record.id, expiresAt);
      await this.sessions.addRefreshToken(manager, id, sha256(refreshToken));
      await this.users.recordSignIn(record.id, manager);
      return id;
    });
    return this.payload(record.id, sessionId, refreshToken, expiresAt);
  }

  /** Rotates the refresh token. A token used a second time means it was stolen: its whole session ends. */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const next = randomToken();
    const outcome = await this.sessions.transaction(async (manager) => {
      const row = await this.sessions.lockRefreshToken(manager, sha256(refreshToken));
      if (!row) return { ok: false as const };
      if (row.used_at) {
        await this.sessions.revoke(row.session_id, 'REFRESH_TOKEN_REUSE', manager);
        return { ok: false as const };
      }
      if (row.revoked_at || row.expires_at <= new Date()) return { ok: false as const };
      await this.sessions.markUsed(manager, row.token_id);
      await this.sessions.addRefreshToken(manager, row.session_id, sha256(next));
      return { ok: true as const, row };
    });
    if (!outcome.ok) throw unauthenticated(REFRESH_FAILED);
    return this.payload(outcome.row.user_id, outcome.row.session_id, next, outcome.row.expires_at);
  }

  async logout(viewer: RequestViewer): Promise<boolean> {
    if (!viewer.sessionId) throw forbidden('API keys have no session; revoke the key instead.');
    await this.sessions.revoke(viewer.sessionId, 'LOGOUT');
    return true;
  }

  private async payload(
    userId: string,
    sessionId: string,
    refreshToken: string,
    refreshExpiresAt: Date,
  ): Promise<AuthPayload> {
    const row = await this.viewers.forSession(userId, sessionId);
    const viewer = row && viewerFromRow(row, 'USER', sessionId);
    if (!viewer?.active) throw unauthenticated(REFRESH_FAILED);
    return {
      accessToken: await this.accessTokens.sign({ sub: userId, sid: sessionId }),
      accessTokenExpiresAt: new Date(Date.now() + this.accessTokens.ttlSeconds * 1000),
      refreshToken,
      refreshTokenExpiresAt: refreshExpiresAt,
      viewer: toViewer(viewer),
    };
  }
}
