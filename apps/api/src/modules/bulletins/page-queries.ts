import type { SqlParams } from '@api/common/sql-params';
import { BULLETIN_COLUMNS, type BulletinRow } from './bulletin-row';
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
export type PageRow = BulletinRow & { rank: string | null; window_top: string | null };

/**
 * How many of the newest current revisions a page reads, at most, before it asks the indexes for the rest: enough
 * for a page of 20 when 1 in 500 revisions matches; at 1,000,000 revisions a walk this long took about 20 ms.
 */
const PAGE_WALK = 10_000;
/** The same for the RELEVANCE window, which needs RELEVANCE_WINDOW matches, not a page: 1 in 40 revisions. */
const RELEVANCE_WALK = 40 * RELEVANCE_WINDOW;

/**
 * CTEs ending in `matches (id, listed_at)`: the `limit` newest current revisions that pass `where` and `range`
 * (a condition on the alias it is given), newest first. Two ways, because which is fast depends on how many
 * revisions match, and PostgreSQL's estimate of that (the policy, a search) can be off by orders of magnitude:
 * - `walked` reads the newest `walk` current revisions from the listing index and keeps the first `limit` that
 *   match: a few dozen rows when matches are common (a feed, a search for common words);
 * - only if that found fewer than `limit`, `rest` finds the matches older than the walk the way PostgreSQL plans
 *   for all of them (the GIN indexes when they are rare). The gate sits on the CTE's scan, so when it is false
 *   `rest` never runs, nor starts parallel workers.
 */
function newestMatches(where: string, range: (alias: string) => string, limit: number, walk: number): string {
  return `walked AS (
      SELECT r.id, r.listed_at FROM (
        SELECT r.* FROM bulletin_revisions r
         WHERE r.is_current AND ${range('r')}
         ORDER BY r.listed_at DESC, r.id DESC LIMIT ${walk}
      ) r
      WHERE ${where}
      ORDER BY r.listed_at DESC, r.id DESC LIMIT ${limit}
    ), rest AS MATERIALIZED (
      SELECT r.id, r.listed_at FROM bulletin_revisions r
       WHERE r.is_current AND ${range('r')} AND ${where}
         AND (r.listed_at, r.id) < (
           SELECT s.listed_at, s.id FROM bulletin_revisions s
            WHERE s.is_current AND ${range('s')}
            ORDER BY s.listed_at DESC, s.id DESC OFFSET ${walk - 1} LIMIT 1)
    ), matches AS (
      SELECT id, listed_at FROM walked
      UNION ALL
      (SELECT id, listed_at FROM rest WHERE (SELECT count(id) FROM walked) < ${limit}
        ORDER BY listed_at DESC, id DESC LIMIT ${limit})
    )`;
}

/** Newest first on (listed_at, id), after the previous page's last row. As `query(...)` arguments. */
export function newestPageQuery(
  where: string,
  after: ListPosition | null,
  first: number,
  p: SqlParams,
): [string, unknown[]] {
  const bound = after && [`${p.param(after.listedAt)}::timestamptz`, `${p.param(after.id)}::uuid`];
  const range = (alias: string) => (bound ? `(${alias}.listed_at, ${alias}.id) < (${bound.join(', ')})` : 'TRUE');
  return [
    `WITH ${newestMatches(where, range, first + 1, PAGE_WALK)}
     SELECT ${BULLETIN_COLUMNS}, NULL AS rank, NULL AS window_top
       FROM matches m JOIN bulletin_revisions r ON r.id = m.id JOIN bulletins b ON b.id = r.bulletin_id
      ORDER BY m.listed_at DESC, m.id DESC
      LIMIT ${first + 1}`,
    p.values,
  ];
}

/**
 * The RELEVANCE_WINDOW newest matches, ranked, then paged on (rank, listed_at, id). The window is bounded above by
 * the first page's newest match, so bulletins listed while the reader pages do not push matches out of it. As
 * `query(...)` arguments.
 */
export function relevancePageQuery(
  where: string,
  tsquery: string,
  after: ListPosition | null,
  first: number,
  p: SqlParams,
): [string, unknown[]] {
  const top = after?.windowTop ? `${p.param(after.windowTop)}::timestamptz` : null;
  const range = (alias: string) => (top ? `${alias}.listed_at <= ${top}` : 'TRUE');
  const bound = after
    ? `WHERE (c.rank, c.listed_at, c.id) < (${p.param(after.rank ?? '0')}::real, ${p.param(after.listedAt)}::timestamptz, ${p.param(after.id)}::uuid)`
    : '';
  return [
    `WITH ${newestMatches(where, range, RELEVANCE_WINDOW, RELEVANCE_WALK)},
     candidates AS (
       SELECT r.id, r.listed_at, ts_rank(r.search_vector, ${tsquery}) AS rank
         FROM matches m JOIN bulletin_revisions r ON r.id = m.id
     )
     SELECT ${BULLETIN_COLUMNS}, c.rank::text AS rank, (SELECT max(listed_at) FROM candidates)::text AS window_top
       FROM candidates c JOIN bulletin_revisions r ON r.id = c.id JOIN bulletins b ON b.id = r.bulletin_id
      ${bound}
      ORDER BY c.rank DESC, c.listed_at DESC, c.id DESC
      LIMIT ${p.param(first + 1)}`,
    p.values,
  ];
}
