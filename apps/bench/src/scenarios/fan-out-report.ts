import type { BenchContext } from '../bench-context';
import { percentile, type ResultRow } from '../results-table';
import type { BareFanOutRun } from './fan-out-baseline';
import type { FanOutRun } from './fan-out.scenario';

/** Rows for one N; returns the failures (leaks, misses, duplicates, sockets that did not connect) for the exit code. */
export function reportFanOut(ctx: BenchContext, run: FanOutRun, bare: BareFanOutRun | null): string[] {
  const failures: string[] = [];
  const label = `fan-out, ${run.sockets} subscribers`;
  const rows: ResultRow[] = [];
  const all: number[] = [];
  for (const c of run.checks) {
    if (c.label !== 'warm-up CLEAR') all.push(...c.latencies);
    rows.push({
      scenario: `${label}: ${c.label}`,
      target: 'Bulwark',
      p50Ms: percentile(c.latencies, 50),
      p99Ms: percentile(c.latencies, 99),
      maxMs: percentile(c.latencies, 100),
      errors: c.leaks + c.misses + c.duplicates,
      note: `delivered ${c.delivered} of ${c.expected} expected; leaks ${c.leaks}, misses ${c.misses}, duplicates ${c.duplicates}`,
    });
    if (c.leaks + c.misses + c.duplicates > 0)
      failures.push(`${label} ${c.label}: ${c.leaks} leaks, ${c.misses} misses, ${c.duplicates} duplicates`);
  }
  if (run.connected !== run.sockets) failures.push(`${label}: only ${run.connected} of ${run.sockets} subscribed`);
  if (run.errors.length > 0) failures.push(`${label}: ${run.errors.length} error messages, first ${run.errors[0]}`);
  rows.push({
    scenario: `${label}: all tiers`,
    target: 'Bulwark',
    p50Ms: percentile(all, 50),
    p99Ms: percentile(all, 99),
    maxMs: percentile(all, 100),
    note: `p99 target < 250 ms at 10,000; subscribed in ${run.connectMs} ms; server CPU ${run.cpuMsPerEvent} ms per event (${run.cpuUsPerDelivery} µs per delivery), RSS ${run.rssMb[0]} → ${run.rssMb[1]} MB (${run.rssKbPerSocket} KB per subscriber)`,
  });
  if (bare) {
    rows.push({
      scenario: `${label}: one frame to all`,
      target: 'bare ws',
      p50Ms: percentile(bare.latencies, 50),
      p99Ms: percentile(bare.latencies, 99),
      maxMs: percentile(bare.latencies, 100),
      note: `delivered ${bare.delivered} of ${bare.expected}; server CPU ${bare.cpuMsPerEvent} ms per event, RSS +${bare.rssKbPerSocket} KB per subscriber`,
    });
    const ourP99 = percentile(all, 99);
    const bareP99 = percentile(bare.latencies, 99);
    rows.push({
      scenario: `${label} ratio`,
      target: 'Bulwark ÷ bare',
      note: `p99 ${bareP99 > 0 ? (ourP99 / bareP99).toFixed(1) : 'n/a'}×; server CPU per event ${bare.cpuMsPerEvent > 0 ? (run.cpuMsPerEvent / bare.cpuMsPerEvent).toFixed(1) : 'n/a'}× (Bulwark delivers to the eligible subset only, bare to every socket)`,
    });
  }
  ctx.rows.push(...rows);
  return failures;
}
