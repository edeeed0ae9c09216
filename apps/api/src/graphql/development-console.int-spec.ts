import { runInNewContext } from 'node:vm';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  accountToken,
  CISA_PUBLISHER,
  publishBulletin,
  startTestApp,
  type TestApp,
  uniqueBulletinTag,
} from '@bulwark/testing';
import { START } from './development-console';

type Fetcher = (
  params: { query: string; variables?: Record<string, unknown> },
  options: { documentAST: ReturnType<typeof parse>; headers: Record<string, string> },
) => Promise<AsyncIterable<unknown>>;

/** Runs the console's start script as the page would, with `createFetcher` standing in for GraphiQL's. */
function startConsole(pageUrl: string, createFetcher: (options: Record<string, unknown>) => unknown) {
  const { protocol, host } = new URL(pageUrl);
  let fetcher: unknown;
  runInNewContext(START, {
    location: { protocol, host },
    document: { getElementById: () => ({}) },
    GraphiQL: Object.assign(() => null, { createFetcher }),
    React: { createElement: (_type: unknown, props: { fetcher: unknown }) => props },
    ReactDOM: { createRoot: () => ({ render: (props: { fetcher: unknown }) => (fetcher = props.fetcher) }) },
  });
  return fetcher;
}

describe('the development GraphiQL console: subscriptions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('gives the fetcher the WebSocket URL of its own host (wss on https)', () => {
    const seen: Record<string, unknown>[] = [];
    startConsole('https://bulwark.example.gov/graphiql', (options) => seen.push(options));
    startConsole(`${t.url}/graphiql`, (options) => seen.push(options));
    expect(seen.map((options) => options['subscriptionUrl'])).toEqual([
      'wss://bulwark.example.gov/graphql',
      `${t.url.replace('http:', 'ws:')}/graphql`,
    ]);
    expect(seen[0]?.['url']).toBe('/graphql');
  });

  it("runs a subscription through GraphiQL's own fetcher, with the headers from its editor", async () => {
    // The function graphiql.min.js exposes as GraphiQL.createFetcher. Outside a page it needs an absolute URL and
    // `fetch` (the page's window.fetch), and graphql-ws a WebSocket global (Node 20 has none).
    const { createGraphiQLFetcher } = await import('@graphiql/toolkit');
    const globals = globalThis as { WebSocket?: unknown };
    const previous = globals.WebSocket;
    globals.WebSocket = WebSocket;
    try {
      const fetcher = startConsole(`${t.url}/graphiql`, (options) =>
        createGraphiQLFetcher({ ...(options as { url: string }), url: `${t.url}/graphql`, fetch }),
      ) as Fetcher;
      const token = await accountToken(t, CISA_PUBLISHER);
      const since = (await t.gql.data<{ latestEventSequence: number }>('{ latestEventSequence }', {}, { token }))
        .latestEventSequence;
      const tag = uniqueBulletinTag('graphiql');
      const published = await publishBulletin(t, { tier: 'CLEAR', tags: [tag] });

      const query = `subscription ($since: Float, $tags: [String!]) {
        bulletinEvents(since: $since, filter: { tags: $tags }) { type bulletin { id } } }`;
      const stream = await fetcher(
        { query, variables: { since, tags: [tag] } },
        { documentAST: parse(query), headers: { authorization: `Bearer ${token}` } },
      );
      const iterator = stream[Symbol.asyncIterator]();
      const first = await iterator.next();
      await iterator.return?.();
      expect(first.value).toEqual({ data: { bulletinEvents: { type: 'PUBLISHED', bulletin: { id: published.id } } } });
    } finally {
      globals.WebSocket = previous;
    }
  });
});
