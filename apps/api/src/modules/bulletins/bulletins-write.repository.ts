import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BulletinStatus, type IndicatorType, type NormalisedIndicator } from '@bulwark/domain';
import { RELEASED_STATUSES } from '@bulwark/policy';
import { indicatorStixId } from '@bulwark/stix';
import { expressionBuilder, sql } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { arrayOf, type DB, NOW, run, runFirst, sqlOf } from '@api/database/typed-sql';
import { BULLETIN_COLUMNS, type BulletinRow, pendingAmendmentsOf } from './bulletin-row';
import { BulletinReturnEntity } from './entities/bulletin-return.entity';
import { BulletinRevisionEntity } from './entities/bulletin-revision.entity';
import { BulletinEntity } from './entities/bulletin.entity';

export type RevisionFields = Omit<
  BulletinRevisionEntity,
  'id' | 'bulletin' | 'createdAt' | 'searchVector' | 'listedAt' | 'bulletinId' | 'number' | 'isCurrent'
>;

/** A revision and its bulletin. */
export interface RevisionKey {
  readonly bulletinId: string;
  readonly revisionId: string;
}

const revision = expressionBuilder<DB, 'bulletin_revisions'>();

/** What stays served after a retraction (R13): title, summary and tags. */
export const SERVED_TEXT_VECTOR = sql<string>`setweight(to_tsvector('english', ${revision.ref('title')}), 'A')
  || setweight(to_tsvector('english', ${revision.ref('summary')}), 'B')
  || setweight(to_tsvector('simple', array_to_string(${revision.ref('tags')}, ' ')), 'B')`;
const SEARCH_VECTOR = sql<string>`${SERVED_TEXT_VECTOR} || setweight(to_tsvector('english', ${revision.ref('body')}), 'C')`;

