import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@bulwark/domain';
import { type Kysely, sql, type SqlBool } from 'kysely';
import { DataSource } from 'typeorm';
import type { DomainRow } from '@api/database/domain-enums';
import { arrayOf, type DB, type ResultOf, run, runFirst, sqlOf } from '@api/database/typed-sql';
import type { Cursor } from '@api/graphql/pagination';

/** Active publishers of active organizations among `organizationIds`. */
function publishersOf(db: Kysely<DB>, organizationIds: readonly string[]) {
  return db
    .selectFrom('users as u')
    .innerJoin('organizations as o', 'o.id', 'u.organization_id')
    .where('u.organization_id', '=', (eb) => eb.fn.any(arrayOf(organizationIds, 'uuid')))
    .where((eb) => sql<SqlBool>`${sql.lit(Role.PUBLISHER)}::role = ANY(${eb.ref('u.roles')})`)
    .where((eb) => eb.ref('u.active'))
    .where((eb) => eb.ref('o.active'));
}

/** A page of them by name then id, `first + 1` after the cursor (keyed by display name). */
function candidatesPage(organizationIds: readonly string[], after: Cursor | null, first: number) {
  return sqlOf((db) => {
    const candidates = publishersOf(db, organizationIds).select((eb) => [
      'u.id',
      'u.display_name',
      'u.email',
      // An enum array arrives as PostgreSQL's array literal; as text[] it is a JavaScript array.
      eb.cast<Role[]>('u.roles', sql`text[]`).as('roles'),
      'u.clearance',
      'u.active',
      'u.organization_id',
      'o.name as organization_name',
      'o.active as organization_active',
      'o.vetted_tier',
    ]);
    return (
      after
        ? candidates.where((eb) => eb(eb.refTuple('u.display_name', 'u.id'), '>', eb.tuple(after.key, after.id)))
        : candidates
    )
      .orderBy('u.display_name')
      .orderBy('u.id')
      .limit(first + 1);
  });
}

export type ApproverCandidateRow = DomainRow<ResultOf<ReturnType<typeof candidatesPage>>>;

/** The publishers of a bulletin's originating organizations, for approverOptions. */
@Injectable()
export class ApproverCandidatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Active publishers of active organizations among `organizationIds`, by name then id, `first + 1` after the
   * cursor (keyed by display name), and how many there are in all.
   */
  async page(
    organizationIds: readonly string[],
    after: Cursor | null,
    first: number,
  ): Promise<{ rows: ApproverCandidateRow[]; total: number }> {
    const [rows, counted] = await Promise.all([
      run(this.dataSource, candidatesPage(organizationIds, after, first)),
      runFirst(
        this.dataSource,
        sqlOf((db) =>
          publishersOf(db, organizationIds).select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('total')),
        ),
      ),
    ]);
    return { rows, total: counted?.total ?? 0 };
  }
}
