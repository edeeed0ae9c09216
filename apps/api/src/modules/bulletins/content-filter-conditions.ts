import { type BulletinEventType, SEVERITY_ORDER } from '@bulwark/domain';
import { type Expression, expressionBuilder, type SqlBool } from 'kysely';
import { arrayOf, type DB } from '@api/database/typed-sql';
import type { ContentFilterFields } from './dto/content-filter.input';

/** A feed's or a webhook's filter: the content fields, and which kinds of event. */
export interface EventFilterFields extends ContentFilterFields {
  types?: readonly BulletinEventType[];
}

const revision = expressionBuilder<{ r: DB['bulletin_revisions'] }, 'r'>();
const event = expressionBuilder<{ e: DB['bulletin_events'] }, 'e'>();

const anyOf = <T extends string>(values: readonly T[], type: Parameters<typeof arrayOf>[1]) =>
  revision.fn.any(arrayOf(values, type));

/**
 * The fields every list, feed, subscription and webhook filters on, as SQL on a revision `r`. Every list means
 * "any of"; a bulletin without jurisdictions is national and matches any. Enum columns are compared as their own
 * type, not as text, so PostgreSQL keeps their statistics and indexes in play.
 */
export function contentFilterConditions(filter: ContentFilterFields): Expression<SqlBool>[] {
  const r = revision;
  const conditions: Expression<SqlBool>[] = [];
  if (filter.tiers) conditions.push(r('r.tier', '=', anyOf(filter.tiers, 'tier')));
  if (filter.categories) conditions.push(r('r.category', '=', anyOf(filter.categories, 'category')));
  if (filter.minSeverity) {
    const atLeast = SEVERITY_ORDER.slice(SEVERITY_ORDER.indexOf(filter.minSeverity));
    conditions.push(r('r.severity', '=', anyOf(atLeast, 'severity')));
  }
  if (filter.jurisdictions) {
    conditions.push(
      r.or([
        r('r.jurisdictions', '&&', arrayOf(filter.jurisdictions, 'varchar')),
        r(r.fn('cardinality', ['r.jurisdictions']), '=', r.lit(0)),
      ]),
    );
  }
  if (filter.originatorIds) {
    conditions.push(r('r.originator_org_ids', '&&', arrayOf(filter.originatorIds, 'uuid')));
  }
  if (filter.tags) conditions.push(r('r.tags', '&&', arrayOf(filter.tags, 'varchar')));
  return conditions;
}

/**
 * An event filter as SQL on the event `e` and its revision `r`. Every list means "any of". The events module's
 * matchesEventFilter is the same filter in memory; event-filter.int-spec.ts keeps the two in step.
 */
export function eventFilterConditions(filter: EventFilterFields): Expression<SqlBool>[] {
  const types = filter.types ? [event(event.cast('e.type', 'text'), '=', anyOf(filter.types, 'text'))] : [];
  return [...types, ...contentFilterConditions(filter)];
}
