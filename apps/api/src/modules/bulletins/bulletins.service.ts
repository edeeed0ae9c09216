import { Injectable } from '@nestjs/common';
import { Tier } from '@bulwark/domain';
import { decideRead, type ViewerContext } from '@bulwark/policy';
import { badInput } from '@api/common/app-errors';
import { indicatorQuery } from '@api/common/indicators';
import { decodeCursor } from '@api/graphql/pagination';
import type { RequestLoaders } from '@api/graphql/request-loaders';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditService } from '@api/modules/audit/audit.service';
import { markingOf, toBulletin, toRevision } from './bulletin-mapper';
import {
  BulletinsReadRepository,
  type IndicatorRow,
  type ListPosition,
  type PageRow,
} from './bulletins-read.repository';
import { withCappedCount } from './capped-count';
import { BulletinOrder } from './dto/bulletin-order';
import type { BulletinsArgs } from './dto/bulletins.args';
import type { Bulletin, BulletinPage, BulletinRevision, Indicator } from './models/bulletin.model';

const REFERENCE = /^[A-Z][A-Z0-9-]{1,23}-\d{4}-\d{4,6}$/;

// Exactly what PostgreSQL prints for timestamptz::text and a non-negative real: anything else is forged.
export const LISTED_AT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const RANK = /^\d+(\.\d+)?(e-?\d{1,2})?$/;

/** Cursor keys: "<listed_at>", or in RELEVANCE order "<rank>|<listed_at>|<window top>". */
function positionOf(cursor: { key: string; id: string } | null, ranked: boolean): ListPosition | null {
  if (!cursor) return null;
  const parts = cursor.key.split('|');
  const [rank, listedAt, windowTop] = ranked ? parts : [null, parts[0], null];
  const valid =
    parts.length === (ranked ? 3 : 1) &&
    listedAt !== undefined &&
    LISTED_AT.test(listedAt) &&
    (!ranked ||
      (rank !== undefined &&
        rank !== null &&
        RANK.test(rank) &&
        Number.isFinite(Number(rank)) &&
        windowTop !== undefined &&
        windowTop !== null &&
        LISTED_AT.test(windowTop)));
  if (!valid) throw badInput('Invalid cursor: pass the endCursor of a previous page.');
  return { rank: rank ?? null, listedAt, id: cursor.id, windowTop: windowTop ?? null };
}

function cursorKey(row: PageRow | undefined, ranked: boolean): string {
  const listedAt = row?.listed_at_key ?? '';
  return ranked ? `${row?.rank ?? '0'}|${listedAt}|${row?.window_top ?? listedAt}` : listedAt;
}

/** Reads of these tiers are on the audit trail (R18). */
export const AUDITED_READS: readonly Tier[] = [Tier.AMBER_STRICT, Tier.RED];

/** Reading bulletins: every path asks the policy, in SQL for lists and counts. */
@Injectable()
export class BulletinsService {
  constructor(
    private readonly reads: BulletinsReadRepository,
    private readonly audit: AuditService,
  ) {}

  async get(viewer: ViewerContext, id: string): Promise<Bulletin | null> {
    return this.getAudited(viewer, { id });
  }

  /** The bulletin a mutation just wrote, as the writer now sees it: the write is on the record, not a read. */
  async getAfterWrite(viewer: ViewerContext, id: string): Promise<Bulletin | null> {
    const row = await this.reads.findVisible(viewer, { id });
    return row && toBulletin(row);
  }

  /**
   * Those of these bulletins the viewer may read, newest first, for what another module links to them (a report's
   * drafts, its duplicates): the others are left out as missing ones would be (R15). Not a read of their text.
   */
  async visibleAmong(viewer: ViewerContext, ids: readonly string[]): Promise<Bulletin[]> {
    if (ids.length === 0) return [];
    return (await this.reads.findVisibleMany(viewer, ids)).map(toBulletin);
  }

  async getByReference(viewer: ViewerContext, reference: string): Promise<Bulletin | null> {
    const normalised = reference.trim().toUpperCase();
    if (!REFERENCE.test(normalised)) return null;
    return this.getAudited(viewer, { reference: normalised });
  }

  /**
   * Whether the viewer may read this bulletin now, for what another module attaches to it (an office's notes): not a
   * read of its text, so not on the record as one. A hidden bulletin answers false, as a missing one does (R15), and
   * the attempt is recorded as denied.
   */
  async mayRead(viewer: ViewerContext, id: string, attempted: AuditAction): Promise<boolean> {
    if (await this.reads.findVisible(viewer, { id })) return true;
    await this.recordIfHidden(viewer, { id }, attempted);
    return false;
  }

