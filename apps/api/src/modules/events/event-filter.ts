import { type BulletinEventType, type Category, SEVERITY_ORDER, type Severity, type Tier } from '@bulwark/domain';
import type { BulletinEventFilter } from './dto/bulletin-events.args';

/**
 * A feed's filter, twice, like the policy: in memory here (subscriptions, which share one read of the log) and as
 * SQL inside the bulletins module's BulletinReader (webhooks, which read per target). event-filter.int-spec.ts keeps
 * the two in step.
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
