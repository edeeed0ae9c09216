import type { BulletinEventFilter, BulletinFilter, Category, Severity, Tier } from '@web/graphql/generated/graphql';
import {
  CATEGORY_LABELS,
  isCategory,
  isSeverity,
  isStateCode,
  isTier,
  SEVERITY_LABELS,
  STATE_NAMES,
} from './bulletin-labels';

/** What the filter bar narrows a list by; the same for the feed, search and a saved feed. */
export interface BulletinFilters {
  readonly categories: readonly Category[];
  readonly minSeverity: Severity | null;
  /** State codes (GA, PA…); the API adds national bulletins to any of them. */
  readonly jurisdictions: readonly string[];
  readonly originatorIds: readonly string[];
  readonly tiers: readonly Tier[];
  readonly tags: readonly string[];
}

export const NO_FILTERS: BulletinFilters = {
  categories: [],
  minSeverity: null,
  jurisdictions: [],
  originatorIds: [],
  tiers: [],
  tags: [],
};

/** The address's parameter names: `?category=CYBER_THREAT&severity=HIGH&state=GA&tier=AMBER&tag=albert&originator=<id>`. */
export const FILTER_PARAMS = {
  categories: 'category',
  minSeverity: 'severity',
  jurisdictions: 'state',
  originatorIds: 'originator',
  tiers: 'tier',
  tags: 'tag',
} as const;

const MAX_VALUES = 50;
const MAX_TAG_LENGTH = 64;

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)].slice(0, MAX_VALUES);
}

/** Lower-case words or dashes, as the API stores them. */
export function normaliseTag(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, '-').slice(0, MAX_TAG_LENGTH);
}

/**
 * The filters written in an address. Anything unknown (a mistyped category, a made-up state) is left out rather
 * than sent, so a hand-edited or old link still opens.
 */
export function parseFilters(params: URLSearchParams): BulletinFilters {
  const all = (name: string) => params.getAll(name).map((value) => value.trim());
  const severity = params.get(FILTER_PARAMS.minSeverity)?.trim().toUpperCase() ?? '';
  return {
    categories: unique(
      all(FILTER_PARAMS.categories)
        .map((v) => v.toUpperCase())
        .filter(isCategory),
    ),
    minSeverity: isSeverity(severity) ? severity : null,
    jurisdictions: unique(
      all(FILTER_PARAMS.jurisdictions)
        .map((v) => v.toUpperCase())
        .filter(isStateCode),
    ),
    originatorIds: unique(all(FILTER_PARAMS.originatorIds).filter((v) => /^[\w-]{1,64}$/.test(v))),
    tiers: unique(
      all(FILTER_PARAMS.tiers)
        .map((v) => v.toUpperCase())
        .filter(isTier),
    ),
    tags: unique(
      all(FILTER_PARAMS.tags)
        .map(normaliseTag)
        .filter((v) => v !== ''),
    ),
  };
}

/** A copy of `params` with the filters replaced; other parameters (the search words) stay as they are. */
export function writeFilters(params: URLSearchParams, filters: BulletinFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.values(FILTER_PARAMS)) next.delete(name);
  for (const value of filters.categories) next.append(FILTER_PARAMS.categories, value);
  if (filters.minSeverity) next.append(FILTER_PARAMS.minSeverity, filters.minSeverity);
  for (const value of filters.jurisdictions) next.append(FILTER_PARAMS.jurisdictions, value);
  for (const value of filters.originatorIds) next.append(FILTER_PARAMS.originatorIds, value);
  for (const value of filters.tiers) next.append(FILTER_PARAMS.tiers, value);
  for (const value of filters.tags) next.append(FILTER_PARAMS.tags, value);
  return next;
}

export function countActiveFilters(filters: BulletinFilters): number {
  return (
    filters.categories.length +
    (filters.minSeverity ? 1 : 0) +
    filters.jurisdictions.length +
    filters.originatorIds.length +
    filters.tiers.length +
    filters.tags.length
  );
}

export function hasFilters(filters: BulletinFilters): boolean {
  return countActiveFilters(filters) > 0;
}

/** For a subscription or a saved feed; empty fields are left out (an empty list would match nothing). */
export function toEventFilter(filters: BulletinFilters): BulletinEventFilter {
  return toListFilter(filters);
}

/** For a list query (`bulletins`); the caller adds statuses, words or an indicator. */
export function toListFilter(filters: BulletinFilters): BulletinFilter & BulletinEventFilter {
  const filter: BulletinFilter & BulletinEventFilter = {};
  if (filters.categories.length) filter.categories = [...filters.categories];
  if (filters.minSeverity) filter.minSeverity = filters.minSeverity;
  if (filters.jurisdictions.length) filter.jurisdictions = [...filters.jurisdictions];
  if (filters.originatorIds.length) filter.originatorIds = [...filters.originatorIds];
  if (filters.tiers.length) filter.tiers = [...filters.tiers];
  if (filters.tags.length) filter.tags = [...filters.tags];
  return filter;
}

/** A saved feed's filter as the API returns it (an EventFilter). */
export interface SavedFilter {
  readonly categories: readonly Category[] | null;
  readonly minSeverity: Severity | null;
  readonly jurisdictions: readonly string[] | null;
  readonly originatorIds: readonly string[] | null;
  readonly tiers: readonly Tier[] | null;
  readonly tags: readonly string[] | null;
}

/** A saved feed's filter, as the filter bar shows it (its event types are not a list filter). */
export function fromEventFilter(filter: SavedFilter): BulletinFilters {
  return {
    categories: filter.categories ?? [],
    minSeverity: filter.minSeverity ?? null,
    jurisdictions: filter.jurisdictions ?? [],
    originatorIds: filter.originatorIds ?? [],
    tiers: filter.tiers ?? [],
    tags: filter.tags ?? [],
  };
}

/**
 * The filters in words, one phrase each ("Cyber threat or Vulnerability", "High severity and above"), for a saved
 * feed's description. Originators are named by `organizationName` when it knows them.
 */
export function describeFilters(
  filters: BulletinFilters,
  organizationName: (id: string) => string | null = () => null,
): string[] {
  const phrases: string[] = [];
  const or = (values: readonly string[]) => values.join(' or ');
  if (filters.categories.length) phrases.push(or(filters.categories.map((c) => CATEGORY_LABELS[c])));
  if (filters.minSeverity) {
    phrases.push(
      filters.minSeverity === 'CRITICAL'
        ? 'Critical severity only'
        : `${SEVERITY_LABELS[filters.minSeverity]} severity and above`,
    );
  }
  if (filters.jurisdictions.length) {
    phrases.push(`${or(filters.jurisdictions.map((code) => STATE_NAMES[code] ?? code))} (and national)`);
  }
  if (filters.originatorIds.length) {
    const names = filters.originatorIds.map((id) => organizationName(id) ?? 'an organization');
    phrases.push(`From ${or(names)}`);
  }
  if (filters.tiers.length) phrases.push(or(filters.tiers.map((tier) => `TLP:${tier.replace('_', '+')}`)));
  if (filters.tags.length) phrases.push(`Tagged ${or(filters.tags)}`);
  return phrases;
}
