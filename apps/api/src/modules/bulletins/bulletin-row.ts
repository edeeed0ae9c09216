import { BulletinStatus } from '@bulwark/domain';
import { readPredicate, type MarkingColumns, type ViewerContext } from '@bulwark/policy';
import { expressionBuilder, type RawBuilder, type Selection, type SqlBool } from 'kysely';
import { type DB, sqlOf, sqlText } from '@api/database/typed-sql';
import type { DomainRow } from '@api/database/domain-enums';

/** The aliases of a bulletin joined with one of its revisions, in every query that reads one. */
export interface BulletinJoin {
  b: DB['bulletins'];
  r: DB['bulletin_revisions'];
}

const joined = expressionBuilder<BulletinJoin, 'b' | 'r'>();

/** What a query selects to read a bulletin with one of its revisions (`b` and `r`): `.select(BULLETIN_COLUMNS)`. */
export const BULLETIN_COLUMNS = [
  'b.id',
  'b.reference',
  'b.status as bulletin_status',
  'b.version',
  'b.author_user_id as bulletin_author_user_id',
  'b.created_at',
  'b.updated_at',
  'b.first_published_at',
  'b.expires_at',
  'b.retracted_at',
  'b.retraction_reason',
  'r.id as revision_id',
  'r.number',
  'r.status',
  'r.tier',
  'r.title',
  'r.summary',
  'r.body',
  'r.category',
  'r.severity',
  'r.jurisdictions',
  'r.tags',
  'r.reference_urls',
  'r.originator_org_ids',
  'r.recipient_org_ids',
  'r.recipient_user_ids',
  'r.author_user_id',
  'r.approver_user_id',
  'r.change_note',
  'r.published_at',
  // Full precision, for cursors: a Date keeps milliseconds, PostgreSQL microseconds.
  joined.cast<string>('r.listed_at', 'text').as('listed_at_key'),
] as const;

/** One bulletin joined with one of its revisions, as BULLETIN_COLUMNS reads it. */
export type BulletinRow = DomainRow<Selection<BulletinJoin, 'b' | 'r', (typeof BULLETIN_COLUMNS)[number]>>;

/** The marking columns of a revision, as BULLETIN_COLUMNS names them. */
export type MarkingRow = Pick<
  BulletinRow,
  | 'tier'
  | 'status'
  | 'originator_org_ids'
  | 'recipient_org_ids'
  | 'recipient_user_ids'
  | 'author_user_id'
  | 'approver_user_id'
>;

/** libs/policy's predicate, the only access decision, for this viewer on the marking at `columns`. */
export function readableBy(viewer: ViewerContext, columns: MarkingColumns): RawBuilder<SqlBool> {
  return sqlText<SqlBool>((param) => readPredicate(viewer, columns, param));
}

/**
 * The pending amendments of these bulletins (R10), joined with their bulletin, whoever may read them: a revision in
 * review that is not current, of a published bulletin.
 */
export function pendingAmendmentsOf(bulletinIds: readonly string[]) {
  return sqlOf((db) =>
    db
      .selectFrom('bulletins as b')
      .innerJoin('bulletin_revisions as r', (join) =>
        join
          .onRef('r.bulletin_id', '=', 'b.id')
          .on((eb) => eb.not('r.is_current'))
          .on('r.status', '=', BulletinStatus.IN_REVIEW),
      )
      .select(BULLETIN_COLUMNS)
      .where('b.id', '=', (eb) => eb.fn.any(eb.val(bulletinIds)))
      .where('b.status', '=', BulletinStatus.PUBLISHED),
  );
}

/** Where libs/policy finds the marking of a revision aliased `alias` in a query: the aliases this module's SQL uses. */
export function revisionMarkingAt(alias: 'r' | 'q' | 'c'): MarkingColumns {
  return {
    tier: `${alias}.tier`,
    status: `${alias}.status`,
    originatorOrgIds: `${alias}.originator_org_ids`,
    recipientOrgIds: `${alias}.recipient_org_ids`,
    recipientUserIds: `${alias}.recipient_user_ids`,
    authorUserId: `${alias}.author_user_id`,
    approverUserId: `${alias}.approver_user_id`,
  };
}

/** Where libs/policy finds the marking in these queries. */
export const REVISION_MARKING = revisionMarkingAt('r');

/** Where libs/policy finds the marking of a revision in review (a draft, or a pending amendment) aliased `q`. */
export const REVIEWED_MARKING = revisionMarkingAt('q');
