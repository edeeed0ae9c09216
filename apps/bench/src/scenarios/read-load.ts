import { type BenchContext, profiled } from '../bench-context';
import { drain, type LoadResult, loadFor, singleMedian } from '../http-load';
import { percent } from '../results-table';
import type { ServerProcess } from '../server-process';

/** One read the API and the bare server both answer: a GraphQL body and what the table calls it. */
export interface ReadCase {
  key: string;
  label: string;
  body: string;
}

export interface ReadMeasure {
  single: number;
  load: LoadResult;
}

/** Each case on one server: 10 single requests, a warm-up, then the measured window, each after the server is idle. */
export async function measureReads(
  ctx: BenchContext,
  server: ServerProcess,
  token: string,
  cases: readonly ReadCase[],
  who: string,
): Promise<Map<string, ReadMeasure>> {
  const results = new Map<string, ReadMeasure>();
  for (const c of cases) {
    const single = await singleMedian(server.url, token, c.body);
    await loadFor(server.url, token, c.body, ctx.warmupSeconds, ctx.connections, ctx.log);
    await drain(server.url, token, c.body, single);
    const load = await profiled(ctx, c.key, server.child.pid, () =>
      loadFor(server.url, token, c.body, ctx.seconds, ctx.connections, ctx.log),
    );
    await drain(server.url, token, c.body, single);
    ctx.log(`${who} ${c.label}: single ${single} ms, ${JSON.stringify(load)}`);
    results.set(c.key, { single, load });
  }
  return results;
}

/** Rows for each case: single-request medians, the load of both servers, and the ratio. */
export function reportReads(
  ctx: BenchContext,
  cases: readonly ReadCase[],
  bulwark: Map<string, ReadMeasure>,
  bare: Map<string, ReadMeasure>,
  sameAnswer: Map<string, boolean>,
): void {
  for (const c of cases) {
    const ours = bulwark.get(c.key);
    const base = bare.get(c.key);
    if (!ours || !base) continue;
    const window = `${c.label} (${ctx.connections} conns, ${ctx.seconds} s)`;
    ctx.rows.push(
      { scenario: `${c.label}, one request at a time (median of 10)`, target: 'Bulwark', p50Ms: ours.single },
      {
        scenario: `${c.label}, one request at a time (median of 10)`,
        target: 'bare node:http + pg',
        p50Ms: base.single,
      },
      { scenario: window, target: 'Bulwark', ...withoutCount(ours.load) },
      { scenario: window, target: 'bare node:http + pg', ...withoutCount(base.load) },
    );
    const ratio =
      base.load.reqPerSec > 0
        ? `${percent(ours.load.reqPerSec, base.load.reqPerSec)} of bare req/s (target ≥ 60%)`
        : 'not measurable: the baseline answered nothing inside the window';
    const p99 = ours.load.responses > 0 ? `Bulwark p99 ${ours.load.p99Ms} ms` : 'Bulwark: no responses in the window';
    const same = sameAnswer.has(c.key) ? (sameAnswer.get(c.key) ? '; same JSON' : '; JSON DIFFERS') : '';
    ctx.rows.push({
      scenario: `${c.label} ratio`,
      target: 'Bulwark ÷ bare',
      note: `${ratio}; ${p99} (p99 target < 50 ms); ${ours.load.responses} vs ${base.load.responses} responses${same}`,
    });
  }
}

function withoutCount(load: LoadResult): Omit<LoadResult, 'responses'> {
  const { reqPerSec, p50Ms, p99Ms, maxMs, errors, non2xx } = load;
  return { reqPerSec, p50Ms, p99Ms, maxMs, errors, non2xx };
}
