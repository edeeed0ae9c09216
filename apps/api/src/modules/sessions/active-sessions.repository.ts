import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExpressionBuilder } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import { type DB, NOW, type ResultOf, run, sqlOf } from '@api/database/typed-sql';

/** More than anyone signs in from at once; a list longer than this shows the most recently used. */
export const MAX_LISTED_SESSIONS = 100;

/** Neither ended nor expired. */
const isActive = (eb: ExpressionBuilder<DB, 'sessions'>) =>
  eb.and([eb('revoked_at', 'is', null), eb('expires_at', '>', NOW)]);

const activeSessionsOf = (userId: string) =>
  sqlOf((db) =>
    db
      .selectFrom('sessions')
      .select([
        'id',
        'sign_in_method',
        'second_factor',
        'user_agent',
        'ip_address',
        'created_at',
        'last_used_at',
        'expires_at',
      ])
      .where('user_id', '=', userId)
      .where(isActive)
      .orderBy('last_used_at', 'desc')
      .orderBy('id')
      .limit(MAX_LISTED_SESSIONS),
  );

export type ActiveSessionRow = ResultOf<ReturnType<typeof activeSessionsOf>>;

/** Why a session ended (sessions.revoked_reason). */
export type EndReason = 'ENDED_BY_USER' | 'ENDED_BY_ADMIN';

/** A user's sessions as they see them: the list, and ending some of them. Sign-in and refresh are SessionsRepository's. */
@Injectable()
export class ActiveSessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listActive(userId: string): Promise<ActiveSessionRow[]> {
    return run(this.dataSource, activeSessionsOf(userId));
  }

  /** Ends one of the user's active sessions; its id, or null when the user has no such active session. */
  async endOne(manager: EntityManager, userId: string, sessionId: string, reason: EndReason): Promise<string | null> {
    const [row] = await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('sessions')
          .set({ revoked_at: NOW, revoked_reason: reason })
          .where('id', '=', sessionId)
          .where('user_id', '=', userId)
          .where(isActive)
          .returning('id'),
      ),
    );
    return row?.id ?? null;
  }

  /** Ends every active session of the user but `keep` (the caller's own, for "sign out everywhere else"); their ids. */
  async endAll(
    manager: EntityManager,
    userId: string,
    reason: EndReason,
    keep: string | null = null,
  ): Promise<string[]> {
    const rows = await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('sessions')
          .set({ revoked_at: NOW, revoked_reason: reason })
          .where('user_id', '=', userId)
          .where(isActive)
          .$if(keep !== null, (query) => query.where('id', '!=', keep ?? ''))
          .returning('id'),
      ),
    );
    return rows.map((row) => row.id);
  }
}
