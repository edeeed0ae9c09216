import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BulletinStatus, type IndicatorType } from '@bulwark/domain';
import { readPredicate, type ViewerContext } from '@bulwark/policy';
import { DataSource } from 'typeorm';
import { SqlParams } from '@api/common/sql-params';
import {
  BULLETIN_COLUMNS,
  type BulletinRow,
  pendingAmendmentsQuery,
  REVIEWED_MARKING,
  REVISION_MARKING,
} from './bulletin-row';
import type { MarkingRow } from './bulletin-mapper';
import { contentFilterConditions } from './content-filter-conditions';
import { BulletinOrder } from './dto/bulletin-order';
import type { BulletinFilter } from './dto/bulletins.args';
import { TOTAL_COUNT_CAP } from './models/bulletin.model';
import { type ListPosition, newestPageQuery, type PageRow, relevancePageQuery } from './page-queries';

export type { ListPosition, PageRow } from './page-queries';

const SEARCH_CONFIG = "'english'";

export interface IndicatorQuery {
  readonly value: string;
  /** Set for IPs and CIDR blocks: matches blocks that contain it. */
  readonly network: string | null;
}

export interface CappedCount {
  /** Exact when `exact`, else TOTAL_COUNT_CAP: a lower bound. */
  readonly count: number;
  readonly exact: boolean;
}

/** A review queue row: the bulletin with its current revision, and its position in the queue as text. */
export type ReviewQueueRow = BulletinRow & { queue_key: string };

/** A comment of returnBulletin, with the marking of the revision it sent back (who may read it, R11). */
export interface ReturnRow extends MarkingRow {
  bulletin_id: string;
  revision_number: number;
  returned_by_user_id: string;
  comment: string;
  returned_at: Date;
}

export interface IndicatorRow {
  revision_id: string;
  type: IndicatorType;
  value: string;
}

/**
 * Every read of bulletins. Each query carries libs/policy's predicate for the viewer, so what a viewer may
 * not read never leaves the database: not in rows, not in counts.
 */
