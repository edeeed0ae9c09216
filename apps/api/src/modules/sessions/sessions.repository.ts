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

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async createSession(manager: EntityManager, userId: string, expiresAt: Date): Promise<string> {
    const [row] = await run(
      manager,
      sqlOf((db) => db.insertInto('sessions').values({ user_id: userId, expires_at: expiresAt }).returning('id')),
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
