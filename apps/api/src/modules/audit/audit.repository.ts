import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ExpressionBuilder, type Insertable, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import { type DB, type Row, run, runFirst, type SqlExecutor, sqlOf } from '@api/database/typed-sql';
import type { Cursor } from '@api/graphql/pagination';
import type { ChainedFields } from './audit-chain';
import type { AuditEventsFilter } from './dto/audit-events.args';

export interface AuditRow extends ChainedFields {
  readonly hash: string;
}

/** Every column of a record but its position, in the table's order. */
const RECORD_COLUMNS = [
  'id',
  'occurred_at',
  'actor_kind',
  'actor_user_id',
  'actor_api_key_id',
  'actor_organization_id',
  'action',
  'target_type',
  'target_id',
  'outcome',
  'request_id',
  'client_address',
  'details',
  'previous_hash',
  'hash',
] as const satisfies readonly (keyof DB['audit_events'])[];

/** Every column of a record, the position as text. */
function recordColumns(eb: ExpressionBuilder<DB, 'audit_events'>) {
  return [eb.cast<string>('position', 'text').as('position'), ...RECORD_COLUMNS] as const;
}

/** What `append` writes: every column. */
type AppendedRecord = Required<Insertable<DB['audit_events']>>;

/** The columns `append` writes, in the order of toParameters. */
const APPENDED_COLUMNS = ['position', ...RECORD_COLUMNS] as const;

/** Fails to compile when audit_events gains a column that APPENDED_COLUMNS does not list. */
const _everyColumnAppended: Exclude<keyof AppendedRecord, (typeof APPENDED_COLUMNS)[number]> extends never
  ? true
  : never = true;

/** Records per INSERT: 16 parameters each, so at most 16,000 a statement, well under PostgreSQL's 65,535. */
const APPEND_CHUNK = 1000;

function toParameters(row: AuditRow): unknown[] {
  const record: AppendedRecord = {
    position: row.position,
    id: row.id,
    occurred_at: row.occurredAt,
    actor_kind: row.actorKind,
    actor_user_id: row.actorUserId,
    actor_api_key_id: row.actorApiKeyId,
    actor_organization_id: row.actorOrganizationId,
    action: row.action,
    target_type: row.targetType,
    target_id: row.targetId,
    outcome: row.outcome,
    request_id: row.requestId,
    client_address: row.clientAddress,
    details: JSON.stringify(row.details),
    previous_hash: row.previousHash,
    hash: row.hash,
  };
  return APPENDED_COLUMNS.map((column) => record[column]);
}

/** Where `append` puts the VALUES rows of a chunk into APPEND. */
const VALUES_ROWS = '/* values rows */';

/**
 * Inserts chained records and moves the head to the last of them. Compiled once (a chunk of a thousand records
 * would take milliseconds to compile at each call): only the VALUES rows vary, and they carry every parameter.
 */
const APPEND = sqlOf((db) =>
  db
    .with('appended', (cte) =>
      cte
        .insertInto('audit_events')
        .columns(APPENDED_COLUMNS)
        .expression(sql.raw(VALUES_ROWS))
        .returning(['position', 'hash']),
    )
    .updateTable('audit_sequence')
    .from((eb) =>
      eb.selectFrom('appended').select(['position', 'hash']).orderBy('position', 'desc').limit(sql.lit(1)).as('last'),
    )
    .set((eb) => ({ last_position: eb.ref('last.position'), last_hash: eb.ref('last.hash') }))
    .where('audit_sequence.id', '=', sql.lit(1)),
).sql;

/** `($1, …, $16)` for the row-th record of a statement. */
function valuesRow(row: number): string {
  const first = row * APPENDED_COLUMNS.length + 1;
  const placeholders = APPENDED_COLUMNS.map(
    (column, index) => `$${first + index}${column === 'details' ? '::jsonb' : ''}`,
  );
  return `(${placeholders.join(', ')})`;
}

