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
  // Called for every subscription an event reaches: no allocation, and an empty filter costs seven checks.
  const { types, tiers, categories, minSeverity, jurisdictions, originatorIds, tags } = filter;
  if (types && !types.includes(event.type)) return false;
  if (tiers && !tiers.includes(event.tier)) return false;
  if (categories && !categories.includes(event.category)) return false;
  if (minSeverity && SEVERITY_ORDER.indexOf(event.severity) < SEVERITY_ORDER.indexOf(minSeverity)) return false;
  if (jurisdictions && event.jurisdictions.length > 0 && !anyOf(jurisdictions, event.jurisdictions)) return false;
  if (originatorIds && !anyOf(originatorIds, event.originatorOrgIds)) return false;
  if (tags && !anyOf(tags, event.tags)) return false;
  return true;
}

function anyOf<T>(wanted: readonly T[], have: readonly T[]): boolean {
  for (const value of have) if (wanted.includes(value)) return true;
  return false;
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
