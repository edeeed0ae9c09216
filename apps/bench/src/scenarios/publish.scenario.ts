import { type BenchContext, profiled } from '../bench-context';
import { authHeaders, graphql } from '../graphql-client';
import { percent, percentile } from '../results-table';
import type { ServerProcess } from '../server-process';

export interface PublishMeasure {
  published: number;
  failed: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  firstError?: string;
}

const CREATE = `mutation Create($input: CreateBulletinInput!) { createBulletin(input: $input) { id } }`;
const PUBLISH = `mutation Publish($input: BulletinRefInput!) { publishBulletin(input: $input) { id reference status } }`;

/** Concurrent writers: enough to keep the server busy; the audit chain's head lock serialises the commits anyway. */
const WRITERS = 8;

function content(n: number) {
  return {
    tier: 'GREEN',
    title: `Bench publication ${n}: phishing campaign against county election offices`,
    summary: 'Credential phishing emails impersonating the state election portal were reported by several counties.',
    body: 'Block the sender domains, reset exposed credentials and report further messages to the state.',
    category: 'CYBER_THREAT',
    severity: 'MEDIUM',
    tags: ['phishing'],
  };
}

async function run(seconds: number, publishOne: (n: number) => Promise<void>): Promise<PublishMeasure> {
  const latencies: number[] = [];
  let failed = 0;
  let firstError: string | undefined;
  let n = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  const writer = async () => {
    while (performance.now() < until) {
      const began = performance.now();
      try {
        await publishOne(n++);
        latencies.push(performance.now() - began);
      } catch (error) {
        failed++;
        firstError ??= error instanceof Error ? error.message.slice(0, 300) : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  const elapsed = (performance.now() - started) / 1000;
  return {
    published: latencies.length,
    failed,
    perSecond: Math.round((latencies.length / elapsed) * 10) / 10,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: percentile(latencies, 100),
    ...(firstError ? { firstError } : {}),
  };
}

/** Bulwark: createBulletin then publishBulletin through GraphQL, as a publisher of a federal agency. */
export function publishThroughApi(ctx: BenchContext, api: ServerProcess, token: string): Promise<PublishMeasure> {
  return profiled(ctx, 'publish', api.child.pid, () => publishLoop(ctx, api, token));
}

function publishLoop(ctx: BenchContext, api: ServerProcess, token: string): Promise<PublishMeasure> {
  return run(ctx.seconds, async (n) => {
    const created = await graphql<{ createBulletin: { id: string } }>(api.url, CREATE, { input: content(n) }, token);
    await graphql(api.url, PUBLISH, { input: { id: created.createBulletin.id } }, token);
  });
}

/** The bare server: the same rows in one transaction, one request per bulletin. */
export function publishBare(ctx: BenchContext, bare: ServerProcess, token: string): Promise<PublishMeasure> {
  return run(ctx.seconds, async (n) => {
    const res = await fetch(`${bare.url}/publish`, {
      method: 'POST',
      headers: authHeaders(token),
      body: JSON.stringify(content(n)),
    });
    const body = (await res.json()) as { data?: { id: string }; errors?: unknown };
    if (!res.ok || !body.data) throw new Error(`bare publish failed: ${res.status} ${JSON.stringify(body)}`);
  });
}

export function reportPublish(ctx: BenchContext, bulwark: PublishMeasure, bare: PublishMeasure): void {
  const label = `publish, GREEN (${WRITERS} writers, ${ctx.seconds} s)`;
  const row = (target: string, m: PublishMeasure, how: string) => ({
    scenario: label,
    target,
    reqPerSec: m.perSecond,
    p50Ms: m.p50Ms,
    p99Ms: m.p99Ms,
    maxMs: m.maxMs,
    errors: m.failed,
    note: `bulletins/s; ${m.published} published, ${how}${m.firstError ? `; first error: ${m.firstError}` : ''}`,
  });
  ctx.rows.push(
    row('Bulwark', bulwark, 'createBulletin + publishBulletin (2 requests, 2 transactions)'),
    row('bare node:http + pg', bare, 'one request, one transaction'),
    {
      scenario: 'publish ratio',
      target: 'Bulwark ÷ bare',
      note: `${percent(bulwark.perSecond, bare.perSecond)} of bare bulletins/s`,
    },
  );
}
