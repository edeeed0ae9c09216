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
}

/** Median of sequential single requests: the latency floor without queueing. */
export async function singleMedian(url: string, token: string, body: string, count = 10): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: authHeaders(token), body });
    await res.text();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10;
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
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: authHeaders(token),
    body,
  });
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
  };
}

/** The same body to both servers, parsed: equal when the bare server answers exactly what the API does. */
export async function answer(url: string, token: string, body: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: authHeaders(token), body });
  return JSON.stringify(await res.json());
}
