import { BulwarkClient } from '@bulwark/client';
import WebSocket from 'ws';
import type { BenchContext } from '../bench-context';
import { BENCH_PASSWORD } from '../generate';
import { median, percent, percentile } from '../results-table';
import type { Delivery } from './client-event-log';
import {
  consumeClientStream,
  consumeRawSubscription,
  type LatencyMeasure,
  measureLatency,
  measureResume,
  Publisher,
  type ResumeMeasure,
} from './client-live-events';
import { measurePaging, PAGE_SIZE, type PagingMeasure, pagingFigures } from './client-paging';

/** Sizes of the client scenario: quick, then full. */
const SIZES = {
  quick: { pagingLimit: 5_000, pagingRounds: 5, publications: 200, warmUp: 5, cuts: 10 },
  full: { pagingLimit: 10_000, pagingRounds: 5, publications: 500, warmUp: 5, cuts: 20 },
} as const;

const described = ({ lost, duplicated, outOfOrder }: Delivery) =>
  `lost ${lost}, duplicated ${duplicated}, out of order ${outOfOrder}`;
const faulty = ({ lost, duplicated, outOfOrder }: Delivery) => lost + duplicated + outOfOrder > 0;

/**
 * `@bulwark/client` against the API on the bench's data (issue 20): paging with `bulletins()` beside a bare fetch
 * loop of the same query, live events through `events()` beside a bare graphql-ws subscription, and the stream's
 * resumption after cut connections while publishing goes on. Lost or duplicated events fail the run.
 */
export async function clientLibrary(
  ctx: BenchContext,
  apiUrl: string,
  clerkToken: string,
  publisherToken: string,
): Promise<{ failures: string[] }> {
  const size = ctx.quick ? SIZES.quick : SIZES.full;
  const openClient = async (url: string) => {
    const client = new BulwarkClient({ url, webSocketImpl: WebSocket });
    await client.signIn({ email: ctx.community.clerkEmail, password: BENCH_PASSWORD });
    return client;
  };
  const client = await openClient(apiUrl);

  // 1. Paging: the client's iterator against a fetch loop of the same query, alternating.
  const paging = await measurePaging(client, apiUrl, clerkToken, size.pagingLimit, size.pagingRounds);
  const failures = reportPaging(ctx, paging);

  // 2. Latency, publication by publication, both consumers on the same server at once.
  const since = await client.latestEventSequence();
  const clientStream = consumeClientStream(client, since);
  const raw = consumeRawSubscription(apiUrl, clerkToken, since);
  const publisher = new Publisher(apiUrl, publisherToken, 'latency');
  const latency = await measureLatency(publisher, clientStream, raw, size.warmUp, size.publications);
  await clientStream.close();
  await raw.close();
  await client.close();
  failures.push(...reportLatency(ctx, latency));

  // 3. Resumption through a proxy that is cut while one writer publishes.
  const resumer = new Publisher(apiUrl, publisherToken, 'resume');
  failures.push(...reportResume(ctx, await measureResume(openClient, apiUrl, resumer, size.cuts), size.cuts));
  return { failures };
}

