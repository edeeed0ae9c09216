import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BulletinEventType } from '@bulwark/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '@api/common/sql-results';

/**
 * The log itself: appends, its bounds, retention. Reads of events with their bulletins are the bulletins module's
 * (BulletinReader), which owns the bulletin tables and the policy's predicate over them.
 */
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
