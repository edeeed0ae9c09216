import { type BenchContext, profiled } from '../bench-context';
import { drain, type LoadResult, loadFor, singleRequest } from '../http-load';
import { openLoop, type OpenLoopResult } from '../open-loop';
import { median, percent, percentile } from '../results-table';
import type { ServerProcess } from '../server-process';

/** One read the API and the bare server both answer: a GraphQL body and what the table calls it. */
export interface ReadCase {
  key: string;
  label: string;
  body: string;
}

/** Everything measured of one case on one server, over all rounds. */
export interface ReadMeasure {
  /** Single requests, one at a time. */
  singles: number[];
  /** One closed-loop window per round, in round order. */
  rounds: LoadResult[];
  /** One open-loop run per offered rate. */
  rates: OpenLoopResult[];
}

/** Single requests per case and server: their median is the latency floor without queueing. */
export const SINGLES = 10;

/** How the two servers' windows were put side by side, said in the table. */
export type ReadMode = 'interleaved' | 'alternating-processes';

const emptyMeasure = (): ReadMeasure => ({ singles: [], rounds: [], rates: [] });

function measureOf(results: Map<string, ReadMeasure>, key: string): ReadMeasure {
  const found = results.get(key) ?? emptyMeasure();
  results.set(key, found);
  return found;
}

/** One measured closed-loop window, after which the server is given time to work off what is still queued. */
async function window(
  ctx: BenchContext,
  server: ServerProcess,
  token: string,
  c: ReadCase,
  measure: ReadMeasure,
  who: string,
): Promise<void> {
  const alone = median(measure.singles);
  const run = () => loadFor(server.url, token, c.body, ctx.roundSeconds, ctx.connections, ctx.log);
  // The API is profiled over its first window of the case only: one profile per phase.
  const load =
    who === 'Bulwark' && measure.rounds.length === 0 ? await profiled(ctx, c.key, server.child.pid, run) : await run();
  await drain(server.url, token, c.body, alone);
  ctx.log(`${who} ${c.label} round ${measure.rounds.length + 1}: ${load.reqPerSec} req/s, p99 ${load.p99Ms} ms`);
  measure.rounds.push(load);
}

async function warmUp(ctx: BenchContext, server: ServerProcess, token: string, c: ReadCase, alone: number) {
  await loadFor(server.url, token, c.body, ctx.warmupSeconds, ctx.connections, ctx.log);
  await drain(server.url, token, c.body, alone);
}

async function offeredRates(
  ctx: BenchContext,
  server: ServerProcess,
  token: string,
  c: ReadCase,
  measure: ReadMeasure,
  rate: number,
  who: string,
): Promise<void> {
  const result = await openLoop(server.url, token, c.body, rate, ctx.rateSeconds);
  await drain(server.url, token, c.body, median(measure.singles));
  ctx.log(`${who} ${c.label} at ${rate} req/s: ${JSON.stringify(result)}`);
  measure.rates.push(result);
}

/**
 * Both servers up (PostgreSQL): per case, single requests alternating between them, a warm-up of each, then
 * `ctx.rounds` rounds of one window each, the first server alternating (A B, B A, A B …) so that load drift on the
 * machine reaches both alike; then each offered rate, API then bare server.
 */
export async function measureReadsInterleaved(
  ctx: BenchContext,
  api: ServerProcess,
  bare: ServerProcess,
  token: string,
  cases: readonly ReadCase[],
): Promise<{ bulwark: Map<string, ReadMeasure>; bare: Map<string, ReadMeasure> }> {
  const ours = new Map<string, ReadMeasure>();
  const base = new Map<string, ReadMeasure>();
  for (const c of cases) {
    const a = measureOf(ours, c.key);
    const b = measureOf(base, c.key);
    for (let i = 0; i < SINGLES; i++) {
      a.singles.push(await singleRequest(api.url, token, c.body));
      b.singles.push(await singleRequest(bare.url, token, c.body));
    }
    await warmUp(ctx, api, token, c, median(a.singles));
    await warmUp(ctx, bare, token, c, median(b.singles));
    for (let round = 0; round < ctx.rounds; round++) {
      const sides: [ServerProcess, ReadMeasure, string][] = [
        [api, a, 'Bulwark'],
        [bare, b, 'bare'],
      ];
      if (round % 2 === 1) sides.reverse();
      for (const [server, measure, who] of sides) await window(ctx, server, token, c, measure, who);
    }
    for (const rate of ctx.rates) {
      await offeredRates(ctx, api, token, c, a, rate, 'Bulwark');
      await offeredRates(ctx, bare, token, c, b, rate, 'bare');
    }
  }
  return { bulwark: ours, bare: base };
}

/**
 * One round on one server (PGlite, where only one process can open the data directory: the caller starts the API,
 * runs a round, stops it, starts the bare server, runs a round …). Per case: in the first round the single
 * requests; every round a warm-up (the process is new) and one window; in the last round the offered rates.
 */