function reportPaging(ctx: BenchContext, paging: PagingMeasure): string[] {
  const ours = pagingFigures(paging.client);
  const base = pagingFigures(paging.fetchLoop);
  const walk = paging.client[0];
  const ratios = paging.client.map((c, i) => (paging.fetchLoop[i]?.ms ?? 0) / c.ms);
  const each = (walks: PagingMeasure['client']) => walks.map((w) => Math.round(w.ms)).join(', ');
  const label = `client: ${walk?.count ?? 0} bulletins in pages of ${PAGE_SIZE}`;
  ctx.rows.push(
    {
      scenario: `${label}, client.bulletins() (median of ${paging.client.length})`,
      target: ctx.target.kind,
      p50Ms: ours.ms,
      note: `${ours.perSecond} bulletins/s; walks ${each(paging.client)} ms`,
    },
    {
      scenario: `${label}, baseline: fetch loop of the same query`,
      target: ctx.target.kind,
      p50Ms: base.ms,
      note: `${base.perSecond} bulletins/s; walks ${each(paging.fetchLoop)} ms`,
    },
    {
      scenario: `${label}, client ÷ baseline (bulletins/s)`,
      target: ctx.target.kind,
      note: `${percent(ours.perSecond, base.perSecond)} (rounds ${percent(Math.min(...ratios), 1)}–${percent(Math.max(...ratios), 1)})`,
    },
  );
  ctx.log(
    `client: paging ${walk?.count ?? 0} bulletins: client.bulletins() ${ours.ms} ms (${ours.perSecond}/s), ` +
      `fetch loop ${base.ms} ms (${base.perSecond}/s)`,
  );
  const differ = [...paging.client, ...paging.fetchLoop].filter(
    (w) => w.count !== walk?.count || w.firstId !== walk.firstId || w.lastId !== walk.lastId,
  );
  return differ.length > 0 ? [`client paging: ${differ.length} walks saw other bulletins than the first`] : [];
}

function reportLatency(ctx: BenchContext, latency: LatencyMeasure): string[] {
  const failures: string[] = [];
  const consumers = [
    ['client.events()', 'yielded by client.events()', latency.client, latency.clientDelivery],
    ['raw graphql-ws', 'baseline: raw graphql-ws subscription, same run', latency.raw, latency.rawDelivery],
  ] as const;
  for (const [who, label, samples, delivery] of consumers) {
    const p50 = percentile(samples, 50);
    const p95 = percentile(samples, 95);
    ctx.rows.push({
      scenario: `client: live event, publishBulletin sent → ${label}`,
      target: ctx.target.kind,
      p50Ms: p50,
      p99Ms: percentile(samples, 99),
      maxMs: percentile(samples, 100),
      errors: faulty(delivery) ? 1 : 0,
      note: `p95 ${p95} ms over ${samples.length} publications, one at a time; ${described(delivery)}`,
    });
    ctx.log(`client: event latency, ${who}: p50 ${p50} ms, p95 ${p95} ms (${samples.length} publications)`);
    ctx.log(`client: latency phase, ${who}: ${described(delivery)}`);
    if (faulty(delivery)) failures.push(`client latency phase, ${who}: ${described(delivery)}`);
  }
  return [...failures, ...latency.errors.map((error) => `client latency phase: ${error}`)];
}

function reportResume(ctx: BenchContext, resume: ResumeMeasure, cuts: number): string[] {
  const failures: string[] = [];
  const each = resume.resumes.map((ms) => Math.round(ms)).join(', ');
  const { delivery } = resume;
  ctx.rows.push({
    scenario: `client: resume after a cut connection → first newer event yielded (${cuts} cuts)`,
    target: ctx.target.kind,
    p50Ms: median(resume.resumes),
    maxMs: percentile(resume.resumes, 100),
    errors: faulty(delivery) ? 1 : 0,
    note:
      `each ${each} ms; new connection accepted after ${median(resume.reconnects)} ms (median); ` +
      `${resume.published} published at ${resume.publishedPerSecond}/s meanwhile, ` +
      `${resume.proxyConnections} connections through the proxy; ${described(delivery)}`,
  });
  ctx.log(
    `client: resume after a cut, median ${median(resume.resumes)} ms (${each} ms); reconnected after ` +
      `${resume.reconnects.map((ms) => Math.round(ms)).join(', ')} ms`,
  );
  ctx.log(
    `client: resume phase, ${resume.published} published at ${resume.publishedPerSecond}/s: ${described(delivery)}`,
  );
  if (faulty(delivery)) failures.push(`client resume phase: ${described(delivery)}`);
  if (resume.resumes.length < cuts)
    failures.push(`client resume phase: ${resume.resumes.length} of ${cuts} cuts resumed`);
  return [...failures, ...resume.errors.map((error) => `client resume phase: ${error}`)];
}
