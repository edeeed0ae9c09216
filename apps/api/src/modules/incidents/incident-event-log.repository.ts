import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IncidentEventType, IncidentStatus } from '@bulwark/domain';
import { sql } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import { run, runFirst, sqlOf } from '@api/database/typed-sql';

/** One change of a report, as the event log records it. */
export interface IncidentEventFields {
  readonly type: IncidentEventType;
  readonly reportId: string;
  /** Null when an API key acted. */
  readonly actorUserId: string | null;
  /** COMMENTED: the comment. */
  readonly commentId?: string | null;
  /** The report's status after the change (REPORTED, ASSIGNED, STATUS_CHANGED). */
  readonly status?: IncidentStatus | null;
}

/**
 * The incident event log: one row per change of a report, numbered from the one-row incident_event_sequence, which
 * the appending transaction holds locked until it commits, so numbers are gap-free and become visible in order (as
 * EventLogRepository does for bulletins). Call EventBus.notify() once the transaction has committed.
 */
@Injectable()
export class IncidentEventLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends an event inside the caller's transaction (the unit of work of the change); its sequence. */
  async append(manager: EntityManager, event: IncidentEventFields): Promise<number> {
    const next = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .updateTable('incident_event_sequence')
          .set((eb) => ({ last_sequence: sql<string>`${eb.ref('last_sequence')} + 1` }))
          .where('id', '=', 1)
          .returning('last_sequence'),
      ),
    );
    if (!next) throw new Error('incident_event_sequence has no row: the database is not migrated');
    await run(
      manager,
      sqlOf((db) =>
        db.insertInto('incident_events').values({
          sequence: next.last_sequence,
          type: event.type,
          report_id: event.reportId,
          actor_user_id: event.actorUserId,
          comment_id: event.commentId ?? null,
          status: event.status ?? null,
        }),
      ),
    );
    return Number(next.last_sequence);
  }

  /** The last sequence handed out (0 before the first event). */
  async latest(): Promise<number> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) => db.selectFrom('incident_event_sequence').select('last_sequence').where('id', '=', 1)),
    );
    return Number(row?.last_sequence ?? 0);
  }
}
