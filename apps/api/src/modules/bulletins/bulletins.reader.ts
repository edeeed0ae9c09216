import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BulletinEventType, BulletinStatus, type Severity } from '@bulwark/domain';
import type { RevisionMarking, ViewerContext } from '@bulwark/policy';
import { type QueryCreator, type Selection, sql } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import type { DomainRow } from '@api/database/domain-enums';
import { type DB, run, runFirst, sqlOf } from '@api/database/typed-sql';
import { markingOf, toBulletin } from './bulletin-mapper';
import { BULLETIN_COLUMNS, type BulletinRow, readableBy, REVISION_MARKING } from './bulletin-row';
import { contentFilterConditions, eventFilterConditions, type EventFilterFields } from './content-filter-conditions';
import type { ContentFilterFields } from './dto/content-filter.input';
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

/** Published bulletins that name some of the indicator values asked for one key, and that one viewer may read. */
export interface IndicatorMatches {
  /** How many such bulletins there are. */
  readonly count: number;
  /** The newest of them (by listing time), at most the limit asked for. */
  readonly bulletins: readonly Bulletin[];
  /** Which of the values asked for they name, together. */
  readonly sharedValues: readonly string[];
}

/** A publication or an amendment, as a mail planner sorts it: mailed at once, or gathered for a digest. */
export interface MailableEvent {
  readonly sequence: string;
  readonly type: BulletinEventType.PUBLISHED | BulletinEventType.AMENDED;
  readonly bulletinId: string;
  /** The severity of the event's revision. */
  readonly severity: Severity;
}

/** A retraction: who was mailed the bulletin is told. */
export interface RetractionEvent {
  readonly sequence: string;
  readonly bulletinId: string;
}

/** A bulletin at its current revision, as one viewer would be mailed it now. */
export interface CheckedBulletin {
  readonly bulletin: Bulletin;
  /** The policy's predicate, for this viewer, on the current revision. */
  readonly readable: boolean;
  /** The content filter on the current revision. */
  readonly matches: boolean;
  readonly retracted: boolean;
}

/** What a query selects of an event `e`, beside BULLETIN_COLUMNS. */
const EVENT_COLUMNS = ['e.sequence', 'e.type as event_type', 'e.occurred_at'] as const;

type BulletinEventRow = DomainRow<Selection<{ e: DB['bulletin_events'] }, 'e', (typeof EVENT_COLUMNS)[number]>>;

/** The last sequence of the event log. */
const logHead = (q: QueryCreator<DB>) =>
  q
    .selectFrom('event_sequence')
    .select('last_sequence')
    .where((eb) => eb('id', '=', eb.lit(1)));