/** Every write of bulletins, always inside the caller's transaction. */
@Injectable()
export class BulletinsWriteRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The bulletin and its current revision, locked until the transaction ends. */
  async lockCurrent(manager: EntityManager, id: string): Promise<BulletinRow | null> {
    return runFirst(
      manager,
      sqlOf((db) =>
        db
          .selectFrom('bulletins as b')
          .innerJoin('bulletin_revisions as r', (join) =>
            join.onRef('r.bulletin_id', '=', 'b.id').on((eb) => eb.ref('r.is_current')),
          )
          .select(BULLETIN_COLUMNS)
          .where('b.id', '=', id)
          .forUpdate('b'),
      ),
    );
  }

  /**
   * The amendment of a published bulletin that awaits its second person (R10), joined with the bulletin: a revision
   * in review that is not current. Call it with the bulletin already locked (lockCurrent).
   */
  async pendingOf(manager: EntityManager, bulletinId: string): Promise<BulletinRow | null> {
    return runFirst(manager, pendingAmendmentsOf([bulletinId]));
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
    await this.writeIndicators(manager, { bulletinId, revisionId: saved.id }, indicators);
    await this.refreshSearch(manager, saved.id);
    return saved.id;
  }

  async updateRevision(
    manager: EntityManager,
    { bulletinId, revisionId }: RevisionKey,
    fields: Partial<RevisionFields>,
    indicators: readonly NormalisedIndicator[] | null,
  ): Promise<void> {
    if (Object.keys(fields).length > 0) {
      await manager
        .getRepository(BulletinRevisionEntity)
        .update({ id: revisionId }, { ...fields, listedAt: () => 'now()' });
    }
    if (indicators) {
      await run(
        manager,
        sqlOf((db) => db.deleteFrom('bulletin_indicators').where('revision_id', '=', revisionId)),
      );
      await this.writeIndicators(manager, { bulletinId, revisionId }, indicators);
    }
    await this.refreshSearch(manager, revisionId);
  }

  /**
   * The number a new revision of a locked bulletin takes: one more than any it has, so that a withdrawn amendment,
   * which keeps its number (its comments name it), is never numbered twice.
   */
  async nextRevisionNumber(manager: EntityManager, bulletinId: string): Promise<number> {
    const row = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .selectFrom('bulletin_revisions')
          .select((eb) => eb(eb.fn.max<number | null>('number'), '+', eb.lit(1)).as('next'))
          .where('bulletin_id', '=', bulletinId),
      ),
    );
    return Number(row?.next ?? 1);
  }

  /** Marks the old current revision as history before a new one becomes current. */
  async retireCurrent(manager: EntityManager, bulletinId: string): Promise<void> {
    await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('bulletin_revisions')
          .set({ is_current: false })
          .where('bulletin_id', '=', bulletinId)
          .where((eb) => eb.ref('is_current')),
      ),
    );
  }

  /** Bumps the version (and applies `fields`) of a locked bulletin. */
  async touchBulletin(
    manager: EntityManager,
    id: string,
    fields: QueryDeepPartialEntity<BulletinEntity>,
  ): Promise<void> {
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
    await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('bulletin_revisions')
          .set({ status })
          .where('bulletin_id', '=', bulletinId)
          .where((eb) =>
            onlyCurrent
              ? eb.ref('is_current')
              : eb('status', '=', eb.fn.any(arrayOf(RELEASED_STATUSES, 'bulletin_status'))),
          ),
      ),
    );
  }

  /**
   * Releases a pending amendment (R10): it becomes the current revision, published by `approverUserId`. The old
   * current revision must have been retired in the same transaction. Only a revision still in review qualifies, so
   * a withdrawn one can never become current; returns false when there was none.
   */
  async releasePending(manager: EntityManager, revisionId: string, approverUserId: string): Promise<boolean> {
    const rows = await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('bulletin_revisions')
          .set({
            is_current: true,
            status: BulletinStatus.PUBLISHED,
            approver_user_id: approverUserId,
            published_at: NOW,
            listed_at: NOW,
          })
          .where('id', '=', revisionId)
          .where((eb) => eb.not('is_current'))
          .where('status', '=', BulletinStatus.IN_REVIEW)
          .returning('id'),
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
    const rows = await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('bulletin_revisions')
          .set({ status: BulletinStatus.DRAFT })
          .where('bulletin_id', '=', bulletinId)
          .where((eb) => eb.not('is_current'))
          .where('status', '=', BulletinStatus.IN_REVIEW)
          .returning('number'),
      ),
    );
    return rows.map((row) => row.number);
  }

  /** R13: a retracted bulletin's withdrawn text no longer matches a search, for anyone. */
  async withdrawTextFromSearch(manager: EntityManager, bulletinId: string): Promise<void> {
    await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('bulletin_revisions')
          .set({ search_vector: SERVED_TEXT_VECTOR })
          .where('bulletin_id', '=', bulletinId),
      ),
    );
  }

  async markPublished(manager: EntityManager, revisionId: string, approverUserId: string): Promise<void> {
    await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('bulletin_revisions')
          .set({ approver_user_id: approverUserId, published_at: NOW, listed_at: NOW })
          .where('id', '=', revisionId),
      ),
    );
  }

  /** The publisher a draft in review is waiting for (R11: for RED, they alone besides the author see it). */
  async nameApprover(manager: EntityManager, revisionId: string, approverUserId: string): Promise<void> {
    await run(
      manager,
      sqlOf((db) =>
        db.updateTable('bulletin_revisions').set({ approver_user_id: approverUserId }).where('id', '=', revisionId),
      ),
    );
  }

  indicatorsOf(manager: EntityManager, revisionId: string): Promise<NormalisedIndicator[]> {
    return run(
      manager,
      sqlOf((db) =>
        db
          .selectFrom('bulletin_indicators')
          // Written only from a NormalisedIndicator (writeIndicators).
          .select((eb) => [eb.ref('type').$castTo<IndicatorType>().as('type'), 'value', 'network'])
          .where('revision_id', '=', revisionId)
          .orderBy('position'),
      ),
    );
  }

  /** The next reference for an organization and year, e.g. CISA-2026-0042: gap-free, safe under concurrency. */
  async nextReference(
    manager: EntityManager,
    organizationId: string,
    shortName: string,
    year: number,
  ): Promise<string> {
    const row = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .insertInto('reference_counters')
          .values({ organization_id: organizationId, year, last_number: 1 })
          .onConflict((oc) =>
            oc
              .columns(['organization_id', 'year'])
              .doUpdateSet((eb) => ({ last_number: eb('reference_counters.last_number', '+', eb.lit(1)) })),
          )
          .returning('last_number'),
      ),
    );
    return `${shortName}-${year}-${String(row?.last_number ?? 1).padStart(4, '0')}`;
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
  ): Promise<boolean> {
    const rows = await run(
      manager,
      sqlOf((db) =>
        db
          .insertInto('bulletin_acknowledgements')
          .values({
            bulletin_id: ack.bulletinId,
            revision_id: ack.revisionId,
            user_id: ack.userId,
            organization_id: ack.organizationId,
          })
          .onConflict((oc) => oc.columns(['revision_id', 'user_id']).doNothing())
          .returning('id'),
      ),
    );
    return rows.length > 0;
  }

  private async writeIndicators(
    manager: EntityManager,
    { bulletinId, revisionId }: RevisionKey,
    indicators: readonly NormalisedIndicator[],
  ) {
    if (indicators.length === 0) return;
    await run(
      manager,
      sqlOf((db) =>
        db.insertInto('bulletin_indicators').values(
          indicators.map((indicator, position) => ({
            revision_id: revisionId,
            type: indicator.type,
            value: indicator.value,
            network: indicator.network,
            position,
            stix_id: indicatorStixId(bulletinId, indicator.type, indicator.value),
          })),
        ),
      ),
    );
  }

  private async refreshSearch(manager: EntityManager, revisionId: string): Promise<void> {
    await run(
      manager,
      sqlOf((db) =>
        db.updateTable('bulletin_revisions').set({ search_vector: SEARCH_VECTOR }).where('id', '=', revisionId),
      ),
    );
  }
}
