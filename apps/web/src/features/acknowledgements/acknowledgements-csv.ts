import { csvCell } from '@web/features/bulletin/indicators-csv';
import type { AcknowledgementReport } from './acknowledgements-query';

/**
 * One row per recipient: office, person, whether they acknowledged and when, or since when they have had it
 * without acknowledging (the current revision's publication). RFC 4180 CSV with CRLF, like the indicators export,
 * and safe to open in a spreadsheet.
 */
export function acknowledgementsCsv(report: AcknowledgementReport, publishedAt: string | null): string {
  const rows = [['office', 'name', 'email', 'status', 'acknowledged_at', 'pending_since', 'revision']];
  for (const office of report.organizations) {
    for (const person of office.acknowledged)
      rows.push([
        office.organization.name,
        person.displayName,
        person.email,
        'acknowledged',
        person.acknowledgedAt ?? '',
        '',
        String(report.revision),
      ]);
    for (const person of office.pending)
      rows.push([
        office.organization.name,
        person.displayName,
        person.email,
        'pending',
        '',
        publishedAt ?? '',
        String(report.revision),
      ]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function acknowledgementsFileName(reference: string | null, revision: number): string {
  return `${(reference ?? 'bulletin').replace(/[^\w.-]+/g, '_')}-r${revision}-acknowledgements.csv`;
}
