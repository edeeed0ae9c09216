import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, openSocketSession, startTestApp, type TestApp, tokenOf } from '@bulwark/testing';

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
const LEAKS =
  /\bat [\w.<>[\] ]+ \(|\bat (?:async )?\/|\.[jt]s:\d+|node_modules|QueryFailedError|TypeORMError|relation "|syntax error at or near|\b(?:SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/;

const FIELDS = [
  'serverInfo',
  'version',
  'apiVersion',
  'viewer',
  'kind',
  'roles',
  'organization',
  'organizations',
  'parent',
  'children',
  'name',
  'id',
  'edges',
  'node',
  'pageInfo',
  'totalCount',
  'bulletins',
  'bulletin',
  'title',
  'users',
  'user',
  'email',
  'apiKeys',
  '__typename',
  '__schema',
  '__type',
  'types',
  'fields',
  'login',
  'refreshSession',
  'nope',
];

const value = fc.oneof(
  fc.integer({ min: -10, max: 100_000 }).map(String),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.constantFrom(
    'true',
    'false',
    'null',
    'RED',
    '$v',
    '$first',
    '[1, 2]',
    '{ search: "a" }',
    '"00000000-0000-0000-0000-000000000000"',
    '1.5e9',
  ),
);
const args = fc
  .array(fc.tuple(fc.constantFrom('first', 'id', 'after', 'filter', 'input', 'email', 'name', 'if'), value), {
    maxLength: 3,
  })
  .map((pairs) => (pairs.length ? `(${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''));
const directive = fc.constantFrom('', '', '', ' @include(if: true)', ' @skip(if: $v)', ' @deprecated', ' @nope(x: 1)');
const alias = fc.constantFrom('', '', '', 'a: ', 'b: ', 'x1: ');

const { selection } = fc.letrec<{ selection: string; field: string }>((tie) => ({
  selection: fc.array(tie('field'), { minLength: 1, maxLength: 4 }).map((fields) => `{ ${fields.join(' ')} }`),
  field: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(alias, fc.constantFrom(...FIELDS), args, directive).map((p) => p.join('')),
    fc.tuple(alias, fc.constantFrom(...FIELDS), args, directive, tie('selection')).map((p) => p.join(' ')),
    fc.constantFrom('...F', '...G', '... on Organization { name }', '... @include(if: true) { id }'),
  ),
}));

const fragment = fc
  .tuple(fc.constantFrom('F', 'G'), fc.constantFrom('Organization', 'Query', 'Viewer', 'Nope'), selection)
  .map(([name, type, body]) => `fragment ${name} on ${type} ${body}`);

const document = fc
  .tuple(
    fc.constantFrom(
      '',
      'query ',
      'query Q($v: Boolean = true, $first: Int) ',
      'mutation ',
      'subscription ',
      'query Q ',
    ),
    selection,
    fc.array(fragment, { maxLength: 2 }),
  )
  .map(([head, body, fragments]) => `${head}${body} ${fragments.join(' ')}`);

/** Well-formed documents, and the same with a few characters broken at random. */
const graphqlish = fc.oneof(
  document,
  fc
    .tuple(document, fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 3 }))
    .map(([doc, edits]) =>
      edits.reduce((d, [at, s]) => d.slice(0, at % (d.length + 1)) + s + d.slice((at % (d.length + 1)) + 1), doc),
    ),
);

/** Bodies: GraphQL requests with odd variables and names, random JSON, random text. */
const body = fc.oneof(
  fc
    .record({
      query: fc.oneof(graphqlish, graphqlish, fc.string({ unit: 'binary', maxLength: 200 })),
      variables: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
      operationName: fc.option(fc.oneof(fc.constant('Q'), fc.string({ maxLength: 5 })), { nil: undefined }),
    })
    .map((request) => JSON.stringify(request)),
  fc.json({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
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
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) });
    token = await tokenOf(t, DEMO.gaAdmin);
  });
  afterAll(() => t.close());

  it('never answers with a stack, an internal message, or an error without a code (HTTP)', async () => {
    let internal = 0;
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (payload, signedIn) => {
        const response = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(signedIn ? { authorization: `Bearer ${token}` } : {}) },
          body: payload,
        });
        const text = await response.text();
        assertSafe(text, response.status);
        if (response.status >= 500) internal++;
      }),
      { numRuns: 600, interruptAfterTimeLimit: 10_000 },
    );
    // Random documents are the caller's mistakes: none of them should look like our failure.
    expect(internal).toBe(0);
  });

  it('never answers with a stack or an uncoded error over graphql-ws, and keeps the socket open', async () => {
    const socket = await openSocketSession(t, { authorization: `Bearer ${token}` });
    try {
      await fc.assert(
        fc.asyncProperty(graphqlish, async (query) => {
          const outcome = await socket.run(query).then(
            (result) => JSON.stringify(result),
            (error: Error) => error.message,
          );
          assertSafe(
            outcome.startsWith('[') ? JSON.stringify({ errors: JSON.parse(outcome) as unknown }) : outcome,
            200,
          );
        }),
        { numRuns: 300, interruptAfterTimeLimit: 5_000 },
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
