import { type BulletinEventType, SEVERITY_ORDER } from '@bulwark/domain';
import type { SqlParams } from '@api/common/sql-params';
import type { ContentFilterFields } from './dto/content-filter.input';

/** A feed's or a webhook's filter: the content fields, and which kinds of event. */
export interface EventFilterFields extends ContentFilterFields {
  types?: readonly BulletinEventType[];
}

/**
 * The fields every list, feed, subscription and webhook filters on, as SQL on a revision `r`. Every list means
 * "any of"; a bulletin without jurisdictions is national and matches any. Enum columns are compared as their own
 * type, not as text, so PostgreSQL keeps their statistics and indexes in play.
 */
export function contentFilterConditions(filter: ContentFilterFields, p: SqlParams): string[] {
  const conditions: string[] = [];
  if (filter.tiers) conditions.push(`r.tier = ANY(${p.param(filter.tiers)}::tier[])`);
  if (filter.categories) conditions.push(`r.category = ANY(${p.param(filter.categories)}::category[])`);
  if (filter.minSeverity) {
    const atLeast = SEVERITY_ORDER.slice(SEVERITY_ORDER.indexOf(filter.minSeverity));
    conditions.push(`r.severity = ANY(${p.param(atLeast)}::severity[])`);
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

/**
 * An event filter as SQL on the event `e` and its revision `r`. Every list means "any of". The events module's
 * matchesEventFilter is the same filter in memory; event-filter.int-spec.ts keeps the two in step.
 */
export function eventFilterConditions(filter: EventFilterFields, p: SqlParams): string[] {
  const types = filter.types ? [`e.type::text = ANY(${p.param(filter.types)}::text[])`] : [];
  return [...types, ...contentFilterConditions(filter, p)];
}
