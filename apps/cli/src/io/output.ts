import { visibleLength } from './terminal-style';

/** One JSON value per line (NDJSON): what `--json` prints for lists and streams. */
export function writeJsonLine(value: unknown, stream: NodeJS.WritableStream = process.stdout): void {
  stream.write(`${JSON.stringify(value)}\n`);
}

export interface Column<T> {
  header: string;
  value(row: T): string;
  /** The one column cut to fit the terminal (the title). */
  flexible?: boolean;
}

/** Rows as aligned columns; on a terminal the flexible column is cut so that a row fits on one line. */
export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[], width?: number): string {
  const cells = rows.map((row) => columns.map((column) => oneLine(column.value(row))));
  const widths = columns.map((column, index) =>
    Math.max(visibleLength(column.header), ...cells.map((row) => visibleLength(row[index] ?? ''))),
  );
  const flexible = columns.findIndex((column) => column.flexible);
  if (width && flexible >= 0) {
    const others = widths.reduce((sum, w, index) => (index === flexible ? sum : sum + w + 2), 0);
    widths[flexible] = Math.max(10, Math.min(widths[flexible] ?? 0, width - others));
  }
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => {
        const cut = index === flexible ? truncate(value, widths[index] ?? 0) : value;
        return index === values.length - 1 ? cut : cut + ' '.repeat((widths[index] ?? 0) - visibleLength(cut));
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.header)), ...cells.map(line)].join('\n') + '\n';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}
