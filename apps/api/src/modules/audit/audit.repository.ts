import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Cursor } from '@api/graphql/pagination';
import type { ChainedFields } from './audit-chain';
import type { AuditEventsFilter } from './dto/audit-events.args';

export interface AuditRow extends ChainedFields {
  readonly hash: string;
}

interface RawAuditRow {
  position: string;
  id: string;
  occurred_at: Date | string;
  actor_kind: string;
  actor_user_id: string | null;
  actor_api_key_id: string | null;
  actor_organization_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: string;
  request_id: string | null;
  client_address: string | null;
  details: unknown;
  previous_hash: string;
  hash: string;
}

const COLUMNS = `position::text AS position, id, occurred_at, actor_kind, actor_user_id, actor_api_key_id,
  actor_organization_id, action, target_type, target_id, outcome, request_id, client_address, details,
  previous_hash, hash`;

/** The columns `append` writes, in the order of toParameters. */
const APPENDED_COLUMNS = [
  'position',
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
] as const;

/** Records per INSERT: 16 parameters each, so at most 16,000 a statement, well under PostgreSQL's 65,535. */
const APPEND_CHUNK = 1000;

function toParameters(row: AuditRow): unknown[] {
  return [
    row.position,
    row.id,
    row.occurredAt,
    row.actorKind,
    row.actorUserId,
    row.actorApiKeyId,
    row.actorOrganizationId,
    row.action,
    row.targetType,
    row.targetId,
    row.outcome,
    row.requestId,
    row.clientAddress,
    JSON.stringify(row.details),
    row.previousHash,
    row.hash,
  ];
}

/** `($1, …, $16)` for the row-th record of a statement. */
function valuesRow(row: number): string {
  const first = row * APPENDED_COLUMNS.length + 1;
  const placeholders = APPENDED_COLUMNS.map(
    (column, index) => `$${first + index}${column === 'details' ? '::jsonb' : ''}`,
  );
  return `(${placeholders.join(', ')})`;
}

function fromRaw(row: RawAuditRow): AuditRow {
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

/** The one place that writes audit_events, and only ever INSERTs. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Locks the head of the chain until the caller's transaction ends and returns it. */
  async lockHead(manager: EntityManager): Promise<{ position: string; hash: string }> {
    const rows: { last_position: string; last_hash: string }[] = await manager.query(
      'SELECT last_position::text AS last_position, last_hash FROM audit_sequence WHERE id = 1 FOR UPDATE',
    );
    const head = rows[0];
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
      const values = chunk.map((_, row) => valuesRow(row)).join(', ');
      await manager.query(
        `WITH appended AS (
           INSERT INTO audit_events (${APPENDED_COLUMNS.join(', ')}) VALUES ${values}
           RETURNING position, hash)
         UPDATE audit_sequence SET last_position = last.position, last_hash = last.hash
           FROM (SELECT position, hash FROM appended ORDER BY position DESC LIMIT 1) AS last
          WHERE audit_sequence.id = 1`,
        chunk.flatMap(toParameters),
      );
    }
  }

  /** The record at a position of the chain, or null. */
  async pointAt(position: string): Promise<ChainPoint | null> {
    return this.onePoint(
      'SELECT position::text AS position, occurred_at FROM audit_events WHERE position = $1::bigint',
      [position],
    );
  }

  /** An organization's members' newest record at or before a position (the index on (actor organization, position)). */
  async newestOfOrganizationThrough(organizationId: string, through: string): Promise<ChainPoint | null> {
    return this.onePoint(
      `SELECT position::text AS position, occurred_at FROM audit_events
        WHERE actor_organization_id = $1 AND position <= $2::bigint
        ORDER BY audit_events.position DESC LIMIT 1`,
      [organizationId, through],
    );
  }

  /** An organization's members' first record after a position. */
  async firstOfOrganizationAfter(organizationId: string, after: string): Promise<ChainPoint | null> {
    return this.onePoint(
      `SELECT position::text AS position, occurred_at FROM audit_events
        WHERE actor_organization_id = $1 AND position > $2::bigint
        ORDER BY audit_events.position LIMIT 1`,
      [organizationId, after],
    );
  }

  private async onePoint(sql: string, params: unknown[]): Promise<ChainPoint | null> {
    const rows: { position: string; occurred_at: Date | string }[] = await this.dataSource.query(sql, params);
    const row = rows[0];
    return row ? { position: row.position, occurredAt: new Date(row.occurred_at) } : null;
  }

  /** Newest first; `organizationId` (when given) bounds the scope to records by that organization's members. */
  async page(
    organizationId: string | null,
    filter: AuditEventsFilter,
    after: Cursor | null,
    first: number,
  ): Promise<{ rows: AuditRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (organizationId !== null) add((p) => `actor_organization_id = ${p}`, organizationId);
    if (filter.action) add((p) => `action = ${p}`, filter.action);
    if (filter.outcome) add((p) => `outcome = ${p}`, filter.outcome);
    if (filter.actorUserId) add((p) => `actor_user_id = ${p}`, filter.actorUserId);
    if (filter.targetId) add((p) => `target_id = ${p}`, filter.targetId);
    if (filter.from) add((p) => `occurred_at >= ${p}`, filter.from);
    if (filter.to) add((p) => `occurred_at < ${p}`, filter.to);
    const scoped = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const counted: { total: string }[] = await this.dataSource.query(
      `SELECT count(*)::text AS total FROM audit_events ${scoped}`,
      params,
    );
    if (after) add((p) => `position < ${p}::bigint`, after.key);
    params.push(first + 1);
    const rows: RawAuditRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM audit_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY audit_events.position DESC LIMIT $${params.length}`,
      params,
    );
    return { rows: rows.map(fromRaw), total: Number(counted[0]?.total ?? 0) };
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
    const rows: RawAuditRow[] = await dataSource.query(
      `SELECT ${COLUMNS} FROM audit_events WHERE position > $1::bigint
          AND ($3::bigint IS NULL OR position <= $3::bigint)
        ORDER BY audit_events.position LIMIT $2`,
      [after, batch, through],
    );
    for (const row of rows) yield fromRaw(row);
    const last = rows.at(-1);
    if (!last || rows.length < batch) return;
    after = last.position;
  }
}

export async function chainHead(dataSource: DataSource): Promise<{ position: string; hash: string } | null> {
  const rows: { last_position: string; last_hash: string }[] = await dataSource.query(
    'SELECT last_position::text AS last_position, last_hash FROM audit_sequence WHERE id = 1',
  );
  const head = rows[0];
  return head ? { position: head.last_position, hash: head.last_hash } : null;
}
