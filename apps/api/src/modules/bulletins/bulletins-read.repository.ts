import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BulletinStatus, type IndicatorType } from '@bulwark/domain';
import type { ViewerContext } from '@bulwark/policy';
import { type Expression, expressionBuilder, type Kysely, sql, type SqlBool } from 'kysely';
import { DataSource } from 'typeorm';
import { arrayOf, type DB, type ResultOf, run, runFirst, sqlOf } from '@api/database/typed-sql';
import type { DomainRow } from '@api/database/domain-enums';
import {
  BULLETIN_COLUMNS,
  type BulletinRow,
  pendingAmendmentsOf,
  readableBy,
  REVIEWED_MARKING,
  REVISION_MARKING,
} from './bulletin-row';
import { contentFilterConditions } from './content-filter-conditions';
import { BulletinOrder } from './dto/bulletin-order';
import type { BulletinFilter } from './dto/bulletins.args';
import { TOTAL_COUNT_CAP } from './models/bulletin.model';
import type { IndicatorQuery } from '@api/common/indicators';
import { type ListPosition, newestPageQuery, type PageRow, relevancePageQuery } from './page-queries';

export type { ListPosition, PageRow } from './page-queries';

export interface CappedCount {
  /** Exact when `exact`, else TOTAL_COUNT_CAP: a lower bound. */
  readonly count: number;
  readonly exact: boolean;
}

/** A current revision `r`, as every page and count filters it. */
const revision = expressionBuilder<DB & { r: DB['bulletin_revisions'] }, 'r'>();

/** Bulletins with their current revision. */
const currentRevisions = (db: Kysely<DB>) =>
  db
    .selectFrom('bulletins as b')
    .innerJoin('bulletin_revisions as r', (join) =>
      join.onRef('r.bulletin_id', '=', 'b.id').on((eb) => eb.ref('r.is_current')),
    );

const reviewQueuePageQuery = (
  readable: Expression<SqlBool>,
  after: { updatedAt: string; id: string } | null,
  first: number,
) =>
  sqlOf((db) => {
    const queue = currentRevisions(db)
      .select(BULLETIN_COLUMNS)
      .select((eb) => eb.cast<string>('b.updated_at', 'text').as('queue_key'))
      .where(readable);
    const page = after
      ? queue.where((eb) =>
          eb(
            eb.refTuple('b.updated_at', 'b.id'),
            '<',
            eb.tuple(sql<Date>`${after.updatedAt}::timestamptz`, sql<string>`${after.id}::uuid`),
          ),
        )
      : queue;
    return page
      .orderBy('b.updated_at', 'desc')
      .orderBy('b.id', 'desc')
      .limit(sql.lit(first + 1));
  });

/** A review queue row: the bulletin with its current revision, and its position in the queue as text. */
export type ReviewQueueRow = DomainRow<ResultOf<ReturnType<typeof reviewQueuePageQuery>>>;

const returnsQuery = (bulletinIds: readonly string[], perBulletin: number) =>
  sqlOf((db) =>
    db
      .selectFrom((inner) =>
        inner
          .selectFrom('bulletin_returns as y')
          .selectAll('y')
          .select((eb) =>
            eb.fn
              .agg<number>('row_number')
              .over((over) =>
                over.partitionBy('y.bulletin_id').orderBy('y.returned_at', 'desc').orderBy('y.id', 'desc'),
              )
              .as('n'),
          )
          .where('y.bulletin_id', '=', (eb) => eb.fn.any(eb.val(bulletinIds)))
          .as('x'),
      )
      .innerJoin('bulletin_revisions as r', 'r.id', 'x.revision_id')
      .select([
        'x.bulletin_id',
        'x.revision_number',
        'x.returned_by_user_id',
        'x.comment',
        'x.returned_at',
        'r.tier',
        'r.status',
        'r.originator_org_ids',
        'r.recipient_org_ids',
        'r.recipient_user_ids',
        'r.author_user_id',
        'r.approver_user_id',
      ])
      .where('x.n', '<=', perBulletin)
      .orderBy('x.bulletin_id')
      .orderBy('x.returned_at', 'desc')
      .orderBy('x.id', 'desc'),
  );

/** A comment of returnBulletin, with the marking of the revision it sent back (who may read it, R11). */
export type ReturnRow = DomainRow<ResultOf<ReturnType<typeof returnsQuery>>>;

const indicatorsQuery = (revisionIds: readonly string[]) =>
  sqlOf((db) =>
    db
      .selectFrom('bulletin_indicators')
      .select(['revision_id', 'type', 'value'])
      .where('revision_id', '=', (eb) => eb.fn.any(eb.val(revisionIds)))
      .orderBy('revision_id')
      .orderBy('position')
      // A varchar that the write path fills with IndicatorType's labels only (normaliseIndicator).
      .$narrowType<{ type: IndicatorType }>(),
  );

