import type { BulwarkClient } from '@bulwark/client';
import { median } from '../results-table';
import { ACCEPT, BULLETINS_PAGE } from './client-documents';

export const PAGE_SIZE = 100;

/** One walk through the bulletins: how long it took and what it saw (both walks must see the same). */
export interface PagingWalk {
  ms: number;
  count: number;
  firstId: string | undefined;
  lastId: string | undefined;
}

export interface PagingMeasure {
  client: PagingWalk[];
  fetchLoop: PagingWalk[];
}

interface PageBody {
  data?: {
    bulletins: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string } }[];
    };
  };
  errors?: unknown;
}

/** `client.bulletins({ pageSize })` until `limit` bulletins or the last page. */
async function walkWithClient(client: BulwarkClient, limit: number): Promise<PagingWalk> {
  const started = performance.now();
  const walk: PagingWalk = { ms: 0, count: 0, firstId: undefined, lastId: undefined };
  for await (const bulletin of client.bulletins({ pageSize: PAGE_SIZE })) {
    walk.firstId ??= bulletin.id;
    walk.lastId = bulletin.id;
    if (++walk.count >= limit) break;
  }
  walk.ms = performance.now() - started;
  return walk;
}

/** The baseline: the same query, variables and headers, posted with fetch and parsed, cursor after cursor. */
async function walkByHand(url: string, token: string, limit: number): Promise<PagingWalk> {
  const started = performance.now();
  const walk: PagingWalk = { ms: 0, count: 0, firstId: undefined, lastId: undefined };
  let after: string | null = null;
  for (;;) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: ACCEPT, authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: BULLETINS_PAGE, variables: { first: PAGE_SIZE, after, orderBy: 'NEWEST' } }),
    });
    const body = (await res.json()) as PageBody;
    if (!body.data) throw new Error(`bulletins page answered ${res.status}: ${JSON.stringify(body.errors)}`);
    const { edges, pageInfo } = body.data.bulletins;
    for (const { node } of edges) {
      walk.firstId ??= node.id;
      walk.lastId = node.id;
      if (++walk.count >= limit) break;
    }
    if (walk.count >= limit || !pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  walk.ms = performance.now() - started;
  return walk;
}

/**
 * `rounds` walks of each, after one warm-up walk of each; the first in a round alternates, so a change in the
 * machine's load reaches both alike.
 */
export async function measurePaging(
  client: BulwarkClient,
  url: string,
  token: string,
  limit: number,
  rounds: number,
): Promise<PagingMeasure> {
  const measure: PagingMeasure = { client: [], fetchLoop: [] };
  await walkWithClient(client, limit);
  await walkByHand(url, token, limit);
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      measure.client.push(await walkWithClient(client, limit));
      measure.fetchLoop.push(await walkByHand(url, token, limit));
    } else {
      measure.fetchLoop.push(await walkByHand(url, token, limit));
      measure.client.push(await walkWithClient(client, limit));
    }
  }
  return measure;
}

/** The median walk's milliseconds and bulletins a second. */
export function pagingFigures(walks: readonly PagingWalk[]): { ms: number; perSecond: number } {
  const ms = median(walks.map((walk) => walk.ms));
  const count = walks[0]?.count ?? 0;
  return { ms: Math.round(ms), perSecond: ms > 0 ? Math.round((count / ms) * 1000) : 0 };
}
