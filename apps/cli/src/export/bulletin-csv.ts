import type { BulletinSummary } from '@bulwark/client';
import { csvRow } from './csv';

/** Lists inside one field are separated by `;`. */
const COLUMNS: readonly [string, (bulletin: BulletinSummary) => string][] = [
  ['reference', (b) => b.reference ?? ''],
  ['id', (b) => b.id],
  ['status', (b) => b.status],
  ['revision', (b) => String(b.revision)],
  ['tier', (b) => b.tier],
  ['severity', (b) => b.severity],
  ['category', (b) => b.category],
  ['title', (b) => b.title],
  ['summary', (b) => b.summary],
  ['jurisdictions', (b) => b.jurisdictions.join(';')],
  ['tags', (b) => b.tags.join(';')],
  ['originators', (b) => b.originators.map((o) => o.shortName).join(';')],
  ['publishedAt', (b) => b.publishedAt ?? ''],
  ['firstPublishedAt', (b) => b.firstPublishedAt ?? ''],
  ['retractedAt', (b) => b.retractedAt ?? ''],
  ['updatedAt', (b) => b.updatedAt],
];

export function bulletinCsvHeader(): string {
  return csvRow(COLUMNS.map(([name]) => name));
}

export function bulletinCsvRow(bulletin: BulletinSummary): string {
  return csvRow(COLUMNS.map(([, value]) => value(bulletin)));
}
