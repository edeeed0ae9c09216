/**
 * RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled; lines end in CRLF. Values are
 * written as they are (no spreadsheet-formula escaping), so that a script reads back exactly what the API holds.
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
