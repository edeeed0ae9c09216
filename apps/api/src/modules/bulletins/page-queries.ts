import { type Expression, expressionBuilder, type Kysely, sql, type SqlBool } from 'kysely';
import type { DomainRow } from '@api/database/domain-enums';
import { type DB, type ResultOf, sqlOf } from '@api/database/typed-sql';
import { BULLETIN_COLUMNS } from './bulletin-row';
import { RELEVANCE_WINDOW } from './dto/bulletin-order';

/** Where the previous page ended, from its cursor. */
export interface ListPosition {
  /** RELEVANCE only: the last row's rank. */
  readonly rank: string | null;
  readonly listedAt: string;
  /** The last row's current revision id. */
  readonly id: string;
  /** RELEVANCE only: the newest listing time of the ranked window, so later pages rank the same window. */
  readonly windowTop: string | null;
}

/** A page's row: the bulletin, and for RELEVANCE its rank and its window's newest listing time, as text. */
export type PageRow =
  DomainRow<ResultOf<ReturnType<typeof newestPageQuery>>> | DomainRow<ResultOf<ReturnType<typeof relevancePageQuery>>>;

/**
 * How many of the newest current revisions a page reads, at most, before it asks the indexes for the rest: enough
 * for a page of 20 when 1 in 500 revisions matches; at 1,000,000 revisions a walk this long took about 20 ms.
 */
const PAGE_WALK = 10_000;
/** The same for the RELEVANCE window, which needs RELEVANCE_WINDOW matches, not a page: 1 in 40 revisions. */
const RELEVANCE_WALK = 40 * RELEVANCE_WINDOW;

/** The revisions a page reads (`r`), and those its walk skips over (`s`). */
const revisions = expressionBuilder<{ r: DB['bulletin_revisions']; s: DB['bulletin_revisions'] }, 'r' | 's'>();

/** A condition on the listing time of the revisions at this alias: a page's range. */
type Range = (alias: 'r' | 's') => Expression<SqlBool>;

const isCurrent = (alias: 'r' | 's') => revisions.ref(`${alias}.is_current`);

/**
 * CTEs ending in `matches (id, listed_at)`: the `limit` newest current revisions that pass `where` and `range`
 * (a condition on the alias it is given), newest first. Two ways, because which is fast depends on how many
 * revisions match, and PostgreSQL's estimate of that (the policy, a search) can be off by orders of magnitude:
 * - `walked` reads the newest `walk` current revisions from the listing index and keeps the first `limit` that
 *   match: a few dozen rows when matches are common (a feed, a search for common words);
 * - only if that found fewer than `limit`, `rest` finds the matches older than the walk the way PostgreSQL plans
 *   for all of them (the GIN indexes when they are rare). The gate sits on the CTE's scan, so when it is false
 *   `rest` never runs, nor starts parallel workers.
 * LIMIT and OFFSET are literals, as the planner costs the walk by them.
 */
function withNewestMatches(db: Kysely<DB>, where: Expression<SqlBool>, range: Range, limit: number, walk: number) {
  return db
    .with('walked', (qc) =>
      qc
        .selectFrom((newest) =>
          newest
            .selectFrom('bulletin_revisions as r')
            .selectAll('r')
            .where(isCurrent('r'))
            .where(range('r'))
            .orderBy('r.listed_at', 'desc')
            .orderBy('r.id', 'desc')
            .limit(sql.lit(walk))
            .as('r'),
        )
        .select(['r.id', 'r.listed_at'])
        .where(where)
        .orderBy('r.listed_at', 'desc')
        .orderBy('r.id', 'desc')
        .limit(sql.lit(limit)),
    )
    .with(
      (cte) => cte('rest').materialized(),
      (qc) =>
        qc
          .selectFrom('bulletin_revisions as r')
          .select(['r.id', 'r.listed_at'])
          .where(isCurrent('r'))
          .where(range('r'))
          .where(where)
          .where((eb) =>
            eb(
              eb.refTuple('r.listed_at', 'r.id'),
              '<',
              eb
                .selectFrom('bulletin_revisions as s')
                .select(['s.listed_at', 's.id'])
                .where(isCurrent('s'))
                .where(range('s'))
                .orderBy('s.listed_at', 'desc')
                .orderBy('s.id', 'desc')
                .offset(sql.lit(walk - 1))
                .limit(sql.lit(1))
                .$asTuple('listed_at', 'id'),
            ),
          ),
    )
    .with('matches', (qc) =>
      qc
        .selectFrom('walked')
        .select(['id', 'listed_at'])
        .unionAll((eb) =>
          eb.parens(
            eb
              .selectFrom('rest')
              .select(['id', 'listed_at'])
              .where((gate) =>
                gate(gate.selectFrom('walked').select(gate.fn.count('id').as('found')), '<', sql.lit(limit)),
              )
              .orderBy('listed_at', 'desc')
              .orderBy('id', 'desc')
              .limit(sql.lit(limit)),
          ),
        ),
    );
}

