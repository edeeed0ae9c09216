import autocannon from 'autocannon';
import { authHeaders } from './graphql-client';

export interface LoadResult {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  non2xx: number;
  responses: number;
  /** Every 2xx response's latency (ms), so several windows can be pooled into one nearest-rank percentile. */
  latencies: number[];
}

/** One request alone, timed to the end of its answer (ms). */
export async function singleRequest(url: string, token: string, body: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: authHeaders(token), body });
  await res.text();
  return Math.round((performance.now() - started) * 10) / 10;
}

/**
 * Waits until the server has worked off what a load window left queued: requests keep running after autocannon
 * stops, and with a pool of one (PGlite) a single request's statements interleave with theirs, so one request
 * coming back says nothing. Idle is a request answering about as fast as one alone did.
 */
export async function drain(url: string, token: string, body: string, aloneMs: number): Promise<void> {
  const until = performance.now() + 60_000;
  while (performance.now() < until) {
    const started = performance.now();
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: authHeaders(token), body });
    await res.text();
    if (performance.now() - started < Math.max(aloneMs * 1.5, aloneMs + 20)) return;
  }
}

/** `connections` clients posting `body` back to back for `seconds` (autocannon, in this process). */
export async function loadFor(
  url: string,
  token: string,
  body: string,
  seconds: number,
  connections: number,
  log: (line: string) => void,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: authHeaders(token),
    body,
  });
  // The promise autocannon returns is also its event emitter (lib/init.js): one event per response.
  (instance as unknown as NodeJS.EventEmitter).on('response', (_client, statusCode: number, _bytes, ms: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(ms);
  });
  const result = await instance;
  log(
    `  ${url}: ${result.requests.total} responses in ${result.duration} s, codes ${JSON.stringify(result.statusCodeStats)}, errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  return {
    reqPerSec: Math.round(result.requests.total / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    responses: result.requests.total,
    latencies,
  };
}

/** The same body to both servers, parsed: equal when the bare server answers exactly what the API does. */
export async function answer(url: string, token: string, body: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: authHeaders(token), body });
  return JSON.stringify(await res.json());
}
