import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Role, SECOND_FACTOR_ROLES } from '@bulwark/domain';
import DataLoader from 'dataloader';
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import type { DomainRow } from '@api/database/domain-enums';
import { arrayOf, type DB, NOW, type ResultOf, run, runFirst, sqlOf } from '@api/database/typed-sql';
import { ancestorIdsOf } from './organization-lineage';

/** The organization `o` a viewer belongs to, as every viewer query selects it. */
function organizationColumns(db: Kysely<DB>, eb: ExpressionBuilder<DB & { o: DB['organizations'] }, 'o'>) {
  return [
    'o.id as organization_id',
    'o.active as organization_active',
    'o.vetted_tier',
    ancestorIdsOf(db, eb.ref('o.parent_id')).as('ancestor_ids'),
  ] as const;
}

/** What roles are read as: node-postgres leaves an enum array as its literal text ('{VIEWER,ANALYST}'). */
const TEXT_ARRAY = sql`text[]`;

/**
 * A session stands only while it is not revoked, not expired, and took the second step if its user needs one
 * now (needsSecondFactor): a promotion to publisher, or an organization turning the requirement on, ends the
 * password-only sessions it concerns on every channel at once.
 */
const sessionViewers = (sessionIds: readonly string[], rolesRequireSecondFactor: boolean) =>
  sqlOf((db) =>
    db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .innerJoin('organizations as o', 'o.id', 'u.organization_id')
      .select((eb) => [
        's.id as session_id',
        'u.id as subject_id',
        eb.cast<Role[]>('u.roles', TEXT_ARRAY).as('roles'),
        'u.clearance',
        'u.active as subject_active',
        ...organizationColumns(db, eb),
        eb
          .and([
            eb('s.revoked_at', 'is', null),
            eb('s.expires_at', '>', NOW),
            eb.or([
              eb('s.second_factor', 'is not', null),
              eb.not(
                eb.or([
                  eb('o.require_second_factor', '=', true),
                  rolesRequireSecondFactor
                    ? sql<boolean>`${eb.ref('u.roles')} && ${arrayOf(SECOND_FACTOR_ROLES, 'role')}`
                    : eb.lit(false),
                ]),
              ),
            ]),
          ])
          .$castTo<boolean>()
          .as('credential_valid'),
        // How long the session has left, by the database's clock (negative once it has expired).
        sql<number>`(extract(epoch FROM ${eb.ref('s.expires_at')} - now()) * 1000)::float8`.as('valid_for_ms'),
        // Whether a request should record the session's use (touchSession): most requests then write nothing.
        sql<boolean>`${eb.ref('s.last_used_at')} < now() - interval '1 minute'`.as('use_unrecorded'),
      ])
      .where('s.id', '=', (eb) => eb.fn.any(arrayOf(sessionIds, 'uuid'))),
  );

export type SessionViewerRow = DomainRow<ResultOf<ReturnType<typeof sessionViewers>>>;

const userViewer = (userId: string) =>
  sqlOf((db) =>
    db
      .selectFrom('users as u')
      .innerJoin('organizations as o', 'o.id', 'u.organization_id')
      .select((eb) => [
        'u.id as subject_id',
        eb.cast<Role[]>('u.roles', TEXT_ARRAY).as('roles'),
        'u.clearance',
        'u.active as subject_active',
        ...organizationColumns(db, eb),
        eb.lit<boolean>(true).as('credential_valid'),
      ])
      .where('u.id', '=', userId),
  );

/** Who a credential belongs to, as every viewer query reads it. */
export type ViewerRow = DomainRow<ResultOf<ReturnType<typeof userViewer>>>;

const apiKeyViewer = (prefix: string) =>
  sqlOf((db) =>
    db
      .selectFrom('api_keys as k')
      .innerJoin('organizations as o', 'o.id', 'k.organization_id')
      .select((eb) => [
        'k.id as subject_id',
        eb.cast<Role[]>('k.roles', TEXT_ARRAY).as('roles'),
        'k.clearance',
        eb('k.revoked_at', 'is', null).$castTo<boolean>().as('subject_active'),
        ...organizationColumns(db, eb),
        eb
          .or([eb('k.expires_at', 'is', null), eb('k.expires_at', '>', NOW)])
          .$castTo<boolean>()
          .as('credential_valid'),
        'k.secret_hash',
        'k.last_used_at',
      ])
      .where('k.prefix', '=', prefix),
  );

export type ApiKeyViewerRow = DomainRow<ResultOf<ReturnType<typeof apiKeyViewer>>>;

/** Reads who a credential belongs to, fresh on every request: roles, clearance and active state are never cached. */
@Injectable()
export class ViewerRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sessions asked for in the same tick are read in one query (never cached): when an event wakes a thousand
   * subscribers, re-checking them all (R17) costs one round trip, not a thousand.
   */
  private readonly sessions = new DataLoader<string, SessionViewerRow | null>(
    async (sessionIds) => {
      // A user's several sockets ask for one session.
      const rows = await run(
        this.dataSource,
        sessionViewers([...new Set(sessionIds)], this.config.auth.secondFactorRequired),
      );
      const byId = new Map(rows.map((row) => [row.session_id, row]));
      return sessionIds.map((id) => byId.get(id) ?? null);
    },
    { cache: false, maxBatchSize: 1000 },
  );

  async forSession(userId: string, sessionId: string): Promise<SessionViewerRow | null> {
    const row = await this.sessions.load(sessionId);
    return row && row.subject_id === userId ? row : null;
  }

  /**
   * Moves, at commit, with every change to what a signed-in viewer is made of: a user's organization, roles,
   * clearance or activity; an organization's parent, vetting or activity; a session's owner, expiry or revocation;
   * any of those rows deleted (migration ViewerStanding). A viewer read after a generation was read is current
   * for as long as the generation has not moved and its session has not expired.
   */
  async standingGeneration(): Promise<string> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        db.selectFrom('viewer_standing').select((eb) => eb.cast<string>('generation', 'text').as('generation')),
      ),
    );
    const generation = row?.generation;
    if (generation === undefined) throw new Error('viewer_standing has no row: the database is not migrated');
    return generation;
  }

  /** A user as a viewer without a session: for work the server does on someone's behalf (the demo seed). */
  forUser(userId: string): Promise<ViewerRow | null> {
    return runFirst(this.dataSource, userViewer(userId));
  }

  forApiKey(prefix: string): Promise<ApiKeyViewerRow | null> {
    return runFirst(this.dataSource, apiKeyViewer(prefix));
  }

  /** A session's last use (the user's list of sessions), written at most once a minute. */
  async touchSession(id: string): Promise<void> {
    await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('sessions')
          .set({ last_used_at: NOW })
          .where('id', '=', id)
          .where('last_used_at', '<', sql<Date>`now() - interval '1 minute'`),
      ),
    );
  }

  /** Last use, written at most once a minute per key so reads do not become writes. */
  async touchApiKey(id: string): Promise<void> {
    await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('api_keys')
          .set({ last_used_at: NOW })
          .where('id', '=', id)
          .where((eb) =>
            eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sql<Date>`now() - interval '1 minute'`)]),
          ),
      ),
    );
  }
}
