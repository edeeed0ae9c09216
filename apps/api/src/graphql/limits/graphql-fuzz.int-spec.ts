import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CISA_PUBLISHER,
  DEMO,
  type FuzzArbitraries,
  fuzzArbitraries,
  openSocketSession,
  schemaVocabulary,
  startTestApp,
  type TestApp,
  tokenOf,
  typedRequests,
} from '@bulwark/testing';

const CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'INTERNAL',
]);
// Stack frames, file paths, driver and SQL wording: none may reach a client.
const LEAKS = new RegExp(
  [
    /\bat [\w.<>[\] ]+ \(/,
    /\bat (?:async )?\//,
    /\.[cm]?[jt]s:\d+/,
    /node_modules|file:\/\/|\/(?:work|home|usr|tmp|app|opt|srv)\/|apps\/api\/|dist\/apps/,
    /QueryFailedError|TypeORMError|EntityNotFound|relation "|column "|syntax error at or near|violates \w+ constraint/,
    /\b(?:SELECT .+ FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|\$\d+::/,
  ]
    .map((part) => part.source)
    .join('|'),
);

function assertSafe(text: string, status: number): void {
  expect(text).not.toMatch(LEAKS);
  let parsed: { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new Error(`not JSON (${status}): ${text.slice(0, 200)}`);
  }
  if (status >= 400) expect(parsed.errors?.length, text.slice(0, 300)).toBeGreaterThan(0);
  for (const error of parsed.errors ?? []) {
    expect(CODES.has(error.extensions?.code as string), text.slice(0, 300)).toBe(true);
    expect(typeof error.message).toBe('string');
  }
  if (status >= 500) expect(parsed.errors?.every((e) => e.extensions?.code === 'INTERNAL')).toBe(true);
}

describe('fuzzing /graphql', () => {
  let t: TestApp;
  let token: string;
  let callers: (string | undefined)[];
  let arbitraries: FuzzArbitraries;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    // The budgets are raised: this is about what a request can break, not how many get through.
    const unlimited = { RATE_LIMIT_PER_ADDRESS: '100000', RATE_LIMIT_PER_VIEWER: '100000' };
    t = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      PUBLIC_URL: 'https://bulwark.test',
      ...unlimited,
    });
    token = await tokenOf(t, DEMO.gaAdmin);
    // Anonymous, an organization administrator, a platform administrator, a publisher: different guards pass.
    callers = [undefined, token, await tokenOf(t, DEMO.platformAdmin), await tokenOf(t, CISA_PUBLISHER)];
    schema = t.app.get(GraphQLSchemaHost).schema;
    // Documents from the schema the server runs: its field, argument, type and enum names.
    arbitraries = fuzzArbitraries(schemaVocabulary(schema));
  });
  afterAll(() => t.close());

  it('never answers with a stack, an internal message, or an error without a code (HTTP)', async () => {
    let internal = 0;
    await fc.assert(
      fc.asyncProperty(arbitraries.body, fc.boolean(), async (payload, signedIn) => {
        const response = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(signedIn ? { authorization: `Bearer ${token}` } : {}) },
          body: payload,
        });
        const text = await response.text();
        assertSafe(text, response.status);
        if (response.status >= 500) internal++;
      }),
      { numRuns: 600, interruptAfterTimeLimit: 6_000 },
    );
    // Random documents are the caller's mistakes: none of them should look like our failure.
    expect(internal).toBe(0);
  });

  it('never fails on requests that follow the schema: real fields, typed arguments and variables (HTTP)', async () => {
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(typedRequests(schema), fc.nat(callers.length - 1), async (request, caller) => {
        const bearer = callers[caller];
        const response = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
          body: JSON.stringify(request),
        });
        const text = await response.text();
        assertSafe(text, response.status);
        expect(response.status, text.slice(0, 300)).toBeLessThan(500);
        const outcome = /"code":"(\w+)"/.exec(text)?.[1] ?? 'DATA';
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }),
      { numRuns: 400, interruptAfterTimeLimit: 5_000 },
    );
    // Not only refusals: a good share of these documents run, through resolvers and into the database.
    const runs = [...outcomes.values()].reduce((a, b) => a + b, 0);
    expect((outcomes.get('DATA') ?? 0) / runs, JSON.stringify([...outcomes])).toBeGreaterThan(0.05);
  });

  it('never answers with a stack or an uncoded error over graphql-ws, and keeps the socket open', async () => {
    const socket = await openSocketSession(t, { authorization: `Bearer ${token}` });
    try {
      await fc.assert(
        fc.asyncProperty(arbitraries.graphqlish, async (query) => {
          const outcome = await socket.run(query).then(
            (result) => JSON.stringify(result),
            (error: Error) => error.message,
          );
          assertSafe(
            outcome.startsWith('[') ? JSON.stringify({ errors: JSON.parse(outcome) as unknown }) : outcome,
            200,
          );
        }),
        { numRuns: 300, interruptAfterTimeLimit: 3_000 },
      );
      expect(socket.connections).toBe(1);
    } finally {
      await socket.close();
    }
  });

  it('is still healthy afterwards', async () => {
    expect((await fetch(`${t.url}/health/ready`)).status).toBe(200);
    expect(await t.gql.data('{ serverInfo { version } }')).toEqual({ serverInfo: { version: expect.any(String) } });
  });
});
