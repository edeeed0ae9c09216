/** One line of the results table; every scenario adds its own, the baseline's next to ours. */
export interface ResultRow {
  scenario: string;
  target: string;
  reqPerSec?: number;
  p50Ms?: number;
  p99Ms?: number;
  maxMs?: number;
  errors?: number;
  non2xx?: number;
  note?: string;
}

export function renderTable(rows: readonly ResultRow[]): string {
  const header = ['scenario', 'target', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'non-2xx', 'note'];
  const lines = rows.map((r) => [
    r.scenario,
    r.target,
    r.reqPerSec?.toString() ?? '',
    r.p50Ms?.toString() ?? '',
    r.p99Ms?.toString() ?? '',
    r.maxMs?.toString() ?? '',
    r.errors?.toString() ?? '',
    r.non2xx?.toString() ?? '',
    r.note ?? '',
  ]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** "93%" of a ratio, or why there is none. */
export function percent(ours: number, baseline: number): string {
  return baseline > 0 ? `${((ours / baseline) * 100).toFixed(0)}%` : 'n/a (baseline 0)';
}

/** p-th percentile (0–100) of unsorted samples, nearest rank; 0 for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[index] ?? 0) * 10) / 10;
}

/** The median, nearest-rank (of an even count, the lower middle sample); 0 for none. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}
