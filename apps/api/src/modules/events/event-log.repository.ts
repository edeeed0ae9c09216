import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BulletinEventType } from '@bulwark/domain';
import { sql } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import { run, runFirst, sqlOf } from '@api/database/typed-sql';

/**
 * The log itself: appends, its bounds, retention. Reads of events with their bulletins are the bulletins module's
 * (BulletinReader), which owns the bulletin tables and the policy's predicate over them.
 */
@Injectable()
export class EventLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends an event, and its release, inside the caller's transaction; the sequence row stays locked until it
   * commits.
   */
  async append(
    manager: EntityManager,
    type: BulletinEventType,
    bulletinId: string,
    revisionId: string,
  ): Promise<number> {
    const next = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .updateTable('event_sequence')
          .set((eb) => ({ last_sequence: sql<string>`${eb.ref('last_sequence')} + 1` }))
          .where('id', '=', 1)
          .returning('last_sequence'),
      ),
    );
    if (!next) throw new Error('event_sequence has no row: the database is not migrated');
    const sequence = next.last_sequence;
    const event = { sequence, type, bulletin_id: bulletinId, revision_id: revisionId };
    // The release is kept for good (bulletin_releases): the event is pruned after its retention.
    await run(
      manager,
      sqlOf((db) =>
        db
          .with('event', (qc) => qc.insertInto('bulletin_events').values(event).returningAll())
          .insertInto('bulletin_releases')
          .columns(['sequence', 'type', 'bulletin_id', 'revision_id'])
          .expression((eb) => eb.selectFrom('event').select(['sequence', 'type', 'bulletin_id', 'revision_id'])),
      ),
    );
    return Number(sequence);
  }

  /** The oldest kept and the latest sequence. */
  async bounds(): Promise<{ oldest: number; latest: number }> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        db.selectNoFrom((eb) => [
          eb
            .selectFrom('bulletin_events')
            .select((events) => events.fn.min('sequence').as('min'))
            .as('oldest'),
          eb.selectFrom('event_sequence').select('last_sequence').where('id', '=', 1).as('latest'),
        ]),
      ),
    );
    const latest = Number(row?.latest ?? 0);
    return { oldest: row?.oldest === null ? latest + 1 : Number(row?.oldest), latest };
  }

  /** Forgets events older than the retention. */
  async prune(retentionDays: number): Promise<number> {
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .deleteFrom('bulletin_events')
          .where('occurred_at', '<', sql<Date>`now() - make_interval(days => ${retentionDays})`)
          .returning('sequence'),
      ),
    );
    return rows.length;
  }
}
