import type { Category, Severity, Tier } from '@bulwark/domain';
import type { SqlParams } from '@api/modules/bulletins/bulletin-row';
import { contentFilterConditions, SEVERITY_ORDER } from '@api/modules/bulletins/content-filter-conditions';
import type { BulletinEventFilter } from './dto/bulletin-events.args';
import type { BulletinEventType } from './entities/bulletin-event.entity';

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
  const types = filter.types ? [`e.type::text = ANY(${p.param(filter.types)}::text[])`] : [];
  return [...types, ...contentFilterConditions(filter, p)];
}
