import { Agent, request } from 'node:http';
import { authHeaders } from './graphql-client';
import { percentile } from './results-table';

export interface OpenLoopResult {
  /** The rate asked for, requests per second. */
  rate: number;
  seconds: number;
  scheduled: number;
  /** Answered with a 200 inside the timeout; the latencies are theirs. */
  completed: number;
  /** Not sent: already `maxOutstanding` requests in flight at their scheduled time (the server was not keeping up). */
  skipped: number;
  /** Errors, non-200 answers and timeouts. */
  failed: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * An open-loop load: requests sent on a fixed schedule (`rate` per second, evenly spaced) whether or not earlier
 * ones have been answered, each timed from its scheduled send time to the end of its answer. A closed loop (a
 * fixed number of connections, each waiting for its answer) sends less when the server slows down and so never
 * times the requests that would have queued behind a slow one (coordinated omission); this does. At most
 * `maxOutstanding` requests are in flight (one connection each): a request due while that many are waiting is
 * not sent and counted as skipped, which bounds the backlog a server that cannot keep up is left with.
 */
export async function openLoop(
  url: string,
  token: string,
  body: string,
  rate: number,
  seconds: number,
  maxOutstanding = 64,
  timeoutMs = 10_000,
): Promise<OpenLoopResult> {
  const target = new URL(`${url}/graphql`);
  const agent = new Agent({ keepAlive: true, maxSockets: maxOutstanding });
  const headers = { ...authHeaders(token), 'content-length': String(Buffer.byteLength(body)) };
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies: number[] = [];
  let outstanding = 0;
  let skipped = 0;
  let failed = 0;
  const inFlight: Promise<void>[] = [];

  const send = (scheduledAt: number) =>
    new Promise<void>((resolve) => {
      outstanding++;
      const done = (ok: boolean) => {
        outstanding--;
        if (ok) latencies.push(performance.now() - scheduledAt);
        else failed++;
        resolve();
      };
      const req = request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers, agent },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => done(res.statusCode === 200));
          res.on('error', () => done(false));
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
      req.on('error', () => done(false));
      req.end(body);
    });

  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const scheduledAt = start + i * interval;
    const wait = scheduledAt - performance.now();
    // setTimeout fires late by up to a millisecond or so: sleep to just before the send time, then yield until it.
    if (wait > 1) await new Promise((r) => setTimeout(r, wait - 1));
    while (performance.now() < scheduledAt) await new Promise((r) => setImmediate(r));
    if (outstanding >= maxOutstanding) skipped++;
    else inFlight.push(send(scheduledAt));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return {
    rate,
    seconds,
    scheduled: total,
    completed: latencies.length,
    skipped,
    failed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: percentile(latencies, 100),
  };
}
