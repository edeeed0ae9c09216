import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Tier } from '@bulwark/domain';
import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import type { DomainRow } from '@api/database/domain-enums';
import { arrayOf, type ResultOf, run, sqlOf } from '@api/database/typed-sql';

/** `= ANY($1::uuid[])`: the ids as one uuid[] value. */
const uuids = (ids: readonly string[]) => arrayOf(ids, 'uuid');

function acknowledgedQuery(revisionIds: readonly string[]) {
  return sqlOf((db) =>
    db
      .selectFrom('bulletin_acknowledgements as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.revision_id', 'a.user_id', 'a.organization_id', 'u.display_name', 'u.email', 'a.acknowledged_at'])
      .where('a.revision_id', '=', (eb) => eb.fn.any(uuids(revisionIds)))
      .orderBy('a.acknowledged_at'),
  );
}

function expectedReadersQuery(revisionIds: readonly string[]) {
  return sqlOf((db) =>
    db
      .withRecursive('audience(revision_id, organization_id, depth)', (qc) =>
        qc
          .selectFrom('bulletin_revisions as r')
          .select((eb) => [
            'r.id as revision_id',
            eb.fn<string>('unnest', ['r.recipient_org_ids']).as('organization_id'),
            eb.lit(0).as('depth'),
          ])
          .where('r.id', '=', (eb) => eb.fn.any(uuids(revisionIds)))
          .union((next) =>
            next
              .selectFrom('audience as a')
              .innerJoin('bulletin_revisions as r', (join) =>
                join.onRef('r.id', '=', 'a.revision_id').on('r.tier', '=', Tier.AMBER),
              )
              .innerJoin('organizations as child', 'child.parent_id', 'a.organization_id')
              .select((eb) => [
                'a.revision_id',
                'child.id as organization_id',
                eb('a.depth', '+', eb.lit(1)).as('depth'),
              ])
              .where((eb) => eb('a.depth', '<', eb.lit(32))),
          ),
      )
      .selectFrom('bulletin_revisions as r')
      .innerJoin('users as u', (join) =>
        join.on((eb) =>
          eb.or([
            eb('u.id', '=', eb.fn.any('r.recipient_user_ids')),
            eb(
              'u.organization_id',
              'in',
              eb.selectFrom('audience as a').select('a.organization_id').whereRef('a.revision_id', '=', 'r.id'),
            ),
          ]),
        ),
      )
      .innerJoin('organizations as o', 'o.id', 'u.organization_id')
      .select((eb) => [
        'r.id as revision_id',
        'u.id as user_id',
        'u.organization_id',
        'u.display_name',
        'u.email',
        eb.cast<Date | null>(eb.lit(null), 'timestamptz').as('acknowledged_at'),
      ])
      .where('r.id', '=', (eb) => eb.fn.any(uuids(revisionIds)))
      .where((eb) => eb.ref('u.active'))
      .where((eb) => eb.ref('o.active'))
      .whereRef('u.clearance', '>=', 'r.tier')
      .whereRef('o.vetted_tier', '>=', 'r.tier')
      .orderBy('u.email'),
  );
}

/** Someone who acknowledged a revision, or (acknowledged_at null) is expected to. */
export type AcknowledgerRow =
  | DomainRow<ResultOf<ReturnType<typeof acknowledgedQuery>>>
  | DomainRow<ResultOf<ReturnType<typeof expectedReadersQuery>>>;

/** Receipts and expected readers, for many revisions in one query each (a page of bulletins costs two queries). */
@Injectable()
export class AcknowledgementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  acknowledgedOf(revisionIds: readonly string[]): Promise<AcknowledgerRow[]> {
    return run(this.dataSource, acknowledgedQuery(revisionIds));
  }

  /**
   * For each bulletin, what its acknowledgement report is made of, in one short text that changes when the report
   * may: the current revision (a new one resets the report), its status, and how many receipts it has and the
   * newest. Bulletins that do not exist are left out.
   */
  async reportStamps(bulletinIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('bulletins as b')
          .innerJoin('bulletin_revisions as r', (join) =>
            join.onRef('r.bulletin_id', '=', 'b.id').on((eb) => eb.ref('r.is_current')),
          )
          .leftJoin('bulletin_acknowledgements as a', 'a.revision_id', 'r.id')
          .select((eb) => [
            'b.id',
            eb
              .fn<string>('concat_ws', [
                sql.lit('|'),
                'r.id',
                'b.status',
                eb.fn.count('a.id'),
                eb.fn.max('a.acknowledged_at'),
              ])
              .as('stamp'),
          ])
          .where('b.id', '=', (eb) => eb.fn.any(uuids(bulletinIds)))
          .groupBy(['b.id', 'r.id']),
      ),
    );
    return new Map(rows.map((row) => [row.id, row.stamp]));
  }

  /**
   * Per revision, the active people who may read it and are expected to acknowledge: members of its recipient
   * organizations, and for AMBER of the organizations under them (R3), or its named recipients; each with a
   * clearance and an organization's vetting that cover its tier. Enum comparison follows the tier order.
   */
  expectedReaders(revisionIds: readonly string[]): Promise<AcknowledgerRow[]> {
    return run(this.dataSource, expectedReadersQuery(revisionIds));
  }
}
