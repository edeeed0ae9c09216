import type { BulletinStatus, Category, IndicatorType, Severity, Tier } from '@bulwark/client';
import { csvRow } from './csv';

/** A bulletin as the indicators export asks for it (bulletin-indicator-pages.ts), its indicators included. */
export interface BulletinWithIndicators {
  id: string;
  reference: string | null;
  status: BulletinStatus;
  revision: number;
  tier: Tier;
  severity: Severity;
  category: Category;
  title: string;
  publishedAt: string | null;
  firstPublishedAt: string | null;
  expiresAt: string | null;
  jurisdictions: string[];
  originators: { shortName: string }[];
  indicators: { type: IndicatorType; value: string }[];
}

type Indicator = BulletinWithIndicators['indicators'][number];

/**
 * What to block or alert on first, then the marking that governs it (the tier is on every row: a receiver splits the
 * file by it), then where it came from. Lists inside one field are separated by `;`.
 */
const COLUMNS: readonly [string, (indicator: Indicator, bulletin: BulletinWithIndicators) => string][] = [
  ['type', (i) => i.type],
  ['value', (i) => i.value],
  ['tier', (_, b) => b.tier],
  ['severity', (_, b) => b.severity],
  ['category', (_, b) => b.category],
  ['reference', (_, b) => b.reference ?? ''],
  ['bulletinId', (_, b) => b.id],
  ['revision', (_, b) => String(b.revision)],
  ['status', (_, b) => b.status],
  ['publishedAt', (_, b) => b.publishedAt ?? ''],
  ['firstPublishedAt', (_, b) => b.firstPublishedAt ?? ''],
  ['expiresAt', (_, b) => b.expiresAt ?? ''],
  ['originators', (_, b) => b.originators.map((o) => o.shortName).join(';')],
  ['jurisdictions', (_, b) => b.jurisdictions.join(';')],
  ['title', (_, b) => b.title],
];

export function indicatorCsvHeader(): string {
  return csvRow(COLUMNS.map(([name]) => name));
}

/**
 * One row per indicator of the bulletin, only of `types` when given. None for a retracted bulletin: its indicators
 * are withdrawn (the API already serves none, R13; skipping it here does not depend on that).
 */
export function indicatorCsvRows(bulletin: BulletinWithIndicators, types?: ReadonlySet<IndicatorType>): string[] {
  if (bulletin.status === 'RETRACTED') return [];
  return bulletin.indicators
    .filter((indicator) => !types || types.has(indicator.type))
    .map((indicator) => csvRow(COLUMNS.map(([, value]) => value(indicator, bulletin))));
}