/** Newest first on (listed_at, id), after the previous page's last row. */
export function newestPageQuery(where: Expression<SqlBool>, after: ListPosition | null, first: number) {
  const range: Range = (alias) =>
    after
      ? revisions(
          revisions.refTuple(`${alias}.listed_at`, `${alias}.id`),
          '<',
          revisions.tuple(sql<Date>`${after.listedAt}::timestamptz`, sql<string>`${after.id}::uuid`),
        )
      : revisions.lit(true);
  return sqlOf((db) =>
    withNewestMatches(db, where, range, first + 1, PAGE_WALK)
      .selectFrom('matches as m')
      .innerJoin('bulletin_revisions as r', 'r.id', 'm.id')
      .innerJoin('bulletins as b', 'b.id', 'r.bulletin_id')
      .select(BULLETIN_COLUMNS)
      .select([sql<null>`NULL`.as('rank'), sql<null>`NULL`.as('window_top')])
      .orderBy('m.listed_at', 'desc')
      .orderBy('m.id', 'desc')
      .limit(sql.lit(first + 1)),
  );
}

/**
 * The RELEVANCE_WINDOW newest matches, ranked, then paged on (rank, listed_at, id). The window is bounded above by
 * the first page's newest match, so bulletins listed while the reader pages do not push matches out of it.
 */
export function relevancePageQuery(
  where: Expression<SqlBool>,
  tsquery: Expression<unknown>,
  after: ListPosition | null,
  first: number,
) {
  const top = after?.windowTop;
  const range: Range = (alias) =>
    top ? revisions(`${alias}.listed_at`, '<=', sql<Date>`${top}::timestamptz`) : revisions.lit(true);
  return sqlOf((db) => {
    const ranked = withNewestMatches(db, where, range, RELEVANCE_WINDOW, RELEVANCE_WALK)
      .with('candidates', (qc) =>
        qc
          .selectFrom('matches as m')
          .innerJoin('bulletin_revisions as r', 'r.id', 'm.id')
          .select((eb) => ['r.id', 'r.listed_at', eb.fn<number>('ts_rank', ['r.search_vector', tsquery]).as('rank')]),
      )
      .selectFrom('candidates as c')
      .innerJoin('bulletin_revisions as r', 'r.id', 'c.id')
      .innerJoin('bulletins as b', 'b.id', 'r.bulletin_id')
      .select(BULLETIN_COLUMNS)
      .select((eb) => [
        eb.cast<string>('c.rank', 'text').as('rank'),
        eb.cast<string>(eb.selectFrom('candidates').select(eb.fn.max('listed_at').as('top')), 'text').as('window_top'),
      ]);
    const page = after
      ? ranked.where((eb) =>
          eb(
            eb.refTuple('c.rank', 'c.listed_at', 'c.id'),
            '<',
            eb.tuple(
              sql<number>`${after.rank ?? '0'}::real`,
              sql<Date>`${after.listedAt}::timestamptz`,
              sql<string>`${after.id}::uuid`,
            ),
          ),
        )
      : ranked;
    return page
      .orderBy('c.rank', 'desc')
      .orderBy('c.listed_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(first + 1);
  });
}