  /**
   * One bulletin by id or reference, on the record (R18): a read of an AMBER_STRICT or RED bulletin costs one
   * insert; a bulletin that exists but is hidden from the viewer is recorded as DENIED, and the caller gets the
   * same null as for a missing one (R15). List pages are not recorded one by one.
   */
  private async getAudited(
    viewer: ViewerContext,
    by: { id: string } | { reference: string },
  ): Promise<Bulletin | null> {
    const row = await this.reads.findVisible(viewer, by);
    if (row) {
      if (AUDITED_READS.includes(row.tier))
        await this.audit.recordBulletinRead(viewer, row.id, { revision: row.number });
      return toBulletin(row);
    }
    await this.recordIfHidden(viewer, by, AuditAction.BULLETIN_READ);
    return null;
  }

  /** A bulletin the viewer was refused: if it exists (hidden, not missing), the attempt goes on the record. */
  private async recordIfHidden(
    viewer: ViewerContext,
    by: { id: string } | { reference: string },
    attempted: AuditAction,
  ): Promise<void> {
    const hiddenId = await this.reads.existingId(by);
    if (hiddenId) await this.audit.recordDenial(viewer, AuditTargetType.BULLETIN, hiddenId, { attempted });
  }

  async list(viewer: ViewerContext, args: BulletinsArgs): Promise<BulletinPage> {
    const filter = args.filter ?? {};
    const order = args.orderBy ?? BulletinOrder.NEWEST;
    if (order === BulletinOrder.RELEVANCE && !filter.search)
      throw badInput('orderBy RELEVANCE ranks a search: give filter.search, or order by NEWEST.');
    const ranked = order === BulletinOrder.RELEVANCE;
    const after = positionOf(decodeCursor(args.after), ranked);
    const indicator = filter.indicator ? indicatorQuery(filter.indicator) : null;
    const { rows, total } = await this.reads.page(viewer, filter, indicator, after, args.first, order);
    const positions = new Map(rows.map((row) => [row.id, row]));
    // The cursor holds the page's last sort key and the current revision's id (revision_id), its last key.
    return withCappedCount(rows.map(toBulletin), args.first, total, (bulletin) => {
      const row = positions.get(bulletin.id);
      return { key: cursorKey(row, ranked), id: row?.revision_id ?? bulletin.id };
    });
  }

  /** The revisions of a bulletin this viewer may read, each on its own marking (R12). One query per operation. */
  revisions(loaders: RequestLoaders, viewer: ViewerContext, bulletinId: string): Promise<BulletinRevision[]> {
    return loaders
      .get('bulletinRevisions', async (ids: readonly string[]) => {
        const rows = await this.reads.revisionsVisible(viewer, ids);
        return ids.map((id) => rows.filter((row) => row.id === id).map(toRevision));
      })
      .load(bulletinId);
  }

  /**
   * The amendment awaiting its second publisher (R10), or null: served only to a viewer who passes the policy on
   * that revision's own marking (it is in review, so R11), and to anyone else the same null as when there is none
   * (R15). One query per operation.
   */
  pendingAmendment(
    loaders: RequestLoaders,
    viewer: ViewerContext,
    bulletinId: string,
  ): Promise<BulletinRevision | null> {
    return loaders
      .get('pendingAmendments', async (ids: readonly string[]) => {
        const rows = await this.reads.pendingAmendments(ids);
        return ids.map((id) => {
          const row = rows.find((candidate) => candidate.id === id);
          return row && decideRead(viewer, markingOf(row)).allowed ? toRevision(row) : null;
        });
      })
      .load(bulletinId);
  }

  indicators(loaders: RequestLoaders, revisionId: string): Promise<Indicator[]> {
    return loaders
      .get('revisionIndicators', async (ids: readonly string[]) => {
        const rows: IndicatorRow[] = await this.reads.indicatorsOf(ids);
        return ids.map((id) =>
          rows.filter((row) => row.revision_id === id).map(({ type, value }) => ({ type, value })),
        );
      })
      .load(revisionId);
  }

  acknowledgedByMe(loaders: RequestLoaders, userId: string, revisionId: string): Promise<boolean> {
    return loaders
      .get('acknowledgedByMe', async (ids: readonly string[]) => {
        const acknowledged = await this.reads.acknowledgedBy(userId, ids);
        return ids.map((id) => acknowledged.has(id));
      })
      .load(revisionId);
  }
}
