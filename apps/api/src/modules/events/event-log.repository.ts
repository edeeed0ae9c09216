import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '@api/common/sql-results';
import { BULLETIN_COLUMNS, type BulletinRow } from '@api/modules/bulletins/bulletin-row';
import type { BulletinEventType } from './entities/bulletin-event.entity';

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
   * Every event after `after`, whoever may read it, oldest first, with its revision's marking; and the head of the
   * log in the same snapshot. Subscribers share this one read and each applies the policy in memory.
   */
  async after(after: number, limit: number): Promise<{ rows: EventRow[]; head: number }> {
    // One statement, one snapshot: the head comes back even when no event follows `after`.
    const rows: (Partial<EventRow> & { head: string })[] = await this.dataSource.query(
      `WITH head AS (SELECT last_sequence FROM event_sequence WHERE id = 1)
       SELECT head.last_sequence AS head, x.*
         FROM head
         LEFT JOIN LATERAL (
           SELECT e.sequence, e.type AS event_type, e.occurred_at, ${BULLETIN_COLUMNS}
             FROM bulletin_events e
             JOIN bulletin_revisions r ON r.id = e.revision_id
             JOIN bulletins b ON b.id = e.bulletin_id
            WHERE e.sequence > $1 AND e.sequence <= head.last_sequence
            ORDER BY e.sequence
            LIMIT $2
         ) x ON true`,
      [after, limit],
    );
    return {
      rows: rows.filter(
        (row): row is EventRow & { head: string } => row.sequence !== null && row.sequence !== undefined,
      ),
      head: Number(rows[0]?.head ?? after),
    };
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