export async function measureReadRound(
  ctx: BenchContext,
  server: ServerProcess,
  token: string,
  cases: readonly ReadCase[],
  round: number,
  results: Map<string, ReadMeasure>,
  who: string,
): Promise<void> {
  for (const c of cases) {
    const measure = measureOf(results, c.key);
    if (round === 0)
      for (let i = 0; i < SINGLES; i++) measure.singles.push(await singleRequest(server.url, token, c.body));
    await warmUp(ctx, server, token, c, median(measure.singles));
    await window(ctx, server, token, c, measure, who);
    if (round === ctx.rounds - 1)
      for (const rate of ctx.rates) await offeredRates(ctx, server, token, c, measure, rate, who);
  }
}

const MODE_NOTE: Record<ReadMode, string> = {
  interleaved: 'both servers up; windows alternate A B, B A … per round',
  'alternating-processes':
    'PGlite: one process per data directory, so each round restarts the API, runs every case, then the bare server',
};

/** Rows for each case: single-request medians, the windows of both servers, the ratio, and the offered rates. */
export function reportReads(
  ctx: BenchContext,
  cases: readonly ReadCase[],
  bulwark: Map<string, ReadMeasure>,
  bare: Map<string, ReadMeasure>,
  sameAnswer: Map<string, boolean>,
  mode: ReadMode,
): void {
  if (cases.length === 0) return;
  ctx.rows.push({
    scenario: `read windows: ${ctx.rounds} rounds × ${ctx.roundSeconds} s per server, ${ctx.connections} connections`,
    target: mode,
    note: `${MODE_NOTE[mode]}; req/s is the median over rounds, p50/p99/max nearest-rank over every response of every round`,
  });
  for (const c of cases) {
    const ours = bulwark.get(c.key);
    const base = bare.get(c.key);
    if (!ours || !base) continue;
    const single = `${c.label}, one request at a time (median of ${ours.singles.length})`;
    const window = `${c.label}, ${ctx.connections} conns, ${ctx.rounds} × ${ctx.roundSeconds} s`;
    ctx.rows.push(
      { scenario: single, target: 'Bulwark', p50Ms: median(ours.singles), maxMs: percentile(ours.singles, 100) },
      {
        scenario: single,
        target: 'bare node:http + pg',
        p50Ms: median(base.singles),
        maxMs: percentile(base.singles, 100),
      },
      { scenario: window, target: 'Bulwark', ...pooled(ours.rounds) },
      { scenario: window, target: 'bare node:http + pg', ...pooled(base.rounds) },
    );
    const ourRate = median(ours.rounds.map((r) => r.reqPerSec));
    const baseRate = median(base.rounds.map((r) => r.reqPerSec));
    const perRound = ours.rounds
      .map((r, i) => ((base.rounds[i]?.reqPerSec ?? 0) > 0 ? r.reqPerSec / (base.rounds[i]?.reqPerSec ?? 1) : NaN))
      .filter((ratio) => Number.isFinite(ratio));
    const range =
      perRound.length > 0
        ? `, per round ${percent(Math.min(...perRound), 1)}–${percent(Math.max(...perRound), 1)}`
        : '';
    const ratio =
      baseRate > 0
        ? `${percent(ourRate, baseRate)} of bare req/s (ratio of medians${range}; target ≥ 60%)`
        : 'not measurable: the baseline answered nothing in its windows';
    const p99 = pooled(ours.rounds).p99Ms;
    const same = sameAnswer.has(c.key) ? (sameAnswer.get(c.key) ? '; same JSON' : '; JSON DIFFERS') : '';
    ctx.rows.push({
      scenario: `${c.label} ratio`,
      target: 'Bulwark ÷ bare',
      note: `${ratio}; Bulwark p99 ${p99} ms (target < 50 ms)${same}`,
    });
    for (const rate of ctx.rates) {
      const scenario = `${c.label}, offered ${rate} req/s (open loop, ${ctx.rateSeconds} s)`;
      for (const [target, measure] of [
        ['Bulwark', ours],
        ['bare node:http + pg', base],
      ] as const) {
        const run = measure.rates.find((r) => r.rate === rate);
        if (run) ctx.rows.push(offeredRow(scenario, target, run));
      }
    }
  }
}

/** A row for an open-loop run: latency from the scheduled send, and whether the server kept up. */
export function offeredRow(scenario: string, target: string, run: OpenLoopResult) {
  const kept = run.skipped === 0 && run.failed === 0;
  return {
    scenario,
    target,
    reqPerSec: Math.round((run.completed / run.seconds) * 10) / 10,
    p50Ms: run.p50Ms,
    p99Ms: run.p99Ms,
    maxMs: run.maxMs,
    errors: run.failed,
    note: kept
      ? `${run.completed} of ${run.scheduled} answered; latency from the scheduled send`
      : `DID NOT KEEP UP: ${run.completed} of ${run.scheduled} answered, ${run.skipped} not sent (64 already waiting), ${run.failed} failed or timed out`,
  };
}

/** The windows of all rounds as one row: median req/s, and percentiles over every response of every round. */
function pooled(rounds: readonly LoadResult[]) {
  const latencies = rounds.flatMap((r) => r.latencies);
  return {
    reqPerSec: median(rounds.map((r) => r.reqPerSec)),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: percentile(latencies, 100),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    note: `req/s per round ${rounds.map((r) => r.reqPerSec).join(', ')}`,
  };
}
