import { createHash } from 'node:crypto';

/** The previous hash of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** Every field of a record that its hash covers, in the form the database gives back. */
export interface ChainedFields {
  readonly position: string;
  readonly id: string;
  readonly occurredAt: Date;
  readonly actorKind: string;
  readonly actorUserId: string | null;
  readonly actorApiKeyId: string | null;
  readonly actorOrganizationId: string | null;
  readonly action: string;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly outcome: string;
  readonly requestId: string | null;
  readonly clientAddress: string | null;
  readonly details: unknown;
  readonly previousHash: string;
}

/** Object keys sorted at every depth, so jsonb (which reorders keys) gives back the same serialisation. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** sha256 over a fixed-order JSON array of the record's fields, ending with the previous record's hash. */
export function chainHash(fields: ChainedFields): string {
  const serialised = JSON.stringify([
    fields.position,
    fields.id,
    fields.occurredAt.toISOString(),
    fields.actorKind,
    fields.actorUserId,
    fields.actorApiKeyId,
    fields.actorOrganizationId,
    fields.action,
    fields.targetType,
    fields.targetId,
    fields.outcome,
    fields.requestId,
    fields.clientAddress,
    canonical(fields.details),
    fields.previousHash,
  ]);
  return createHash('sha256').update(serialised, 'utf8').digest('hex');
}
