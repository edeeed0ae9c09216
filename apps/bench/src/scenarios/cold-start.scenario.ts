import { join } from 'node:path';
import { API_ENTRY, apiEnv, type BenchContext } from '../bench-context';
import { percentile } from '../results-table';
import { startProcess, stopProcess } from '../server-process';

/** Starts of each process: a median of fewer samples says little (of two, nearest-rank gives the faster). */
const STARTS = 5;

/**
 * Process start to the first 200 from /health/ready on the loaded database, STARTS times each, alternating with a
 * bare node process that opens the same database and answers one query. `first` is the run's first API start on
 * the loaded database (right after the data load), reported on its own row, not in the median.
 */
export async function coldStart(ctx: BenchContext, first: number): Promise<void> {
  const rounds = STARTS;
  const api: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const server = await startProcess(ctx.root, join(ctx.root, API_ENTRY), apiEnv(ctx.jwtSecret, ctx.target));
    api.push(server.startMs);
    await stopProcess(server);
    const baseline = await startProcess(
      ctx.root,
      join(ctx.root, 'dist/apps/bench/src/bare-ready-server.js'),
      ctx.target.env,
    );
    bare.push(baseline.startMs);
    await stopProcess(baseline);
  }
  ctx.log(`cold start: API ${api.join(', ')} ms; bare ${bare.join(', ')} ms`);
  const target = ctx.target.kind === 'pglite' ? 'PGlite data directory' : 'PostgreSQL';
  const median = (values: number[]) => percentile(values, 50);
  ctx.rows.push(
    {
      scenario: `cold start to ready, loaded ${target}, first start after the load`,
      target: 'Bulwark',
      note: `${first} ms (one sample)`,
    },
    {
      scenario: `cold start to ready, loaded ${target} (${api.length} starts)`,
      target: 'Bulwark',
      p50Ms: median(api),
      maxMs: Math.max(...api),
      note: `${api.join(', ')} ms${ctx.target.kind === 'pglite' ? '; target < 2,000 ms' : ''}`,
    },
    {
      scenario: `cold start to ready, loaded ${target} (${bare.length} starts)`,
      target: 'bare node (open + 1 query)',
      p50Ms: median(bare),
      maxMs: Math.max(...bare),
      note: `${bare.join(', ')} ms`,
    },
    {
      scenario: 'cold start ratio',
      target: 'Bulwark ÷ bare',
      note: `${(median(api) / Math.max(1, median(bare))).toFixed(1)}× (ratio of medians)`,
    },
  );
}
