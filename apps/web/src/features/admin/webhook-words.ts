import { CATEGORY_LABELS, SEVERITY_LABELS } from '@web/features/feed/bulletin-labels';
import type { BulletinEventType, Category, Severity, Tier } from '@web/graphql/generated/graphql';
import { tierLabel } from './admin-words';

export const EVENT_TYPE_LABELS: Readonly<Record<BulletinEventType, string>> = {
  PUBLISHED: 'Published',
  AMENDED: 'Amended',
  RETRACTED: 'Retracted',
};

interface FilterShape {
  readonly types: readonly BulletinEventType[] | null;
  readonly tiers: readonly Tier[] | null;
  readonly categories: readonly Category[] | null;
  readonly minSeverity: Severity | null;
}

/** A webhook's filter in one line: "Sends: Published, Amended · High and above · Cyber threat". */
export function filterInWords(filter: FilterShape): string {
  const parts: string[] = [];
  if (filter.types?.length) parts.push(`Sends: ${filter.types.map((type) => EVENT_TYPE_LABELS[type]).join(', ')}`);
  else parts.push('Sends every event it may read');
  if (filter.tiers?.length) parts.push(filter.tiers.map(tierLabel).join(', '));
  if (filter.minSeverity) parts.push(`${SEVERITY_LABELS[filter.minSeverity]} and above`);
  if (filter.categories?.length) parts.push(filter.categories.map((category) => CATEGORY_LABELS[category]).join(', '));
  return parts.join(' · ');
}
