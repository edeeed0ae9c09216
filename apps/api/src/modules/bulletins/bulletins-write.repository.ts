import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BulletinStatus, type NormalisedIndicator } from '@bulwark/domain';
import { RELEASED_STATUSES } from '@bulwark/policy';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '@api/common/sql-results';
import { BULLETIN_COLUMNS, type BulletinRow, pendingAmendmentsQuery } from './bulletin-row';
import { BulletinReturnEntity } from './entities/bulletin-return.entity';
import { BulletinRevisionEntity } from './entities/bulletin-revision.entity';
import { BulletinEntity } from './entities/bulletin.entity';

export type RevisionFields = Omit<
  BulletinRevisionEntity,
  'id' | 'bulletin' | 'createdAt' | 'searchVector' | 'listedAt' | 'bulletinId' | 'number' | 'isCurrent'
>;

/** What stays served after a retraction (R13): title, summary and tags. */
export const SERVED_TEXT_VECTOR = `setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B')
  || setweight(to_tsvector('simple', array_to_string(tags, ' ')), 'B')`;
const SEARCH_VECTOR = `${SERVED_TEXT_VECTOR} || setweight(to_tsvector('english', body), 'C')`;

/** Every write of bulletins, always inside the caller's transaction. */
@Injectable()
export class BulletinsWriteRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The bulletin and its current revision, locked until the transaction ends. */
  async lockCurrent(manager: EntityManager, id: string): Promise<BulletinRow | null> {
    const rows: BulletinRow[] = await manager.query(
      `SELECT ${BULLETIN_COLUMNS}
         FROM bulletins b JOIN bulletin_revisions r ON r.bulletin_id = b.id AND r.is_current
        WHERE b.id = $1 FOR UPDATE OF b`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * The amendment of a published bulletin that awaits its second person (R10), joined with the bulletin: a revision
   * in review that is not current. Call it with the bulletin already locked (lockCurrent).
   */
  async pendingOf(manager: EntityManager, bulletinId: string): Promise<BulletinRow | null> {
    const rows: BulletinRow[] = await manager.query(...pendingAmendmentsQuery([bulletinId]));
    return rows[0] ?? null;
  }

  async insertBulletin(
    manager: EntityManager,
    authorUserId: string,
    expiresAt: Date | null,
    status: BulletinStatus,
  ): Promise<string> {
    const saved = await manager.getRepository(BulletinEntity).save({
      status,
      revisionNumber: 1,
      version: 1,
      authorUserId,
      expiresAt,
      reference: null,
    });
    return saved.id;
  }

  async insertRevision(
    manager: EntityManager,
    bulletinId: string,
    number: number,
    fields: RevisionFields,
    indicators: readonly NormalisedIndicator[],
    isCurrent = true,
  ): Promise<string> {
    const saved = await manager
      .getRepository(BulletinRevisionEntity)
      .save({ ...fields, bulletinId, number, isCurrent });
    await this.writeIndicators(manager, saved.id, indicators);
    await this.refreshSearch(manager, saved.id);
    return saved.id;
  }

  async updateRevision(
    manager: EntityManager,
    revisionId: string,
    fields: Partial<RevisionFields>,
    indicators: readonly NormalisedIndicator[] | null,
  ): Promise<void> {
    if (Object.keys(fields).length > 0) {
      await manager
        .getRepository(BulletinRevisionEntity)
        .update({ id: revisionId }, { ...fields, listedAt: () => 'now()' });
    }
    if (indicators) {
      await manager.query('DELETE FROM bulletin_indicators WHERE revision_id = $1', [revisionId]);
      await this.writeIndicators(manager, revisionId, indicators);
    }
    await this.refreshSearch(manager, revisionId);
  }

  /**
   * The number a new revision of a locked bulletin takes: one more than any it has, so that a withdrawn amendment,
   * which keeps its number (its comments name it), is never numbered twice.
   */
  async nextRevisionNumber(manager: EntityManager, bulletinId: string): Promise<number> {
    const rows: { next: number }[] = await manager.query(
      'SELECT max(number) + 1 AS next FROM bulletin_revisions WHERE bulletin_id = $1',
      [bulletinId],
    );
    return Number(rows[0]?.next ?? 1);
  }

  /** Marks the old current revision as history before a new one becomes current. */
  async retireCurrent(manager: EntityManager, bulletinId: string): Promise<void> {
    await manager.query('UPDATE bulletin_revisions SET is_current = false WHERE bulletin_id = $1 AND is_current', [
      bulletinId,
    ]);
  }

  /** Bumps the version (and applies `fields`) of a locked bulletin. */
  async touchBulletin(manager: EntityManager, id: string, fields: Partial<BulletinEntity>): Promise<void> {
    await manager
      .getRepository(BulletinEntity)
      .update({ id }, { ...fields, version: () => 'version + 1', updatedAt: () => 'now()' });
  }

  /**
   * Sets the status of the current revision (`onlyCurrent`: submission, first publication) or of every revision
   * that was ever released (retraction). A revision that never left its originators (a pending or withdrawn
   * amendment) is never marked released here: its text stays under R11.
   */
  async setRevisionStatus(
    manager: EntityManager,
    bulletinId: string,
    status: BulletinStatus,
    onlyCurrent: boolean,
  ): Promise<void> {
    const scope = onlyCurrent ? 'is_current' : 'status = ANY($3::bulletin_status[])';
    await manager.query(
      `UPDATE bulletin_revisions SET status = $2 WHERE bulletin_id = $1 AND ${scope}`,
      onlyCurrent ? [bulletinId, status] : [bulletinId, status, RELEASED_STATUSES],
    );
  }

  /**
   * Releases a pending amendment (R10): it becomes the current revision, published by `approverUserId`. The old
   * current revision must have been retired in the same transaction. Only a revision still in review qualifies, so
   * a withdrawn one can never become current; returns false when there was none.
   */
  async releasePending(manager: EntityManager, revisionId: string, approverUserId: string): Promise<boolean> {
    const rows = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE bulletin_revisions
            SET is_current = true, status = $3, approver_user_id = $2, published_at = now(), listed_at = now()
          WHERE id = $1 AND NOT is_current AND status = $4
        RETURNING id`,
        [revisionId, approverUserId, BulletinStatus.PUBLISHED, BulletinStatus.IN_REVIEW],
      ),
    );
    return rows.length === 1;
  }

  /**
   * Withdraws a bulletin's pending amendment (on retraction, or sent back to its author): back to DRAFT, never
   * current, so it is no longer pending, can never be released, and stays visible only under R11. Returns the
   * withdrawn revision numbers.
   */
  async withdrawPending(manager: EntityManager, bulletinId: string): Promise<number[]> {
    const rows = returnedRows<{ number: number }>(
      await manager.query(
        `UPDATE bulletin_revisions SET status = $2
          WHERE bulletin_id = $1 AND NOT is_current AND status = $3
        RETURNING number`,
        [bulletinId, BulletinStatus.DRAFT, BulletinStatus.IN_REVIEW],
      ),
    );
    return rows.map((row) => Number(row.number));
  }

  /** R13: a retracted bulletin's withdrawn text no longer matches a search, for anyone. */
  async withdrawTextFromSearch(manager: EntityManager, bulletinId: string): Promise<void> {
    await manager.query(`UPDATE bulletin_revisions SET search_vector = ${SERVED_TEXT_VECTOR} WHERE bulletin_id = $1`, [
      bulletinId,
    ]);
  }

  async markPublished(manager: EntityManager, revisionId: string, approverUserId: string): Promise<void> {
    await manager.query(
      `UPDATE bulletin_revisions SET approver_user_id = $2, published_at = now(), listed_at = now() WHERE id = $1`,
      [revisionId, approverUserId],
    );
  }

  /** The publisher a draft in review is waiting for (R11: for RED, they alone besides the author see it). */
  async nameApprover(manager: EntityManager, revisionId: string, approverUserId: string): Promise<void> {
    await manager.query('UPDATE bulletin_revisions SET approver_user_id = $2 WHERE id = $1', [
      revisionId,
      approverUserId,
    ]);
  }

  indicatorsOf(manager: EntityManager, revisionId: string): Promise<NormalisedIndicator[]> {
    return manager.query(
      'SELECT type, value, network FROM bulletin_indicators WHERE revision_id = $1 ORDER BY position',
      [revisionId],
    );
  }

  /** The next reference for an organization and year, e.g. CISA-2026-0042: gap-free, safe under concurrency. */
  async nextReference(
    manager: EntityManager,
    organizationId: string,
    shortName: string,
    year: number,
  ): Promise<string> {
    const rows: { last_number: number }[] = await manager.query(
      `INSERT INTO reference_counters (organization_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (organization_id, year) DO UPDATE SET last_number = reference_counters.last_number + 1
       RETURNING last_number`,
      [organizationId, year],
    );
    return `${shortName}-${year}-${String(rows[0]?.last_number ?? 1).padStart(4, '0')}`;
  }

  /** Keeps a publisher's comment on a draft sent back to its author (returnBulletin). */
  async recordReturn(
    manager: EntityManager,
    sent: { bulletinId: string; revisionId: string; revisionNumber: number; returnedByUserId: string; comment: string },
  ): Promise<void> {
    await manager.getRepository(BulletinReturnEntity).insert(sent);
  }

  /** Records a receipt once; returns false when it was already there. */
  async acknowledge(
    manager: EntityManager,
    ack: { bulletinId: string; revisionId: string; userId: string; organizationId: string },
  ) {
    const rows: unknown[] = await manager.query(
      `INSERT INTO bulletin_acknowledgements (bulletin_id, revision_id, user_id, organization_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (revision_id, user_id) DO NOTHING RETURNING id`,
      [ack.bulletinId, ack.revisionId, ack.userId, ack.organizationId],
    );
    return rows.length > 0;
  }

  private async writeIndicators(
    manager: EntityManager,
    revisionId: string,
    indicators: readonly NormalisedIndicator[],
  ) {
    if (indicators.length === 0) return;
    const values: unknown[] = [];
    const tuples = indicators.map((indicator, position) => {
      values.push(revisionId, indicator.type, indicator.value, indicator.network, position);
      const n = values.length;
      return `($${n - 4}::uuid, $${n - 3}, $${n - 2}, $${n - 1}::inet, $${n})`;
    });
    await manager.query(
      `INSERT INTO bulletin_indicators (revision_id, type, value, network, position) VALUES ${tuples.join(', ')}`,
      values,
    );
  }

  private async refreshSearch(manager: EntityManager, revisionId: string): Promise<void> {
    await manager.query(`UPDATE bulletin_revisions SET search_vector = ${SEARCH_VECTOR} WHERE id = $1`, [revisionId]);
  }
}
