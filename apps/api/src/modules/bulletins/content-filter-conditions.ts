import { Severity } from '@bulwark/domain';
import type { SqlParams } from './bulletin-row';
import type { ContentFilterFields } from './dto/content-filter.input';

export const SEVERITY_ORDER = Object.values(Severity);

/**
 * The fields every list, feed, subscription and webhook filters on, as SQL on a revision `r`. Every list means
 * "any of"; a bulletin without jurisdictions is national and matches any.
 */
export function contentFilterConditions(filter: ContentFilterFields, p: SqlParams): string[] {
  const conditions: string[] = [];
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
