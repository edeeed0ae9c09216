import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { Permission } from '@bulwark/domain';
import type { RequestViewer } from '@api/auth/request-viewer';
import { badInput } from '@api/common/app-errors';
import { UnitOfWork } from '@api/database/unit-of-work';
import { type Connection, decodeCursor, toConnection } from '@api/graphql/pagination';
import { currentClientAddress, currentRequestId } from '@api/logging/request-context';
import { AuditAction, AuditActorKind, AuditOutcome, AuditTargetType } from './audit-action';
import { type ChainedFields, chainHash } from './audit-chain';
import { AuditRepository, type AuditRow } from './audit.repository';
import type { AuditEventsArgs } from './dto/audit-events.args';
import type { AuditEvent } from './models/audit-event.model';

/** Who acted: a viewer (RequestViewer and ViewerContext fit), or a claimed account on a failed sign-in. */
export interface AuditActor {
  readonly kind: 'USER' | 'API_KEY' | 'ANONYMOUS' | 'SYSTEM';
  readonly userId: string | null;
  readonly apiKeyId: string | null;
  readonly organizationId: string | null;
}

export const ANONYMOUS_ACTOR: AuditActor = { kind: 'ANONYMOUS', userId: null, apiKeyId: null, organizationId: null };

/**
 * Bulwark acting by its own rule on an organization's resource (a webhook disabled after failures). The record
 * carries that organization, so its administrators, who read their organization's records, read it too.
 */
export function systemActor(organizationId: string): AuditActor {
  return { kind: 'SYSTEM', userId: null, apiKeyId: null, organizationId };
}

export interface AuditEntry {
  readonly actor: AuditActor;
  readonly action: AuditAction;
  readonly outcome?: AuditOutcome;
  readonly targetType?: AuditTargetType;
  readonly targetId?: string | null;
  /**
   * What an investigator needs beyond the target: before/after of a grant, a reason. Never a bulletin's title,
   * tier or text: the trail's readers may not be its readers (R15).
   */
  readonly details?: Record<string, unknown>;
}

/** Free text the caller chose (an email typed at sign-in), bounded, without what jsonb refuses. */
export function clipText(value: string, max = 254): string {
  // eslint-disable-next-line no-control-regex -- NUL and other control characters have no place in the trail
  return value.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, max);
}

function toAuditEvent(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    position: row.position,
    occurredAt: row.occurredAt,
    actorKind: row.actorKind as AuditActorKind,
    actorUserId: row.actorUserId,
    actorApiKeyId: row.actorApiKeyId,
    actorOrganizationId: row.actorOrganizationId,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    outcome: row.outcome as AuditOutcome,
    requestId: row.requestId,
    clientAddress: row.clientAddress,
    details: JSON.stringify(row.details),
    previousHash: row.previousHash,
    hash: row.hash,
  };
}

type UnchainedFields = Omit<ChainedFields, 'position' | 'previousHash'>;

/** A record's fields but its place in the chain; request id and client address as of the call. */
function unchained(entry: AuditEntry): UnchainedFields {
  return {
    id: randomUUID(),
    occurredAt: new Date(),
    actorKind: entry.actor.kind,
    actorUserId: entry.actor.userId,
    actorApiKeyId: entry.actor.apiKeyId,
    actorOrganizationId: entry.actor.organizationId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    outcome: entry.outcome ?? AuditOutcome.ALLOWED,
    requestId: currentRequestId() ?? null,
    clientAddress: currentClientAddress()?.slice(0, 64) ?? null,
    // What jsonb gives back: undefined dropped, dates as strings. The hash covers that form.
    details: JSON.parse(JSON.stringify(entry.details ?? {})) as unknown,
  };
}

/**
 * The audit trail (R18): append-only, each record chained to the one before by a hash. `record` writes in the
 * caller's transaction, so a record exists exactly when the change does (services get that from
 * AuditedUnitOfWork); `recordStandalone` is for what has no transaction of its own (denials, failed sign-ins,
 * reads) and is never called inside one (UnitOfWork refuses: on PGlite it would wait for the first forever).
 */
@Injectable()
export class AuditService {
  /** Records asked for in the same tick without a transaction of their own share one (see recordBatched). */
  private readonly batch = new DataLoader<UnchainedFields, true>(
    async (records) => {
      await this.unit.run((manager) => this.appendAll(manager, records));
      return records.map(() => true as const);
    },
    { cache: false, maxBatchSize: 500 },
  );

  constructor(
    private readonly audit: AuditRepository,
    private readonly unit: UnitOfWork,
  ) {}

  /** Appends the records in order, in the caller's transaction; none: no statement. */
  async record(manager: EntityManager, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
    const records = (Array.isArray(entries) ? entries : [entries]) as readonly AuditEntry[];
    if (records.length > 0) await this.appendAll(manager, records.map(unchained));
  }

  recordStandalone(entry: AuditEntry): Promise<void> {
    return this.unit.run((manager) => this.record(manager, entry));
  }

  /**
   * As recordStandalone, for records that come many at once (the deliveries of one event to many subscribers):
   * the records asked for together are written in one transaction, with one lock of the chain's head. Resolves
   * when that transaction has committed.
   */
  async recordBatched(entry: AuditEntry): Promise<void> {
    await this.batch.load(unchained(entry));
  }

  private async appendAll(manager: EntityManager, records: readonly UnchainedFields[]): Promise<void> {
    let head = await this.audit.lockHead(manager);
    const rows: AuditRow[] = [];
    for (const record of records) {
      const fields = { ...record, position: (BigInt(head.position) + 1n).toString(), previousHash: head.hash };
      const hash = chainHash(fields);
      rows.push({ ...fields, hash });
      head = { position: fields.position, hash };
    }
    await this.audit.append(manager, rows);
  }

  /** R18: a read of an AMBER_STRICT or RED bulletin, through a query or a push. */
  recordBulletinRead(actor: AuditActor, bulletinId: string, details: Record<string, unknown>): Promise<void> {
    return this.recordBatched({
      actor,
      action: AuditAction.BULLETIN_READ,
      targetType: AuditTargetType.BULLETIN,
      targetId: bulletinId,
      details,
    });
  }

  /** An R15 denial: the caller is told NOT_FOUND (or FORBIDDEN); the trail says DENIED. */
  recordDenial(
    actor: AuditActor,
    targetType: AuditTargetType,
    targetId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.recordStandalone({
      actor,
      action: AuditAction.ACCESS_DENIED,
      outcome: AuditOutcome.DENIED,
      targetType,
      targetId,
      details,
    });
  }

  async list(viewer: RequestViewer, args: AuditEventsArgs): Promise<Connection<AuditEvent>> {
    const everything = viewer.permissions.includes(Permission.PLATFORM_AUDIT_READ);
    // A viewer without an organization (none today) sees nothing rather than everything.
    const scope = everything ? null : (viewer.organizationId ?? '00000000-0000-0000-0000-000000000000');
    const after = decodeCursor(args.after);
    if (after && !/^[1-9]\d{0,17}$/.test(after.key))
      throw badInput('Invalid cursor: pass the endCursor of a previous page.');
    const { rows, total } = await this.audit.page(scope, args.filter ?? {}, after, args.first);
    return toConnection(rows.map(toAuditEvent), args.first, total, (event) => ({ key: event.position, id: event.id }));
  }
}
