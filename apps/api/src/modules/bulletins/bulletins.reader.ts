import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BulletinEventType } from '@bulwark/domain';
import { readPredicate, type RevisionMarking, type ViewerContext } from '@bulwark/policy';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlParams } from '@api/common/sql-params';
import { markingOf, toBulletin } from './bulletin-mapper';
import { BULLETIN_COLUMNS, type BulletinRow, REVISION_MARKING } from './bulletin-row';
import { eventFilterConditions, type EventFilterFields } from './content-filter-conditions';
import type { Bulletin } from './models/bulletin.model';

/** A bulletin event as other modules read it: the bulletin as of the revision the event is about. */
export interface BulletinEventRecord {
  /** Global and gap-free (R16). */
  readonly sequence: number;
  readonly type: BulletinEventType;
  readonly occurredAt: Date;
  readonly bulletin: Bulletin;
  /** The marking of the event's revision: what libs/policy decides on (R12, R17). */
  readonly marking: RevisionMarking;
}

/** An event as one viewer would be sent it now. */
export interface CheckedBulletinEventRecord extends BulletinEventRecord {
  /** The policy's predicate, for this viewer, on the event's revision. */
  readonly readable: boolean;
  /** The filter, on the event and its revision. */
  readonly matches: boolean;
}

interface EventRow extends BulletinRow {
  sequence: string;
  event_type: BulletinEventType;
  occurred_at: Date;
}

function toRecord(row: EventRow): BulletinEventRecord {
  return {
    sequence: Number(row.sequence),
    type: row.event_type,
    occurredAt: row.occurred_at,
    bulletin: toBulletin(row),
    marking: markingOf(row),
  };
}

/**
 * The one way other modules read bulletins (events, webhooks, and what comes next). It owns its SQL, the aliases
 * in it and the rows it reads, and answers with mapped records. A read for a viewer carries libs/policy's SQL
 * predicate, the only access decision; a read "whoever may read it" serves a caller that applies libs/policy in
 * memory to each record's marking before anything leaves the server.
 */
@Injectable()
export class BulletinReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Every event after `after` (at most `limit`), whoever may read it, oldest first; and the head of the log in the
   * same snapshot. Subscribers share this one read and each applies the policy in memory.
   */
  async eventsAfter(after: number, limit: number): Promise<{ events: BulletinEventRecord[]; head: number }> {
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
      events: rows
        .filter((row): row is EventRow & { head: string } => row.sequence !== null && row.sequence !== undefined)
        .map(toRecord),
      head: Number(rows[0]?.head ?? after),
    };
  }

  /**
   * The sequences after `after` (at most `limit`) that the viewer may read and the filter matches, and the head of
   * the log, in one statement so both come from the same snapshot, in the caller's transaction. Events become
   * visible in sequence order, so with fewer than `limit` rows everything up to the head has been considered.
   */
  async visibleEventSequencesAfter(
    manager: EntityManager,
    viewer: ViewerContext,
    after: string,
    filter: EventFilterFields,
    limit: number,
  ): Promise<{ sequences: string[]; head: string }> {
    const p = new SqlParams();
    const conditions = [
      `e.sequence > ${p.param(after)}`,
      'e.sequence <= (SELECT last_sequence FROM head)',
      readPredicate(viewer, REVISION_MARKING, p.param),
      ...eventFilterConditions(filter, p),
    ];
    const rows: { head: string; sequences: string[] }[] = await manager.query(
      `WITH head AS (SELECT last_sequence FROM event_sequence WHERE id = 1)
       SELECT (SELECT last_sequence FROM head)::text AS head,
              ARRAY(SELECT e.sequence::text
                      FROM bulletin_events e JOIN bulletin_revisions r ON r.id = e.revision_id
                     WHERE ${conditions.join(' AND ')}
                     ORDER BY e.sequence LIMIT ${p.param(limit)}) AS sequences`,
      p.values,
    );
    return { sequences: rows[0]?.sequences ?? [], head: rows[0]?.head ?? after };
  }

  /** The event with its bulletin, and whether this viewer may read it and the filter matches it, right now. */
  async eventFor(
    viewer: ViewerContext,
    sequence: string,
    filter: EventFilterFields,
  ): Promise<CheckedBulletinEventRecord | null> {
    const p = new SqlParams();
    const where = `e.sequence = ${p.param(sequence)}`;
    const readable = readPredicate(viewer, REVISION_MARKING, p.param);
    const matches = eventFilterConditions(filter, p);
    const rows: (EventRow & { readable: boolean; matches: boolean })[] = await this.dataSource.query(
      `SELECT e.sequence::text AS sequence, e.type AS event_type, e.occurred_at, ${BULLETIN_COLUMNS},
              (${readable}) AS readable, (${matches.length > 0 ? matches.join(' AND ') : 'true'}) AS matches
         FROM bulletin_events e
         JOIN bulletin_revisions r ON r.id = e.revision_id
         JOIN bulletins b ON b.id = e.bulletin_id
        WHERE ${where}`,
      p.values,
    );
    const row = rows[0];
    return row ? { ...toRecord(row), readable: row.readable, matches: row.matches } : null;
  }
}
