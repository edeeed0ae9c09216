import { Lexer, Source, TokenKind } from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, demoOrganizationId, openSocketSession, startTestApp, type TestApp, tokenOf } from '@bulwark/testing';

interface Outcome {
  status?: number;
  data?: unknown;
  codes: (string | undefined)[];
  messages: string[];
}

async function overHttp(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Outcome> {
  const response = await t.gql.request(query, variables, token ? { token } : {});
  return {
    status: response.status,
    data: response.data,
    codes: response.errors?.map((e) => e.extensions?.code) ?? [],
    messages: response.errors?.map((e) => e.message) ?? [],
  };
}

function overSocket(client: Client, query: string, variables: Record<string, unknown>): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    client.subscribe(
      { query, variables },
      {
        next: (result) =>
          resolve({
            data: result.data,
            codes: result.errors?.map((e) => e.extensions?.['code'] as string | undefined) ?? [],
            messages: result.errors?.map((e) => e.message) ?? [],
          }),
        error: (errors) =>
          Array.isArray(errors)
            ? resolve({
                codes: errors.map((e: { extensions?: { code?: string } }) => e.extensions?.code),
                messages: errors.map((e: { message: string }) => e.message),
              })
            : reject(new Error(`socket failed: ${JSON.stringify(errors)}`)),
        complete: () => undefined,
      },
    );
  });
}

/** organization(id) { parent { … { name } } }: `levels` fields deep in all. */
function deepQuery(levels: number): string {
  return `query($id: ID!) { organization(id: $id) ${'{ parent '.repeat(levels - 2)}{ name }${' }'.repeat(levels - 2)} }`;
}

const aliasesQuery = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: serverInfo { version }`).join(' ')} }`;

const directivesQuery = (n: number) =>
  `{ serverInfo { ${Array.from({ length: n }, () => '... @include(if: true) { version }').join(' ')} } }`;

/**
 * A valid query of exactly `n` tokens: `{ serverInfo { ...F0 …Fk } }` (5 + 2 per spread) and one
 * `fragment Fi on ServerInfo { version }` (7) per spread, the remainder as extra fields in F0. Distinct fragments,
 * not one field repeated: graphql-js's overlap check would give up ("Validation aborted.") on 995 copies of a field.
 */
function tokensQuery(n: number): string {
  const fragments = Math.floor((n - 5) / 9);
  const extra = n - 5 - 9 * fragments;
  const spreads = Array.from({ length: fragments }, (_, i) => `...F${i}`).join(' ');
  const definitions = Array.from(
    { length: fragments },
    (_, i) => `fragment F${i} on ServerInfo { version ${i === 0 ? 'apiVersion '.repeat(extra) : ''}}`,
  ).join(' ');
  const query = `{ serverInfo { ${spreads} } } ${definitions}`;
  expect(tokenCount(query)).toBe(n);
  return query;
}