function toRecord(row: BulletinEventRow & BulletinRow): BulletinEventRecord {
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
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .with('head', logHead)
          .selectFrom('head')
          .leftJoinLateral(
            (eb) =>
              eb
                .selectFrom('bulletin_events as e')
                .innerJoin('bulletin_revisions as r', 'r.id', 'e.revision_id')
                .innerJoin('bulletins as b', 'b.id', 'e.bulletin_id')
                .select([...EVENT_COLUMNS, ...BULLETIN_COLUMNS])
                .where('e.sequence', '>', String(after))
                .whereRef('e.sequence', '<=', 'head.last_sequence')
                .orderBy('e.sequence')
                .limit(limit)
                .as('x'),
            (join) => join.onTrue(),
          )
          .select('head.last_sequence as head')
          .selectAll('x'),
      ),
    );
    return {
      events: rows
        .filter((row): row is (typeof rows)[number] & BulletinEventRow & BulletinRow => row.sequence !== null)
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
    const row = await runFirst(
      manager,
      sqlOf((db) =>
        db.with('head', logHead).selectNoFrom((eb) => [
          eb.cast<string>(eb.selectFrom('head').select('last_sequence'), 'text').as('head'),
          // ARRAY(subquery): Kysely writes the parentheses of a subquery itself.
          sql<string[]>`ARRAY${eb
            .selectFrom('bulletin_events as e')
            .innerJoin('bulletin_revisions as r', 'r.id', 'e.revision_id')
            .select((inner) => inner.cast<string>('e.sequence', 'text').as('sequence'))
            .where('e.sequence', '>', after)
            .where('e.sequence', '<=', (inner) => inner.selectFrom('head').select('last_sequence'))
            .where(readableBy(viewer, REVISION_MARKING))
            .where((inner) => inner.and(eventFilterConditions(filter)))
            .orderBy('e.sequence')
            .limit(limit)}`.as('sequences'),
        ]),
      ),
    );
    return { sequences: row?.sequences ?? [], head: row?.head ?? after };
  }

  /** The event with its bulletin, and whether this viewer may read it and the filter matches it, right now. */
  async eventFor(
    viewer: ViewerContext,
    sequence: string,
    filter: EventFilterFields,
  ): Promise<CheckedBulletinEventRecord | null> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('bulletin_events as e')
          .innerJoin('bulletin_revisions as r', 'r.id', 'e.revision_id')
          .innerJoin('bulletins as b', 'b.id', 'e.bulletin_id')
          .select((eb) => [
            eb.cast<string>('e.sequence', 'text').as('sequence'),
            'e.type as event_type',
            'e.occurred_at',
            ...BULLETIN_COLUMNS,
            readableBy(viewer, REVISION_MARKING).$castTo<boolean>().as('readable'),
            eb.and(eventFilterConditions(filter)).$castTo<boolean>().as('matches'),
          ])
          .where('e.sequence', '=', sequence),
      ),
    );
    return row ? { ...toRecord(row), readable: row.readable, matches: row.matches } : null;
  }

  /**
   * For each key (an incident report, say) and the normalised indicator values given for it: the published bulletins
   * whose current revision names one of them (exactly, as normaliseIndicator stores them) and that the viewer may
   * read, by libs/policy's predicate. One statement for every key, from the index on bulletin_indicators.value.
   * A key nothing matches is absent from the answer. Retracted bulletins name nothing (R13), drafts are not listed.
   */
  async bulletinsNamingIndicators(
    viewer: ViewerContext,
    valuesByKey: ReadonlyMap<string, readonly string[]>,
    limit: number,
  ): Promise<Map<string, IndicatorMatches>> {
    const pairs = [...valuesByKey].flatMap(([key, values]) => [...new Set(values)].map((value) => ({ key, value })));
    const matches = new Map<string, IndicatorMatches & { bulletins: Bulletin[] }>();
    if (pairs.length === 0) return matches;
    const keys = pairs.map(({ key }) => key);
    const values = pairs.map(({ value }) => value);
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .with('w', (qc) =>
            qc
              .selectFrom(
                sql<{ key: string; value: string }>`unnest(${keys}::text[], ${values}::varchar[])`.as<'u'>(
                  sql`u(key, value)`,
                ),
              )
              .select(['u.key', 'u.value']),
          )
          .with('m', (qc) =>
            qc
              .selectFrom('w')
              .innerJoin('bulletin_indicators as i', 'i.value', 'w.value')
              .innerJoin('bulletin_revisions as r', 'r.id', 'i.revision_id')
              .select(['w.key', 'w.value', 'r.bulletin_id', 'r.listed_at'])
              .where((eb) => eb.ref('r.is_current'))
              .where('r.status', '=', sql.lit(BulletinStatus.PUBLISHED))
              .where(readableBy(viewer, REVISION_MARKING)),
          )
          .with('per', (qc) => qc.selectFrom('m').select(['m.key', 'm.bulletin_id', 'm.listed_at']).distinct())
          .with('ranked', (qc) =>
            qc
              .selectFrom('per')
              .select(['per.key', 'per.bulletin_id'])
              .select((eb) => [
                eb.fn
                  .agg<number>('row_number')
                  .over((over) =>
                    over.partitionBy('per.key').orderBy('per.listed_at', 'desc').orderBy('per.bulletin_id', 'desc'),
                  )
                  .as('n'),
                eb.fn
                  .countAll<string>()
                  .over((over) => over.partitionBy('per.key'))
                  .as('total'),
              ]),
          )
          .with('shared', (qc) =>
            qc
              .selectFrom('m')
              .select(['m.key', sql<string[]>`array_agg(DISTINCT m.value ORDER BY m.value)`.as('shared_values')])
              .groupBy('m.key'),
          )
          .selectFrom('ranked as k')
          .innerJoin('shared as s', 's.key', 'k.key')
          .innerJoin('bulletins as b', 'b.id', 'k.bulletin_id')
          .innerJoin('bulletin_revisions as r', (join) =>
            join.onRef('r.bulletin_id', '=', 'b.id').on((eb) => eb.ref('r.is_current')),
          )
          .select(['k.key', 'k.total', 's.shared_values', ...BULLETIN_COLUMNS])
          .where('k.n', '<=', limit)
          .orderBy('k.key')
          .orderBy('k.n'),
      ),
    );
    for (const row of rows) {
      let entry = matches.get(row.key);
      if (!entry) {
        entry = { count: Number(row.total), bulletins: [], sharedValues: row.shared_values };
        matches.set(row.key, entry);
      }
      entry.bulletins.push(toBulletin(row));
    }
    return matches;
  }

  /**
   * The publications and amendments after `after` (at most `limit`) that the viewer may read and the filter matches,
   * oldest first, with the head of the log from the same snapshot, in the caller's transaction: what a mail
   * subscription's planner sorts into immediate mail and digests. Retractions are not among them (retractionsAfter).
   */
  async mailableEventsAfter(
    manager: EntityManager,
    viewer: ViewerContext,
    after: string,
    filter: EventFilterFields,
    limit: number,
  ): Promise<{ events: MailableEvent[]; head: string }> {
    const rows = await run(
      manager,
      sqlOf((db) =>
        db
          .with('head', logHead)
          .selectFrom('head')
          .leftJoinLateral(
            (eb) =>
              eb
                .selectFrom('bulletin_events as e')
                .innerJoin('bulletin_revisions as r', 'r.id', 'e.revision_id')
                .select((inner) => [
                  inner.cast<string>('e.sequence', 'text').as('sequence'),
                  'e.type',
                  'e.bulletin_id',
                  'r.severity',
                ])
                .where('e.sequence', '>', after)
                .whereRef('e.sequence', '<=', 'head.last_sequence')
                .where('e.type', '<>', sql.lit(BulletinEventType.RETRACTED))
                .where(readableBy(viewer, REVISION_MARKING))
                .where((inner) => inner.and(eventFilterConditions(filter)))
                .orderBy('e.sequence')
                .limit(limit)
                .as('x'),
            (join) => join.onTrue(),
          )
          .select((eb) => eb.cast<string>('head.last_sequence', 'text').as('head'))
          .selectAll('x'),
      ),
    );
    const events: MailableEvent[] = [];
    for (const row of rows) {
      const { sequence, type, bulletin_id: bulletinId, severity } = row;
      // Null: no event follows `after` (the head alone came back).
      if (sequence === null || bulletinId === null || severity === null) continue;
      if (type === BulletinEventType.PUBLISHED || type === BulletinEventType.AMENDED)
        events.push({ sequence, type, bulletinId, severity });
    }
    return { events, head: rows[0]?.head ?? after };
  }

  /**
   * The retractions after `after` (at most `limit`), oldest first, whoever may read them, with the head of the log
   * from the same snapshot: each is mailed to those who were mailed the bulletin, and the composer applies the
   * policy for each of them at sending (retractionFor).
   */
  async retractionsAfter(
    manager: EntityManager,
    after: string,
    limit: number,
  ): Promise<{ events: RetractionEvent[]; head: string }> {
    const rows = await run(
      manager,
      sqlOf((db) =>
        db
          .with('head', logHead)
          .selectFrom('head')
          .leftJoinLateral(
            (eb) =>
              eb
                .selectFrom('bulletin_events as e')
                .select((inner) => [inner.cast<string>('e.sequence', 'text').as('sequence'), 'e.bulletin_id'])
                .where('e.sequence', '>', after)
                .whereRef('e.sequence', '<=', 'head.last_sequence')
                .where('e.type', '=', sql.lit(BulletinEventType.RETRACTED))
                .orderBy('e.sequence')
                .limit(limit)
                .as('x'),
            (join) => join.onTrue(),
          )
          .select((eb) => eb.cast<string>('head.last_sequence', 'text').as('head'))
          .selectAll('x'),
      ),
    );
    const events: RetractionEvent[] = [];
    for (const row of rows) {
      if (row.sequence !== null && row.bulletin_id !== null)
        events.push({ sequence: row.sequence, bulletinId: row.bulletin_id });
    }
    return { events, head: rows[0]?.head ?? after };
  }

  /**
   * These bulletins at their current revision, each with whether this viewer may read it now, whether the content
   * filter matches it now, and whether it is retracted: what a mail may still carry at sending (R17). A bulletin
   * that no longer exists is absent.
   */
  async currentForMail(
    viewer: ViewerContext,
    bulletinIds: readonly string[],
    filter: ContentFilterFields,
  ): Promise<CheckedBulletin[]> {
    if (bulletinIds.length === 0) return [];
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('bulletins as b')
          .innerJoin('bulletin_revisions as r', (join) =>
            join.onRef('r.bulletin_id', '=', 'b.id').on((eb) => eb.ref('r.is_current')),
          )
          .select((eb) => [
            ...BULLETIN_COLUMNS,
            readableBy(viewer, REVISION_MARKING).$castTo<boolean>().as('readable'),
            eb.and(contentFilterConditions(filter)).$castTo<boolean>().as('matches'),
          ])
          .where('b.id', '=', (eb) => eb.fn.any(eb.val([...new Set(bulletinIds)])))
          .orderBy('r.published_at', 'desc')
          .orderBy('b.id'),
      ),
    );
    return rows.map((row) => ({
      bulletin: toBulletin(row),
      readable: row.readable,
      matches: row.matches,
      retracted: row.bulletin_status === BulletinStatus.RETRACTED,
    }));
  }

  /**
   * A retracted bulletin as its retraction announced it (the revision of its RETRACTED event, R13: no body), and
   * whether this viewer may read that now; null when it is not retracted.
   */
  async retractionFor(
    viewer: ViewerContext,
    bulletinId: string,
  ): Promise<{ bulletin: Bulletin; readable: boolean } | null> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('bulletin_events as e')
          .innerJoin('bulletin_revisions as r', 'r.id', 'e.revision_id')
          .innerJoin('bulletins as b', 'b.id', 'e.bulletin_id')
          .select([...BULLETIN_COLUMNS, readableBy(viewer, REVISION_MARKING).$castTo<boolean>().as('readable')])
          .where('e.bulletin_id', '=', bulletinId)
          .where('e.type', '=', sql.lit(BulletinEventType.RETRACTED))
          .where('b.status', '=', sql.lit(BulletinStatus.RETRACTED))
          .orderBy('e.sequence', 'desc')
          .limit(1),
      ),
    );
    return row ? { bulletin: toBulletin(row), readable: row.readable } : null;
  }
}
