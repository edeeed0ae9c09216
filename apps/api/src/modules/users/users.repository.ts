import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import { DataSource, type EntityManager, In } from 'typeorm';
import { containsPattern } from '@api/common/database-errors';
import { NOW, run, runFirst, sqlOf } from '@api/database/typed-sql';
import type { Cursor } from '@api/graphql/pagination';
import type { UserFilter } from './dto/users.args';
import { UserEntity } from './entities/user.entity';

/** Failed sign-ins in a row before the account locks (for 1, 2, 4 … minutes, at most a day). */
export const LOCK_AFTER_FAILURES = 5;

export interface SignInRecord {
  id: string;
  organizationId: string;
  passwordHash: string;
  active: boolean;
  organizationActive: boolean;
  lockedUntil: Date | null;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(UserEntity);
  }

  create(fields: Partial<UserEntity>): UserEntity {
    return this.repo().create(fields);
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findByIds(ids: readonly string[], manager?: EntityManager): Promise<UserEntity[]> {
    return ids.length ? this.repo(manager).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  save(user: UserEntity, manager?: EntityManager): Promise<UserEntity> {
    return this.repo(manager).save(user);
  }

  /** One page ordered by email; `organizationId` (when given) bounds the scope before the caller's filter. */
  async page(
    scopeOrganizationId: string | null,
    filter: UserFilter,
    after: Cursor | null,
    first: number,
  ): Promise<{ rows: UserEntity[]; total: number }> {
    const query = this.repo().createQueryBuilder('u');
    if (scopeOrganizationId) query.andWhere('u.organization_id = :scope', { scope: scopeOrganizationId });
    if (filter.organizationId)
      query.andWhere('u.organization_id = :organizationId', { organizationId: filter.organizationId });
    if (filter.active !== undefined) query.andWhere('u.active = :active', { active: filter.active });
    if (filter.role) query.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.search) {
      query.andWhere('(u.email ILIKE :search OR u.display_name ILIKE :search)', {
        search: containsPattern(filter.search),
      });
    }
    const total = await query.clone().getCount();
    if (after)
      query.andWhere('(u.email, u.id) > (:afterEmail, :afterId)', { afterEmail: after.key, afterId: after.id });
    const rows = await query
      .orderBy('u.email', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return { rows, total };
  }

  /**
   * Active people of active organizations, across the community, ordered by display name: the named recipients a
   * RED bulletin may go to. Bounded by `first`; the caller decides who may ask.
   */
  async activePeoplePage(
    search: string | null,
    after: Cursor | null,
    first: number,
  ): Promise<{ rows: UserEntity[]; total: number }> {
    const query = this.repo()
      .createQueryBuilder('u')
      .innerJoin('organizations', 'o', 'o.id = u.organization_id')
      .where('u.active AND o.active');
    if (search) {
      query.andWhere('(u.display_name ILIKE :search OR u.email ILIKE :search)', { search: containsPattern(search) });
    }
    const total = await query.clone().getCount();
    if (after)
      query.andWhere('(u.display_name, u.id) > (:afterName, :afterId)', { afterName: after.key, afterId: after.id });
    const rows = await query
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return { rows, total };
  }

  async signInRecord(email: string): Promise<SignInRecord | null> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('users as u')
          .innerJoin('organizations as o', 'o.id', 'u.organization_id')
          .select([
            'u.id',
            'u.organization_id',
            'u.password_hash',
            'u.active',
            'o.active as organization_active',
            'u.locked_until',
          ])
          .where('u.email', '=', email),
      ),
    );
    return row
      ? {
          id: row.id,
          organizationId: row.organization_id,
          passwordHash: row.password_hash,
          active: row.active,
          organizationActive: row.organization_active,
          lockedUntil: row.locked_until,
        }
      : null;
  }

  async passwordHash(id: string): Promise<string | null> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) => db.selectFrom('users').select('password_hash').where('id', '=', id)),
    );
    return row?.password_hash ?? null;
  }

  async setPasswordHash(id: string, hash: string, manager?: EntityManager): Promise<void> {
    await run(
      manager ?? this.dataSource,
      sqlOf((db) => db.updateTable('users').set({ password_hash: hash, updated_at: NOW }).where('id', '=', id)),
    );
  }

  /**
   * Counts a failed sign-in atomically; from the fifth in a row the account locks for 1, 2, 4 … minutes,
   * at most a day. Returns the lock's end, if any.
   */
  async recordFailedSignIn(id: string, lockAfter: number): Promise<Date | null> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('users')
          .set((eb) => {
            const failures = sql<number>`${eb.ref('failed_sign_ins')} + 1`;
            return {
              failed_sign_ins: failures,
              locked_until: sql<Date | null>`CASE WHEN ${failures} >= ${lockAfter}
                THEN now() + LEAST(interval '1 minute' * power(2, ${failures} - ${lockAfter}), interval '1 day')
                ELSE ${eb.ref('locked_until')} END`,
            };
          })
          .where('id', '=', id)
          .returning('locked_until'),
      ),
    );
    return row?.locked_until ?? null;
  }

  async recordSignIn(id: string, manager?: EntityManager): Promise<void> {
    await run(
      manager ?? this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('users')
          .set({ failed_sign_ins: 0, locked_until: null, last_sign_in_at: NOW })
          .where('id', '=', id),
      ),
    );
  }

  /**
   * Deactivation also ends every session, so reactivating later does not revive old refresh tokens. The sessions
   * it ended: announce them after commit (SessionEndings).
   */
  async setActive(id: string, active: boolean, manager: EntityManager): Promise<string[]> {
    await run(
      manager,
      sqlOf((db) => db.updateTable('users').set({ active, updated_at: NOW }).where('id', '=', id)),
    );
    if (active) return [];
    const ended = await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('sessions')
          .set({ revoked_at: NOW, revoked_reason: 'USER_DEACTIVATED' })
          .where('user_id', '=', id)
          .where('revoked_at', 'is', null)
          .returning('id'),
      ),
    );
    return ended.map((row) => row.id);
  }
}