function tokenCount(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

// Per item: connection 1 + edge 1 + node 1 + 20 children × (1 + 20 grandchildren) = 423, so first: 11 → 4,653
// (under the default 5,000) and first: 12 → 5,076 (over).
const COST_QUERY = `query($n: Int!) { organizations(first: $n) { edges { node { id children { id children { id } } } } } }`;

describe('GraphQL limits, with the default configuration', () => {
  let t: TestApp;
  let token: string;
  let fulton: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await tokenOf(t, DEMO.fultonClerk);
    fulton = await demoOrganizationId(t, 'GA-FULTON');
  });
  afterAll(() => t.close());

  const cases: { limit: string; under: [string, Record<string, unknown>]; over: [string, Record<string, unknown>] }[] =
    [
      { limit: 'depth 8', under: [deepQuery(8), {}], over: [deepQuery(9), {}] },
      { limit: 'aliases 15', under: [aliasesQuery(15), {}], over: [aliasesQuery(16), {}] },
      { limit: 'directives 50', under: [directivesQuery(50), {}], over: [directivesQuery(51), {}] },
      { limit: 'tokens 1,000', under: [tokensQuery(1000), {}], over: [tokensQuery(1001), {}] },
      { limit: 'cost 5,000', under: [COST_QUERY, { n: 11 }], over: [COST_QUERY, { n: 12 }] },
    ];

  describe.each(cases)('$limit', ({ under, over }) => {
    it('runs a query just under it over HTTP', async () => {
      const outcome = await overHttp(t, under[0], { id: fulton, ...under[1] }, token);
      expect(outcome.codes).toEqual([]);
      expect(outcome.status).toBe(200);
    });

    it('refuses a query just over it over HTTP, before execution, with QUERY_TOO_COMPLEX and 400', async () => {
      const outcome = await overHttp(t, over[0], { id: fulton, ...over[1] }, token);
      expect(outcome.codes).toEqual(['QUERY_TOO_COMPLEX']);
      expect(outcome.status).toBe(400);
      expect(outcome.data ?? null).toBeNull();
    });

    it('applies the same way over graphql-ws', async () => {
      const client = t.ws({ authorization: `Bearer ${token}` });
      expect((await overSocket(client, under[0], { id: fulton, ...under[1] })).codes).toEqual([]);
      const refused = await overSocket(client, over[0], { id: fulton, ...over[1] });
      expect(refused.codes).toEqual(['QUERY_TOO_COMPLEX']);
      expect(refused.data ?? null).toBeNull();
    });
  });

  it('says which limit and by how much', async () => {
    expect((await overHttp(t, deepQuery(9), { id: fulton }, token)).messages).toEqual([
      'The query nests 9 levels deep; the limit is 8.',
    ]);
    expect((await overHttp(t, tokensQuery(1001), {})).messages).toEqual([
      'The query has more than 1000 tokens (the limit).',
    ]);
    expect((await overHttp(t, COST_QUERY, { n: 12 }, token)).messages[0]).toMatch(
      /about 5076 objects; the limit is 5000/,
    );
  });

  it('checks the cost before the arguments: first: 1000 is too complex, not merely out of range', async () => {
    expect((await overHttp(t, COST_QUERY, { n: 1000 }, token)).codes).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses, without failing, a subscription with @skip(if: $v) at its root (graphql-js 16 throws validating it)', async () => {
    const document = 'subscription($v: Boolean!) { x: __typename @skip(if: $v) }';
    const http = await overHttp(t, document, { v: true });
    expect({ status: http.status, codes: http.codes }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
    const socket = await openSocketSession(t, { authorization: `Bearer ${token}` });
    try {
      await expect(socket.run(document, { v: true })).rejects.toThrow(/BAD_USER_INPUT/);
      expect(await socket.run('{ serverInfo { version } }')).toEqual({
        data: { serverInfo: { version: expect.any(String) } },
      });
      expect(socket.connections).toBe(1);
    } finally {
      await socket.close();
    }
  });

  it('refuses a batch (a JSON array of operations) with BAD_USER_INPUT', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ serverInfo { version } }' }, { query: '{ serverInfo { version } }' }]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('takes a body just under 100 KB and refuses one just over with a JSON error', async () => {
    const post = (bytes: number) => {
      const bare = JSON.stringify({ query: '{ serverInfo { version } }' });
      // Commas are ignored by the GraphQL lexer: padding that costs bytes but no tokens.
      const body = JSON.stringify({ query: `{ serverInfo { version } }${','.repeat(bytes - bare.length)}` });
      expect(body.length).toBe(bytes);
      return fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    };
    const under = await post(100 * 1024);
    expect(under.status).toBe(200);
    const over = await post(100 * 1024 + 1);
    expect(over.status).toBe(413);
    expect(((await over.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('GraphQL limits from the configuration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_DEPTH: '2', GRAPHQL_MAX_ALIASES: '1', GRAPHQL_MAX_COST: '1' });
  });
  afterAll(() => t.close());

  it('follows GRAPHQL_MAX_* settings', async () => {
    expect((await overHttp(t, '{ serverInfo { version } }', {})).codes).toEqual([]);
    expect((await overHttp(t, '{ a: serverInfo { version } b: serverInfo { version } }', {})).codes).toEqual([
      'QUERY_TOO_COMPLEX',
    ]);
    expect((await overHttp(t, '{ viewer { organization { name } } }', {})).codes).toEqual(['QUERY_TOO_COMPLEX']);
  });
});
