import { type Category, Severity, type Tier } from '@bulwark/domain';
import type { SqlParams } from '@api/modules/bulletins/bulletin-row';
import type { BulletinEventFilter } from './dto/bulletin-events.args';
import type { BulletinEventType } from './entities/bulletin-event.entity';

const SEVERITY_ORDER = Object.values(Severity);

/**
 * A feed's filter, twice, like the policy: as SQL on the event's revision `r` (webhooks, which read per target)
 * and in memory (subscriptions, which share one read of the log). event-filter.spec.ts keeps the two in step.
 */
export function matchesEventFilter(filter: BulletinEventFilter, event: FilterableEvent): boolean {
  const anyOf = <T>(wanted: readonly T[] | undefined, have: readonly T[]) =>
    !wanted || have.some((value) => wanted.includes(value));
  return (
    anyOf(filter.types, [event.type]) &&
    anyOf(filter.tiers, [event.tier]) &&
    anyOf(filter.categories, [event.category]) &&
    (!filter.minSeverity || SEVERITY_ORDER.indexOf(event.severity) >= SEVERITY_ORDER.indexOf(filter.minSeverity)) &&
    (!filter.jurisdictions || event.jurisdictions.length === 0 || anyOf(filter.jurisdictions, event.jurisdictions)) &&
    anyOf(filter.originatorIds, event.originatorOrgIds) &&
    anyOf(filter.tags, event.tags)
  );
}

export interface FilterableEvent {
  readonly type: BulletinEventType;
  readonly tier: Tier;
  readonly category: Category;
  readonly severity: Severity;
  readonly jurisdictions: readonly string[];
  readonly originatorOrgIds: readonly string[];
  readonly tags: readonly string[];
}

/** The same filter as SQL on the event `e` and its revision `r`. Every list means "any of". */
export function eventFilterConditions(filter: BulletinEventFilter, p: SqlParams): string[] {
  const conditions: string[] = [];
  if (filter.types) conditions.push(`e.type::text = ANY(${p.param(filter.types)}::text[])`);
  if (filter.tiers) conditions.push(`r.tier::text = ANY(${p.param(filter.tiers)}::text[])`);
  if (filter.categories) conditions.push(`r.category::text = ANY(${p.param(filter.categories)}::text[])`);
  if (filter.minSeverity) {
    const atLeast = SEVERITY_ORDER.slice(SEVERITY_ORDER.indexOf(filter.minSeverity));
    conditions.push(`r.severity::text = ANY(${p.param(atLeast)}::text[])`);
  }
  if (filter.jurisdictions) {
    conditions.push(
      `(r.jurisdictions && ${p.param(filter.jurisdictions)}::varchar[] OR cardinality(r.jurisdictions) = 0)`,
    );
  }
  if (filter.originatorIds) conditions.push(`r.originator_org_ids && ${p.param(filter.originatorIds)}::uuid[]`);
  if (filter.tags) conditions.push(`r.tags && ${p.param(filter.tags)}::varchar[]`);
  return conditions;
}