@Injectable()
export class BulletinsReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findVisible(viewer: ViewerContext, by: { id: string } | { reference: string }): Promise<BulletinRow | null> {
    const p = new SqlParams();
    const where = 'id' in by ? `b.id = ${p.param(by.id)}::uuid` : `b.reference = ${p.param(by.reference)}`;
    const rows: BulletinRow[] = await this.dataSource.query(
      `SELECT ${BULLETIN_COLUMNS}
         FROM bulletins b JOIN bulletin_revisions r ON r.bulletin_id = b.id AND r.is_current
        WHERE ${where} AND ${readPredicate(viewer, REVISION_MARKING, p.param)}`,
      p.values,
    );
    return rows[0] ?? null;
  }

  /** The id of a bulletin, readable or not: only to record a denied read (R15), never to answer the caller. */
  async existingId(by: { id: string } | { reference: string }): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      'id' in by ? 'SELECT id FROM bulletins WHERE id = $1::uuid' : 'SELECT id FROM bulletins WHERE reference = $1',
      ['id' in by ? by.id : by.reference],
    );
    return rows[0]?.id ?? null;
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
    const p = new SqlParams();
    const conditions = [
      readPredicate(viewer, REVISION_MARKING, p.param),
      ...this.filterConditions(viewer, filter, indicator, p),
    ];
    const query = filter.search ? `websearch_to_tsquery(${SEARCH_CONFIG}, ${p.param(filter.search)})` : null;
    if (query) conditions.push(`r.search_vector @@ ${query}`);
    const where = conditions.join(' AND ');

    const countParams = [...p.values];
    const total = () => this.countCapped(where, countParams);
    const rows: PageRow[] = await this.dataSource.query(
      ...(order === BulletinOrder.RELEVANCE && query
        ? relevancePageQuery(where, query, after, first, p)
        : newestPageQuery(where, after, first, p)),
    );
    return { rows, total };
  }

  /**
   * How many match, exact up to TOTAL_COUNT_CAP. The LIMIT lets PostgreSQL stop at the cap instead of testing the
   * policy and the search on every current revision. No join: every revision has its bulletin (foreign key).
   */
  private async countCapped(where: string, params: unknown[]): Promise<CappedCount> {
    const counted: { total: string }[] = await this.dataSource.query(
      `SELECT count(*) AS total FROM (
         SELECT 1 FROM bulletin_revisions r WHERE r.is_current AND ${where} LIMIT ${TOTAL_COUNT_CAP + 1}
       ) AS capped`,
      params,
    );
    const count = Number(counted[0]?.total ?? 0);
    return count > TOTAL_COUNT_CAP ? { count: TOTAL_COUNT_CAP, exact: false } : { count, exact: true };
  }

  /** Every revision of these bulletins that the viewer may read on its own marking (R12), oldest first. */
  revisionsVisible(viewer: ViewerContext, bulletinIds: readonly string[]): Promise<BulletinRow[]> {
    const p = new SqlParams();
    return this.dataSource.query(
      `SELECT ${BULLETIN_COLUMNS}
         FROM bulletins b JOIN bulletin_revisions r ON r.bulletin_id = b.id
        WHERE b.id = ANY(${p.param(bulletinIds)}::uuid[]) AND ${readPredicate(viewer, REVISION_MARKING, p.param)}
        ORDER BY b.id, r.number`,
      p.values,
    );
  }

  /**
   * The pending amendment (a revision in review that is not current) of each of these published bulletins, whoever
   * may read it: the caller decides each on its own marking before serving any.
   */
  pendingAmendments(bulletinIds: readonly string[]): Promise<BulletinRow[]> {
    return this.dataSource.query(...pendingAmendmentsQuery(bulletinIds));
  }

  /**
   * The review queue: bulletins with a revision in review — a submitted draft, or a published bulletin's pending
   * amendment — that the viewer may see (R11, on that revision's own marking) and whose current revision they may
   * read (R15), most recently changed first. It starts from the partial index of revisions in review, a few rows.
   */
  async reviewQueuePage(
    viewer: ViewerContext,
    after: { updatedAt: string; id: string } | null,
    first: number,
  ): Promise<{ rows: ReviewQueueRow[]; total: number }> {
    const p = new SqlParams();
    const where = `b.id IN (
          SELECT q.bulletin_id FROM bulletin_revisions q
           WHERE q.status = 'IN_REVIEW' AND ${readPredicate(viewer, REVIEWED_MARKING, p.param)})
        AND b.status IN ('IN_REVIEW', 'PUBLISHED')
        AND ${readPredicate(viewer, REVISION_MARKING, p.param)}`;
    const from = 'FROM bulletins b JOIN bulletin_revisions r ON r.bulletin_id = b.id AND r.is_current';
    const counted: { total: string }[] = await this.dataSource.query(
      `SELECT count(*) AS total ${from} WHERE ${where}`,
      p.values,
    );
    const bound = after
      ? ` AND (b.updated_at, b.id) < (${p.param(after.updatedAt)}::timestamptz, ${p.param(after.id)}::uuid)`
      : '';
    const rows: ReviewQueueRow[] = await this.dataSource.query(
      `SELECT ${BULLETIN_COLUMNS}, b.updated_at::text AS queue_key
         ${from} WHERE ${where}${bound}
        ORDER BY b.updated_at DESC, b.id DESC LIMIT ${first + 1}`,
      p.values,
    );
    return { rows, total: Number(counted[0]?.total ?? 0) };
  }

  /**
   * The comments of drafts and amendments sent back (returnBulletin), newest first, at most `perBulletin` for each
   * bulletin, each with its revision's marking as it is now: the caller decides each on it before serving any.
   */
  returnsOf(bulletinIds: readonly string[], perBulletin: number): Promise<ReturnRow[]> {
    return this.dataSource.query(
      `SELECT x.bulletin_id, x.revision_number, x.returned_by_user_id, x.comment, x.returned_at, r.tier, r.status,
              r.originator_org_ids, r.recipient_org_ids, r.recipient_user_ids, r.author_user_id, r.approver_user_id
         FROM (
           SELECT y.*, row_number() OVER (PARTITION BY y.bulletin_id ORDER BY y.returned_at DESC, y.id DESC) AS n
             FROM bulletin_returns y WHERE y.bulletin_id = ANY($1::uuid[])
         ) x JOIN bulletin_revisions r ON r.id = x.revision_id
        WHERE x.n <= $2 ORDER BY x.bulletin_id, x.returned_at DESC, x.id DESC`,
      [bulletinIds, perBulletin],
    );
  }

  indicatorsOf(revisionIds: readonly string[]): Promise<IndicatorRow[]> {
    return this.dataSource.query(
      `SELECT revision_id, type, value FROM bulletin_indicators WHERE revision_id = ANY($1::uuid[]) ORDER BY revision_id, position`,
      [revisionIds],
    );
  }

  /** Which of these revisions the user has acknowledged. */
  async acknowledgedBy(userId: string, revisionIds: readonly string[]): Promise<Set<string>> {
    const rows: { revision_id: string }[] = await this.dataSource.query(
      `SELECT revision_id FROM bulletin_acknowledgements WHERE user_id = $1 AND revision_id = ANY($2::uuid[])`,
      [userId, revisionIds],
    );
    return new Set(rows.map((row) => row.revision_id));
  }

  private filterConditions(
    viewer: ViewerContext,
    filter: BulletinFilter,
    indicator: IndicatorQuery | null,
    p: SqlParams,
  ): string[] {
    const conditions: string[] = [];
    if (filter.authoredByMe) {
      // On the bulletin, not the revision: an amendment by someone else keeps it yours. A key has written none.
      conditions.push(
        viewer.userId
          ? `r.bulletin_id IN (SELECT mine.id FROM bulletins mine WHERE mine.author_user_id = ${p.param(viewer.userId)}::uuid)`
          : 'FALSE',
      );
    }
    const statuses = filter.statuses ?? [BulletinStatus.PUBLISHED];
    // Typed as the column, not cast to text: a cast hides the column's statistics and PostgreSQL then guesses 0.5%
    // of rows, which made it prefer scanning every revision to walking the listing index and stopping early.
    conditions.push(`r.status = ANY(${p.param(statuses)}::bulletin_status[])`);
    conditions.push(...contentFilterConditions(filter, p));
    if (filter.publishedAfter) conditions.push(`r.published_at >= ${p.param(filter.publishedAfter)}`);
    if (filter.publishedBefore) conditions.push(`r.published_at < ${p.param(filter.publishedBefore)}`);
    if (indicator) {
      // Indicators are part of the text a retraction withdraws (R13).
      conditions.push(`r.status <> 'RETRACTED'`);
      const byNetwork = indicator.network ? ` OR i.network >>= ${p.param(indicator.network)}::inet` : '';
      conditions.push(
        `EXISTS (SELECT 1 FROM bulletin_indicators i WHERE i.revision_id = r.id AND (i.value = ${p.param(indicator.value)}${byNetwork}))`,
      );
    }
    return conditions;
  }
}
