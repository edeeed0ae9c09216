import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@bulwark/testing';

interface Answer {
  status: number;
  codes: string[];
  ms: number;
  text: string;
}

/** One raw POST to /graphql, timed from sending to the last byte of the answer. */
async function post(t: TestApp, body: string, contentType = 'application/json'): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return answerOf(started, response);
}

async function answerOf(started: number, response: Response): Promise<Answer> {
  const text = await response.text();
  const ms = Math.round(performance.now() - started);
  let codes: string[];
  try {
    const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    codes = [...new Set(parsed.errors?.map((e) => e.extensions?.code ?? 'NONE') ?? [])].sort();
  } catch {
    codes = ['NOT_JSON'];
  }
  return { status: response.status, codes, ms, text };
}

/** One raw GET of /graphql?query=…, the kind of request a hostile page can make a browser send. */
async function get(t: TestApp, q: string, headers: Record<string, string> = {}): Promise<Answer> {
  return answerOf(performance.now(), await fetch(`${t.url}/graphql?query=${encodeURIComponent(q)}`, { headers }));
}

const query = (q: string) => JSON.stringify({ query: q });

/** a0:kind a1:kind … : 10,000 aliases in under 100 KB, so the request reaches the GraphQL parser. */
const compactAliases = `{ viewer { ${Array.from({ length: 10_000 }, (_, i) => `a${i.toString(36)}:kind`).join(' ')} } }`;
const verboseAliases = `{ ${Array.from({ length: 10_000 }, (_, i) => `alias${i}: serverInfo { version }`).join(' ')} }`;

/** F0 → F1 → … → F40 → F0, each one level deeper: a deep fragment cycle. */
const fragmentCycle = `{ organization(id: "00000000-0000-0000-0000-000000000000") { ...F0 } } ${Array.from(
  { length: 41 },
  (_, i) => `fragment F${i} on Organization { parent { ...F${(i + 1) % 41} } }`,
).join(' ')}`;

/** Each fragment spreads the next twice, through two fields: 2^40 paths, no cycle. */
const fragmentBomb = `{ organization(id: "00000000-0000-0000-0000-000000000000") { ...B0 } } ${Array.from(
  { length: 40 },
  (_, i) => `fragment B${i} on Organization { parent { ...B${i + 1} } children { ...B${i + 1} } }`,
).join(' ')} fragment B40 on Organization { name }`;

const deepNesting = `{ organization(id: "00000000-0000-0000-0000-000000000000") { ${'parent { '.repeat(180)}name${' }'.repeat(180)} } }`;

// Each abuse case: what is sent, and the status and codes it must get.
const cases: { name: string; send: (t: TestApp) => Promise<Answer>; status: number; codes: string[] }[] = [
  {
    name: 'malformed JSON',
    send: (t) => post(t, '{"query": "{ serverInfo { version } }"'),
    status: 400,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'a wrong content type (text/plain)',
    send: (t) => post(t, query('{ serverInfo { version } }'), 'text/plain'),
    status: 415,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'a 10 MB body',
    send: (t) =>
      post(t, JSON.stringify({ query: '{ serverInfo { version } }', padding: 'x'.repeat(10 * 1024 * 1024) })),
    status: 413,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: '10,000 aliases in under 100 KB',
    send: (t) => post(t, query(compactAliases)),
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
  },
  {
    name: '10,000 aliases written out (over 100 KB)',
    send: (t) => post(t, query(verboseAliases)),
    status: 413,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'a deeply nested fragment cycle',
    send: (t) => post(t, query(fragmentCycle)),
    status: 400,
    codes: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'],
  },
  {
    name: 'a fragment bomb (2^40 paths)',
    send: (t) => post(t, query(fragmentBomb)),
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
  },
  {
    name: '180 levels of nesting',
    send: (t) => post(t, query(deepNesting)),
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
  },
  {
    name: 'a JSON array (a batch)',
    send: (t) => post(t, JSON.stringify([{ query: '{ serverInfo { version } }' }])),
    status: 400,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'a JSON string, not an object',
    send: (t) => post(t, '"{ serverInfo { version } }"'),
    status: 400,
    codes: ['BAD_USER_INPUT'],
  },
  { name: 'no query at all', send: (t) => post(t, '{}'), status: 400, codes: ['BAD_USER_INPUT'] },
  {
    name: 'a form post (a cross-site "simple" request)',
    send: (t) => post(t, 'query=%7B%20serverInfo%20%7B%20version%20%7D%20%7D', 'application/x-www-form-urlencoded'),
    status: 415,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'a GET query without a preflight-forcing header (CSRF)',
    send: (t) => get(t, '{ serverInfo { version } }'),
    status: 400,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'a mutation over GET',
    send: (t) => get(t, 'mutation { logout }', { 'apollo-require-preflight': 'true' }),
    status: 405,
    codes: ['BAD_USER_INPUT'],
  },
];

describe('abusive requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.gql.data('{ serverInfo { version } }'); // warm: the first request pays for lazy set-up
  });
  afterAll(() => t.close());

  it.each(cases)('answers $name with its code, in bounded time', async ({ send, status, codes }) => {
    const answer = await send(t);
    expect({ status: answer.status, codes: answer.codes }).toEqual({ status, codes });
    expect(answer.ms).toBeLessThan(2000);
    expect(answer.text).not.toMatch(/<html|\bat .+:\d+:\d+|node_modules/i);
  });

  it('is still healthy and answering afterwards', async () => {
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await t.gql.data('{ serverInfo { version } }')).toEqual({ serverInfo: { version: expect.any(String) } });
  });
});