export type IndicatorRow = ResultOf<ReturnType<typeof indicatorsQuery>>;

/**
 * Every read of bulletins. Each query carries libs/policy's predicate for the viewer, so what a viewer may
 * not read never leaves the database: not in rows, not in counts.
 */
@Injectable()
export class BulletinsReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findVisible(viewer: ViewerContext, by: { id: string } | { reference: string }): Promise<BulletinRow | null> {
    return runFirst(
      this.dataSource,
      sqlOf((db) =>
        currentRevisions(db)
          .select(BULLETIN_COLUMNS)
          .where((eb) => ('id' in by ? eb('b.id', '=', by.id) : eb('b.reference', '=', by.reference)))
          .where(readableBy(viewer, REVISION_MARKING)),
      ),
    );
  }

  /** Those of these bulletins the viewer may read, as their current revisions say them, newest first. */
  findVisibleMany(viewer: ViewerContext, ids: readonly string[]): Promise<BulletinRow[]> {
    return run(
      this.dataSource,
      sqlOf((db) =>
        currentRevisions(db)
          .select(BULLETIN_COLUMNS)
          .where('b.id', '=', (eb) => eb.fn.any(eb.val(ids)))
          .where(readableBy(viewer, REVISION_MARKING))
          .orderBy('b.created_at', 'desc')
          .orderBy('b.id', 'desc'),
      ),
    );
  }

  /** The id of a bulletin, readable or not: only to record a denied read (R15), never to answer the caller. */
  async existingId(by: { id: string } | { reference: string }): Promise<string | null> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('bulletins')
          .select('id')
          .where((eb) => ('id' in by ? eb('id', '=', by.id) : eb('reference', '=', by.reference))),
      ),
    );
    return row?.id ?? null;
  }

  /**
   * One page, newest first (or, for a search in RELEVANCE order, its newest matches by relevance), and a count of
   * all that match up to TOTAL_COUNT_CAP, run when called. Both carry the policy predicate.
   */
  async page(
    viewer: ViewerContext,
    filter: BulletinFilter,
    indicator: IndicatorQuery | null,
    after: ListPosition | null,
    first: number,
    order: BulletinOrder = BulletinOrder.NEWEST,
  ): Promise<{ rows: PageRow[]; total: () => Promise<CappedCount> }> {
    const conditions = [readableBy(viewer, REVISION_MARKING), ...this.filterConditions(viewer, filter, indicator)];
    const query = filter.search ? sql`websearch_to_tsquery('english', ${filter.search})` : null;
    if (query) conditions.push(sql<SqlBool>`${revision.ref('r.search_vector')} @@ ${query}`);
    const where = revision.and(conditions);

    const total = () => this.countCapped(where);
    const rows: PageRow[] = await run(
      this.dataSource,
      order === BulletinOrder.RELEVANCE && query
        ? relevancePageQuery(where, query, after, first)
        : newestPageQuery(where, after, first),
    );
    return { rows, total };
  }

  /**
   * How many match, exact up to TOTAL_COUNT_CAP. The LIMIT lets PostgreSQL stop at the cap instead of testing the
   * policy and the search on every current revision. No join: every revision has its bulletin (foreign key).
   */
  private async countCapped(where: Expression<SqlBool>): Promise<CappedCount> {
    const counted = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom((capped) =>
            capped
              .selectFrom('bulletin_revisions as r')
              .select(sql.lit(1).as('one'))
              .where((eb) => eb.ref('r.is_current'))
              .where(where)
              .limit(sql.lit(TOTAL_COUNT_CAP + 1))
              .as('capped'),
          )
          .select((eb) => eb.fn.countAll<string>().as('total')),
      ),
    );
    const count = Number(counted?.total ?? 0);
    return count > TOTAL_COUNT_CAP ? { count: TOTAL_COUNT_CAP, exact: false } : { count, exact: true };
  }

  /** Every revision of these bulletins that the viewer may read on its own marking (R12), oldest first. */
  revisionsVisible(viewer: ViewerContext, bulletinIds: readonly string[]): Promise<BulletinRow[]> {
    return run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('bulletins as b')
          .innerJoin('bulletin_revisions as r', 'r.bulletin_id', 'b.id')
          .select(BULLETIN_COLUMNS)
          .where('b.id', '=', (eb) => eb.fn.any(eb.val(bulletinIds)))
          .where(readableBy(viewer, REVISION_MARKING))
          .orderBy('b.id')
          .orderBy('r.number'),
      ),
    );
  }

  /**
   * The pending amendment (a revision in review that is not current) of each of these published bulletins, whoever
   * may read it: the caller decides each on its own marking before serving any.
   */
  pendingAmendments(bulletinIds: readonly string[]): Promise<BulletinRow[]> {
    return run(this.dataSource, pendingAmendmentsOf(bulletinIds));
  }

  /**
   * The review queue: bulletins with a revision in review — a submitted draft, or a published bulletin's pending
   * amendment — that the viewer may see (R11, on that revision's own marking) and whose current revision they may
   * read (R15), most recently changed first. It starts from the partial index of revisions in review, a few rows
   * (its predicate is the literal 'IN_REVIEW', so the query's is too).
   */
  async reviewQueuePage(
    viewer: ViewerContext,
    after: { updatedAt: string; id: string } | null,
    first: number,
  ): Promise<{ rows: ReviewQueueRow[]; total: number }> {
    const inReview = sql.lit(BulletinStatus.IN_REVIEW);
    const eb = expressionBuilder<DB & { b: DB['bulletins'] }, 'b'>();
    const readable = eb.and([
      eb(
        'b.id',
        'in',
        eb
          .selectFrom('bulletin_revisions as q')
          .select('q.bulletin_id')
          .where('q.status', '=', inReview)
          .where(readableBy(viewer, REVIEWED_MARKING)),
      ),
      eb('b.status', 'in', [inReview, sql.lit(BulletinStatus.PUBLISHED)]),
      readableBy(viewer, REVISION_MARKING),
    ]);
    const counted = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        currentRevisions(db)
          .select((eb) => eb.fn.countAll<string>().as('total'))
          .where(readable),
      ),
    );
    const rows = await run(this.dataSource, reviewQueuePageQuery(readable, after, first));
    return { rows, total: Number(counted?.total ?? 0) };
  }

  /**
   * The comments of drafts and amendments sent back (returnBulletin), newest first, at most `perBulletin` for each
   * bulletin, each with its revision's marking as it is now: the caller decides each on it before serving any.
   */
  returnsOf(bulletinIds: readonly string[], perBulletin: number): Promise<ReturnRow[]> {
    return run(this.dataSource, returnsQuery(bulletinIds, perBulletin));
  }

  indicatorsOf(revisionIds: readonly string[]): Promise<IndicatorRow[]> {
    return run(this.dataSource, indicatorsQuery(revisionIds));
  }

  /** Which of these revisions the user has acknowledged. */
  async acknowledgedBy(userId: string, revisionIds: readonly string[]): Promise<Set<string>> {
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('bulletin_acknowledgements')
          .select('revision_id')
          .where('user_id', '=', userId)
          .where('revision_id', '=', (eb) => eb.fn.any(eb.val(revisionIds))),
      ),
    );
    return new Set(rows.map((row) => row.revision_id));
  }

  private filterConditions(
    viewer: ViewerContext,
    filter: BulletinFilter,
    indicator: IndicatorQuery | null,
  ): Expression<SqlBool>[] {
    const r = revision;
    const conditions: Expression<SqlBool>[] = [];
    if (filter.authoredByMe) {
      // On the bulletin, not the revision: an amendment by someone else keeps it yours. A key has written none.
      conditions.push(
        viewer.userId
          ? r(
              'r.bulletin_id',
              'in',
              r
                .selectFrom('bulletins as mine')
                .select('mine.id')
                .where('mine.author_user_id', '=', sql<string>`${viewer.userId}::uuid`),
            )
          : r.lit(false),
      );
    }
    const statuses = filter.statuses ?? [BulletinStatus.PUBLISHED];
    // Typed as the column, not cast to text: a cast hides the column's statistics and PostgreSQL then guesses 0.5%
    // of rows, which made it prefer scanning every revision to walking the listing index and stopping early.
    conditions.push(r('r.status', '=', r.fn.any(arrayOf(statuses, 'bulletin_status'))));
    conditions.push(...contentFilterConditions(filter));
    if (filter.publishedAfter) conditions.push(r('r.published_at', '>=', filter.publishedAfter));
    if (filter.publishedBefore) conditions.push(r('r.published_at', '<', filter.publishedBefore));
    if (indicator) {
      // Indicators are part of the text a retraction withdraws (R13).
      conditions.push(r('r.status', '<>', sql.lit(BulletinStatus.RETRACTED)));
      const { value, network } = indicator;
      conditions.push(
        r.exists(
          r
            .selectFrom('bulletin_indicators as i')
            .select(sql.lit(1).as('one'))
            .whereRef('i.revision_id', '=', 'r.id')
            .where((eb) =>
              eb.or([
                eb('i.value', '=', value),
                ...(network ? [sql<SqlBool>`${eb.ref('i.network')} >>= ${network}::inet`] : []),
              ]),
            ),
        ),
      );
    }
    return conditions;
  }
}
