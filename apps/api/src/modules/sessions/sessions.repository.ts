import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { NOW, type ResultOf, run, runFirst, sqlOf } from '@api/database/typed-sql';

/** What lockRefreshToken reads (and locks). */
const lockedRefreshToken = (tokenHash: string) =>
  sqlOf((db) =>
    db
      .selectFrom('refresh_tokens as rt')
      .innerJoin('sessions as s', 's.id', 'rt.session_id')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select([
        'rt.id as token_id',
        'rt.used_at',
        's.id as session_id',
        's.user_id',
        'u.organization_id',
        's.revoked_at',
        's.expires_at',
      ])
      .where('rt.token_hash', '=', tokenHash)
      .forUpdate(['rt', 's']),
  );

export type RefreshTokenRow = ResultOf<ReturnType<typeof lockedRefreshToken>>;

export type SignInMethod = 'PASSWORD' | 'PASSKEY' | 'SSO';
export type SecondFactorKind = 'TOTP' | 'WEBAUTHN' | 'RECOVERY_CODE' | 'IDENTITY_PROVIDER';

/** Where a sign-in came from, as the session list shows it. */
export interface SignInClient {
  readonly userAgent?: string | null;
  readonly ip?: string | null;
}

/** How a session was signed in: recorded on it, and its second factor is what R-MFA checks (viewer.repository.ts). */
export interface SessionOrigin {
  readonly method: SignInMethod;
  readonly secondFactor: SecondFactorKind | null;
  readonly client: SignInClient;
}

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async createSession(manager: EntityManager, userId: string, expiresAt: Date, how: SessionOrigin): Promise<string> {
    const [row] = await run(
      manager,
      sqlOf((db) =>
        db
          .insertInto('sessions')
          .values({
            user_id: userId,
            expires_at: expiresAt,
            sign_in_method: how.method,
            second_factor: how.secondFactor,
            user_agent: how.client.userAgent?.slice(0, 300) ?? null,
            ip_address: how.client.ip?.slice(0, 64) ?? null,
          })
          .returning('id'),
      ),
    );
    return row.id;
  }

  async addRefreshToken(manager: EntityManager, sessionId: string, tokenHash: string): Promise<void> {
    await run(
      manager,
      sqlOf((db) => db.insertInto('refresh_tokens').values({ session_id: sessionId, token_hash: tokenHash })),
    );
  }

  /** The token and its session, locked until the transaction ends so two refreshes cannot both succeed. */
  lockRefreshToken(manager: EntityManager, tokenHash: string): Promise<RefreshTokenRow | null> {
    return runFirst(manager, lockedRefreshToken(tokenHash));
  }

  /** A refresh is a use of its session (shown in the user's list of sessions). */
  async recordUse(manager: EntityManager, sessionId: string): Promise<void> {
    await run(
      manager,
      sqlOf((db) => db.updateTable('sessions').set({ last_used_at: NOW }).where('id', '=', sessionId)),
    );
  }

  async markUsed(manager: EntityManager, tokenId: string): Promise<void> {
    await run(
      manager,
      sqlOf((db) => db.updateTable('refresh_tokens').set({ used_at: NOW }).where('id', '=', tokenId)),
    );
  }

  async revoke(sessionId: string, reason: string, manager?: EntityManager): Promise<void> {
    await run(
      manager ?? this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('sessions')
          .set({ revoked_at: NOW, revoked_reason: reason })
          .where('id', '=', sessionId)
          .where('revoked_at', 'is', null),
      ),
    );
  }
}
