import { join } from 'node:path';
import { API_ENTRY, apiEnv, type BenchContext } from '../bench-context';
import { signIn } from '../graphql-client';
import { drain, singleRequest } from '../http-load';
import { openLoop, type OpenLoopResult } from '../open-loop';
import { median, percentile } from '../results-table';
import { type ServerProcess, startProcess, stopProcess } from '../server-process';
import type { StatementTiming } from './feed-read.scenario';
import type { ReadCase } from './read-load';

/** Single requests per case, server and size: at a million bulletins a full-text search alone can take seconds. */
const SIZE_SINGLES = 7;
/** In flight at most during a size's open-loop run: a server that cannot keep up is left a short backlog. */
const SIZE_MAX_OUTSTANDING = 16;

/** One server's figures for one read at one size. */
interface SizeSide {
  singles: number[];
  offered: OpenLoopResult | null;
}

export interface SizeResult {
  bulletins: number;
  /** Time to grow the data set to this size from the previous one (ms). */
  growMs: number;
  apiStartMs: number;
  plans: Record<string, StatementTiming[]>;
  reads: Record<string, { label: string; bulwark: SizeSide; bare: SizeSide }>;
}

const SERVERS = ['bulwark', 'bare'] as const;

/**
 * The reads at one size of the data set, on both servers: single requests one at a time (median), then one short
 * open-loop run at `ctx.sizeRate` requests a second. On PostgreSQL both servers are up and the single requests
 * alternate between them; on PGlite (one process per data directory) the API runs every case, then the bare server.
 */
export async function measureAtSize(
  ctx: BenchContext,
  bulletins: number,
  growMs: number,
  plans: Record<string, StatementTiming[]>,
  cases: readonly ReadCase[],
): Promise<SizeResult> {
  const apiScript = join(ctx.root, API_ENTRY);
  const bareScript = join(ctx.root, 'dist/apps/bench/src/bare-server.js');
  const bareEnv = { JWT_SECRET: ctx.jwtSecret, ...ctx.target.env };
  const result: SizeResult = { bulletins, growMs, apiStartMs: 0, plans, reads: {} };
  for (const c of cases) {
    result.reads[c.key] = {
      label: c.label,
      bulwark: { singles: [], offered: null },
      bare: { singles: [], offered: null },
    };
  }
  const side = (c: ReadCase, who: (typeof SERVERS)[number]) => result.reads[c.key][who];
  const offered = async (server: ServerProcess, token: string, c: ReadCase, who: (typeof SERVERS)[number]) => {
    const run = await openLoop(server.url, token, c.body, ctx.sizeRate, ctx.rateSeconds, SIZE_MAX_OUTSTANDING, 30_000);
    await drain(server.url, token, c.body, median(side(c, who).singles));
    side(c, who).offered = run;
    ctx.log(`size ${bulletins}: ${who} ${c.label} at ${ctx.sizeRate} req/s: p50 ${run.p50Ms}, p99 ${run.p99Ms} ms`);
  };

  const api = await startProcess(ctx.root, apiScript, apiEnv(ctx.jwtSecret, ctx.target));
  result.apiStartMs = api.startMs;
  const running: ServerProcess[] = [api];
  try {
    const token = await signIn(api.url, ctx.community.clerkEmail);
    if (ctx.target.kind === 'postgres') {
      const bare = await startProcess(ctx.root, bareScript, bareEnv);
      running.push(bare);
      for (const c of cases) {
        for (let i = 0; i < SIZE_SINGLES; i++) {
          side(c, 'bulwark').singles.push(await singleRequest(api.url, token, c.body));
          side(c, 'bare').singles.push(await singleRequest(bare.url, token, c.body));
        }
        await offered(api, token, c, 'bulwark');
        await offered(bare, token, c, 'bare');
      }
    } else {
      for (const [who, start] of [
        ['bulwark', null],
        ['bare', () => startProcess(ctx.root, bareScript, bareEnv)],
      ] as const) {
        const server = start ? await start() : api;
        if (start) running.push(server);
        for (const c of cases) {
          for (let i = 0; i < SIZE_SINGLES; i++)
            side(c, who).singles.push(await singleRequest(server.url, token, c.body));
          await offered(server, token, c, who);
        }
        await stopProcess(server);
      }
    }
  } finally {
    for (const server of running) await stopProcess(server);
  }
  return result;
}

/** One row per size in the main table: how long growing took and the first API start on it. */
export function sizeRows(ctx: BenchContext, result: SizeResult): void {
  ctx.rows.push({
    scenario: `data size ${result.bulletins.toLocaleString('en-US')} bulletins`,
    target: ctx.target.kind,
    note: `grown in ${(result.growMs / 1000).toFixed(1)} s; API start to ready ${result.apiStartMs} ms (one start)`,
  });
}

/**
 * The data-size table: each read's cost at each size, side by side (one column per size). Cells: the median of
 * single requests; at the offered rate, p50 / p99 from the scheduled send (or that the server did not keep up);
 * the SQL alone, median EXPLAIN ANALYZE time per statement.
 */
export function renderSizeTable(ctx: BenchContext, results: readonly SizeResult[]): string {
  if (results.length === 0) return '';
  const header = ['read', 'measure', ...results.map((r) => `${r.bulletins.toLocaleString('en-US')} bulletins`)];
  const lines: string[][] = [];
  const keys = Object.keys(results[0]?.reads ?? {});
  for (const key of keys) {
    const label = results[0]?.reads[key]?.label ?? key;
    for (const who of SERVERS) {
      const name = who === 'bulwark' ? 'Bulwark' : 'bare';
      lines.push([
        label,
        `${name}, one at a time (median of ${SIZE_SINGLES}, max)`,
        ...results.map((r) => {
          const singles = r.reads[key]?.[who].singles ?? [];
          return `${median(singles)} ms (${percentile(singles, 100)})`;
        }),
      ]);
      lines.push([
        label,
        `${name}, offered ${ctx.sizeRate} req/s for ${ctx.rateSeconds} s: p50 / p99`,
        ...results.map((r) => {
          const run = r.reads[key]?.[who].offered;
          if (!run) return '';
          const kept = run.skipped === 0 && run.failed === 0;
          return kept
            ? `${run.p50Ms} / ${run.p99Ms} ms`
            : `did not keep up (${run.completed} of ${run.scheduled} answered; p99 ${run.p99Ms} ms)`;
        }),
      ]);
    }
    const statements = [...new Set(results.flatMap((r) => (r.plans[key] ?? []).map((p) => p.statement)))];
    for (const statement of statements.filter((s) => s !== 'viewer')) {
      lines.push([
        label,
        `SQL alone: ${statement} (median EXPLAIN ANALYZE)`,
        ...results.map((r) => {
          const plan = r.plans[key]?.find((p) => p.statement === statement);
          return plan ? `${plan.ms} ms` : '';
        }),
      ]);
    }
  }
  lines.push(['data set', 'time to grow to this size', ...results.map((r) => `${(r.growMs / 1000).toFixed(1)} s`)]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