function fromRaw(row: Row<'audit_events'>): AuditRow {
  return {
    position: row.position,
    id: row.id,
    occurredAt: new Date(row.occurred_at),
    actorKind: row.actor_kind,
    actorUserId: row.actor_user_id,
    actorApiKeyId: row.actor_api_key_id,
    actorOrganizationId: row.actor_organization_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    outcome: row.outcome,
    requestId: row.request_id,
    clientAddress: row.client_address,
    details: typeof row.details === 'string' ? (JSON.parse(row.details) as unknown) : row.details,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

/** The head of the chain: its last position (as text) and hash. */
const HEAD = sqlOf((db) =>
  db
    .selectFrom('audit_sequence')
    .select((eb) => [eb.cast<string>('last_position', 'text').as('last_position'), 'last_hash'])
    .where('id', '=', 1),
);
const LOCK_HEAD = sqlOf((db) =>
  db
    .selectFrom('audit_sequence')
    .select((eb) => [eb.cast<string>('last_position', 'text').as('last_position'), 'last_hash'])
    .where('id', '=', 1)
    .forUpdate(),
);

type AuditEvents<O> = SelectQueryBuilder<DB, 'audit_events', O>;

/** The one place that writes audit_events, and only ever INSERTs. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Locks the head of the chain until the caller's transaction ends and returns it. */
  async lockHead(manager: EntityManager): Promise<{ position: string; hash: string }> {
    const head = await runFirst(manager, LOCK_HEAD);
    if (!head) throw new Error('audit_sequence has no head row: the Audit migration did not run.');
    return { position: head.last_position, hash: head.last_hash };
  }

  /**
   * Inserts records already chained in order after the locked head, and moves the head to the last of them: one
   * statement per APPEND_CHUNK records.
   */
  async append(manager: EntityManager, rows: readonly AuditRow[]): Promise<void> {
    for (let start = 0; start < rows.length; start += APPEND_CHUNK) {
      const chunk = rows.slice(start, start + APPEND_CHUNK);
      const values = `VALUES ${chunk.map((_, row) => valuesRow(row)).join(', ')}`;
      await manager.query(APPEND.replace(VALUES_ROWS, values), chunk.flatMap(toParameters));
    }
  }

  /** The record at a position of the chain, or null. */
  async pointAt(position: string): Promise<ChainPoint | null> {
    return this.onePoint((records) => records.where('position', '=', position));
  }

  /** An organization's members' newest record at or before a position (the index on (actor organization, position)). */
  async newestOfOrganizationThrough(organizationId: string, through: string): Promise<ChainPoint | null> {
    return this.onePoint((records) =>
      records
        .where('actor_organization_id', '=', organizationId)
        .where('position', '<=', through)
        .orderBy('audit_events.position', 'desc')
        .limit(1),
    );
  }

  /** An organization's members' first record after a position. */
  async firstOfOrganizationAfter(organizationId: string, after: string): Promise<ChainPoint | null> {
    return this.onePoint((records) =>
      records
        .where('actor_organization_id', '=', organizationId)
        .where('position', '>', after)
        .orderBy('audit_events.position')
        .limit(1),
    );
  }

  private async onePoint(narrow: <O>(records: AuditEvents<O>) => AuditEvents<O>): Promise<ChainPoint | null> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        narrow(
          db
            .selectFrom('audit_events')
            .select((eb) => [eb.cast<string>('position', 'text').as('position'), 'occurred_at']),
        ),
      ),
    );
    return row ? { position: row.position, occurredAt: new Date(row.occurred_at) } : null;
  }

  /** Newest first; `organizationId` (when given) bounds the scope to records by that organization's members. */
  async page(
    organizationId: string | null,
    filter: AuditEventsFilter,
    after: Cursor | null,
    first: number,
  ): Promise<{ rows: AuditRow[]; total: number }> {
    const scoped = (db: Kysely<DB>) =>
      db
        .selectFrom('audit_events')
        .$if(organizationId !== null, (q) => q.where('actor_organization_id', '=', organizationId))
        .$if(Boolean(filter.action), (q) => q.where('action', '=', filter.action!))
        .$if(Boolean(filter.outcome), (q) => q.where('outcome', '=', filter.outcome!))
        .$if(Boolean(filter.actorUserId), (q) => q.where('actor_user_id', '=', filter.actorUserId!))
        .$if(Boolean(filter.targetId), (q) => q.where('target_id', '=', filter.targetId!))
        .$if(Boolean(filter.from), (q) => q.where('occurred_at', '>=', filter.from!))
        .$if(Boolean(filter.to), (q) => q.where('occurred_at', '<', filter.to!));
    const counted = await runFirst(
      this.dataSource,
      sqlOf((db) => scoped(db).select((eb) => eb.cast<string>(eb.fn.countAll(), 'text').as('total'))),
    );
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        scoped(db)
          .$if(after !== null, (q) => q.where('position', '<', after!.key))
          .select(recordColumns)
          .orderBy('audit_events.position', 'desc')
          .limit(first + 1),
      ),
    );
    return { rows: rows.map(fromRaw), total: Number(counted?.total ?? 0) };
  }
}

/** A record's place and time, for the chain's verdict (see AuditChainVerificationService). */
export interface ChainPoint {
  readonly position: string;
  readonly occurredAt: Date;
}

/**
 * Reads the whole chain in position order, a batch at a time (the verifier runs outside Nest). `through`: stop at
 * that position (a live server keeps appending after it).
 */
export async function* chainInOrder(
  dataSource: DataSource,
  batch = 1000,
  through: string | null = null,
): AsyncGenerator<AuditRow> {
  let after = '0';
  for (;;) {
    const rows = await run(
      dataSource,
      sqlOf((db) =>
        db
          .selectFrom('audit_events')
          .where('position', '>', after)
          .$if(through !== null, (q) => q.where('position', '<=', through!))
          .select(recordColumns)
          .orderBy('audit_events.position')
          .limit(batch),
      ),
    );
    for (const row of rows) yield fromRaw(row);
    const last = rows.at(-1);
    if (!last || rows.length < batch) return;
    after = last.position;
  }
}

export async function chainHead(dataSource: SqlExecutor): Promise<{ position: string; hash: string } | null> {
  const head = await runFirst(dataSource, HEAD);
  return head ? { position: head.last_position, hash: head.last_hash } : null;
}
