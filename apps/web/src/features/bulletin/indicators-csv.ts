interface IndicatorRow {
  readonly type: string;
  readonly value: string;
}

/** A cell a spreadsheet would run as a formula starts with one of these: shown as text instead. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: quoted when it must be, and never read as a formula. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV, CRLF line ends, with a header; safe to open in a spreadsheet. */
export function indicatorsCsv(indicators: readonly IndicatorRow[]): string {
  return ['type,value', ...indicators.map((row) => `${csvCell(row.type)},${csvCell(row.value)}`)].join('\r\n') + '\r\n';
}

export function csvFileName(reference: string | null): string {
  return `${(reference ?? 'bulletin').replace(/[^\w.-]+/g, '_')}-indicators.csv`;
}
