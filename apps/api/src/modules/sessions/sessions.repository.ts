import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface RefreshTokenRow {
  token_id: string;
  used_at: Date | null;
  session_id: string;
  user_id: string;
  organization_id: string;
  revoked_at: Date | null;
  expires_at: Date;
}

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async createSession(manager: EntityManager, userId: string, expiresAt: Date): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      'INSERT INTO sessions (user_id, expires_at) VALUES ($1, $2) RETURNING id',
      [userId, expiresAt],
    );
    return rows[0].id;
  }

  async addRefreshToken(manager: EntityManager, sessionId: string, tokenHash: string): Promise<void> {
    await manager.query('INSERT INTO refresh_tokens (session_id, token_hash) VALUES ($1, $2)', [sessionId, tokenHash]);
  }

  /** The token and its session, locked until the transaction ends so two refreshes cannot both succeed. */
  async lockRefreshToken(manager: EntityManager, tokenHash: string): Promise<RefreshTokenRow | null> {
    const rows: RefreshTokenRow[] = await manager.query(
      `SELECT rt.id AS token_id, rt.used_at, s.id AS session_id, s.user_id, u.organization_id, s.revoked_at,
              s.expires_at
         FROM refresh_tokens rt JOIN sessions s ON s.id = rt.session_id JOIN users u ON u.id = s.user_id
        WHERE rt.token_hash = $1
        FOR UPDATE OF rt, s`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async markUsed(manager: EntityManager, tokenId: string): Promise<void> {
    await manager.query('UPDATE refresh_tokens SET used_at = now() WHERE id = $1', [tokenId]);
  }

  async revoke(sessionId: string, reason: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      'UPDATE sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL',
      [sessionId, reason],
    );
  }
}
