import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readPredicate, type ViewerContext } from '@bulwark/policy';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '@api/common/sql-results';
import { BULLETIN_COLUMNS, type BulletinRow, REVISION_MARKING, SqlParams } from '@api/modules/bulletins/bulletin-row';
import type { BulletinEventFilter } from './dto/bulletin-events.args';
import type { BulletinEventType } from './entities/bulletin-event.entity';
import { eventFilterConditions } from './event-filter';

export interface EventRow extends BulletinRow {
  sequence: string;
  event_type: BulletinEventType;
  occurred_at: Date;
}

@Injectable()
export class EventLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends an event inside the caller's transaction; the sequence row stays locked until it commits. */
  async append(
    manager: EntityManager,
    type: BulletinEventType,
    bulletinId: string,
    revisionId: string,
  ): Promise<number> {
    const rows = returnedRows<{ last_sequence: string }>(
      await manager.query(
        'UPDATE event_sequence SET last_sequence = last_sequence + 1 WHERE id = 1 RETURNING last_sequence',
      ),
    );
    const sequence = rows[0]?.last_sequence;
    await manager.query(
      'INSERT INTO bulletin_events (sequence, type, bulletin_id, revision_id) VALUES ($1, $2, $3, $4)',
      [sequence, type, bulletinId, revisionId],
    );
    return Number(sequence);
  }

  /** The oldest kept and the latest sequence. */
  async bounds(): Promise<{ oldest: number; latest: number }> {
    const rows: { oldest: string | null; latest: string }[] = await this.dataSource.query(
      'SELECT (SELECT min(sequence) FROM bulletin_events) AS oldest, (SELECT last_sequence FROM event_sequence WHERE id = 1) AS latest',
    );
    const latest = Number(rows[0]?.latest ?? 0);
    return { oldest: rows[0]?.oldest === null ? latest + 1 : Number(rows[0]?.oldest), latest };
  }

  /**
   * Events after `after` that the viewer may read (each on its own revision's marking) and the filter matches,
   * oldest first; and the head of the log in the same snapshot, so the caller may skip past what it cannot see.
   */
  async visibleAfter(
    viewer: ViewerContext,
    after: number,
    filter: BulletinEventFilter,
    limit: number,
  ): Promise<{ rows: EventRow[]; head: number }> {
    const p = new SqlParams();
    const conditions = [
      `e.sequence > ${p.param(after)}`,
      readPredicate(viewer, REVISION_MARKING, p.param),
      ...eventFilterConditions(filter, p),
    ];
    const rows: (EventRow & { head: string })[] = await this.dataSource.query(
      `WITH head AS (SELECT last_sequence FROM event_sequence WHERE id = 1)
       SELECT e.sequence, e.type AS event_type, e.occurred_at, ${BULLETIN_COLUMNS}, (SELECT last_sequence FROM head) AS head
         FROM bulletin_events e
         JOIN bulletin_revisions r ON r.id = e.revision_id
         JOIN bulletins b ON b.id = e.bulletin_id
        WHERE ${conditions.join(' AND ')} AND e.sequence <= (SELECT last_sequence FROM head)
        ORDER BY e.sequence
        LIMIT ${p.param(limit)}`,
      p.values,
    );
    const head = rows.length > 0 ? Number(rows[0]?.head) : (await this.bounds()).latest;
    return { rows, head };
  }

  /** Forgets events older than the retention. */
  async prune(retentionDays: number): Promise<number> {
    const rows = returnedRows<unknown>(
      await this.dataSource.query(
        `DELETE FROM bulletin_events WHERE occurred_at < now() - make_interval(days => $1) RETURNING sequence`,
        [retentionDays],
      ),
    );
    return rows.length;
  }
}
