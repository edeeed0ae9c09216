import { request as httpRequest } from 'node:http';
import { type AuditResult, serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createApiKey, DEMO, startTestApp, type TestApp, tokenOf } from '@bulwark/testing';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
const UNKNOWN_FIELD = '{ notAField }';
const COERCION_FAILURE = 'query Type($name: String!) { __type(name: $name) { name } }';

type Level = 'MUST' | 'SHOULD' | 'MAY';
const levelOf = (result: AuditResult) => result.name.split(' ')[0] as Level;

/** Every audit of the spec's own suite, in order; each failure with the status and body it got. */
async function runAudits(url: string, fetchFn: typeof fetch) {
  const results: { result: AuditResult; got: string }[] = [];
  for (const audit of serverAudits({ url, fetchFn })) {
    const result = await audit.fn();
    const got = result.status === 'ok' ? '' : `${result.response.status} ${await result.response.text()}`;
    results.push({ result, got });
  }
  return results;
}

function summary(results: { result: AuditResult }[]): Record<Level, { ok: number; notOk: number }> {
  const counts = { MUST: { ok: 0, notOk: 0 }, SHOULD: { ok: 0, notOk: 0 }, MAY: { ok: 0, notOk: 0 } };
  for (const { result } of results) counts[levelOf(result)][result.status === 'ok' ? 'ok' : 'notOk'] += 1;
  return counts;
}

function getUrl(t: TestApp, query: string, variables?: Record<string, unknown>): string {
  const url = new URL(`${t.url}/graphql`);
  url.searchParams.set('query', query);
  if (variables) url.searchParams.set('variables', JSON.stringify(variables));
  return url.toString();
}

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; requestId?: string } }[];
}

/** A JSON POST through node:http, which can leave Accept out (fetch always sends one). */
function postJson(url: string, body: string, accept?: string): Promise<{ status: number; type: string; body: Body }> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (accept !== undefined) headers['accept'] = accept;
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers['content-type'] ?? '',
          body: JSON.parse(text) as Body,
        }),
      );
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('GraphQL over HTTP', () => {
  let t: TestApp;
  let clerkToken: string;
  let adminToken: string;
  let apiKey: string;
  beforeAll(async () => {
    t = await startTestApp();
    [clerkToken, adminToken] = await Promise.all([tokenOf(t, DEMO.fultonClerk), tokenOf(t, DEMO.gaAdmin)]);
    apiKey = (await createApiKey(t, adminToken)).secret;
  });
  afterAll(() => t.close());

  describe.each([
    { caller: 'an anonymous client', headers: {} },
    { caller: 'a partner holding an API key', headers: () => ({ 'x-api-key': apiKey }) },
  ])('graphql-http server audits, as $caller', ({ caller, headers }) => {
    it('passes every MUST and SHOULD audit', async () => {
      const extra = typeof headers === 'function' ? headers() : headers;
      const fetchFn: typeof fetch = (input, init = {}) =>
        fetch(input, { ...init, headers: { ...extra, ...(init.headers as Record<string, string> | undefined) } });
      const results = await runAudits(`${t.url}/graphql`, fetchFn);
      const counts = summary(results);
      const notOk = results.filter(({ result }) => result.status !== 'ok');
      process.stdout.write(
        `graphql-http audits (${caller}): ${counts.MUST.ok} MUST ok, ${counts.SHOULD.ok} SHOULD ok, ` +
          `${counts.MAY.ok} MAY ok, ${counts.MAY.notOk} MAY not taken` +
          notOk.map(({ result }) => `\n  ${result.id} ${result.name}`).join('') +
          '\n',
      );
      const failedRequirements = notOk
        .filter(({ result }) => levelOf(result) !== 'MAY')
        .map(({ result, got }) => `${result.id} ${result.name}: ${got}`);
      expect(failedRequirements).toEqual([]);
      expect(counts.MUST.ok + counts.SHOULD.ok).toBeGreaterThan(30);
    });
  });

  it('runs a GET query for a signed-in clerk and for an API key', async () => {
    const url = getUrl(t, 'query Who($name: String!) { viewer { kind } __type(name: $name) { name } }', {
      name: 'Query',
    });
    const callers: Record<string, string>[] = [{ authorization: `Bearer ${clerkToken}` }, { 'x-api-key': apiKey }];
    for (const credentials of callers) {
      const response = await fetch(url, { headers: credentials });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as Body;
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ viewer: { kind: expect.any(String) }, __type: { name: 'Query' } });
    }
  });

  it('refuses a mutation over GET with 405 and Allow: POST, and changes nothing', async () => {
    const keys = () => countRows(t, 'SELECT count(*) FROM api_keys');
    const audit = () => countRows(t, 'SELECT count(*) FROM audit_events');
    const before = { keys: await keys(), audit: await audit() };
    const mutation = 'mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }';
    const input = { name: 'over GET', roles: ['VIEWER'], clearance: 'GREEN' };
    for (const accept of [GRAPHQL_RESPONSE_JSON, 'application/json']) {
      const response = await fetch(getUrl(t, mutation, { input }), {
        headers: { authorization: `Bearer ${adminToken}`, accept },
      });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      const body = (await response.json()) as Body;
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', requestId: expect.any(String) });
    }
    expect({ keys: await keys(), audit: await audit() }).toEqual(before);
  });

  it('still refuses a GET with no credentials and no preflight-forcing header (what a hostile page can send)', async () => {
    const response = await fetch(getUrl(t, '{ serverInfo { version } }'));
    expect(response.status).toBe(400);
    expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    { accept: GRAPHQL_RESPONSE_JSON, status: 400, type: GRAPHQL_RESPONSE_JSON },
    { accept: 'application/json', status: 200, type: 'application/json' },
    { accept: `${GRAPHQL_RESPONSE_JSON}, application/json;q=0.9`, status: 400, type: GRAPHQL_RESPONSE_JSON },
    { accept: `application/json, ${GRAPHQL_RESPONSE_JSON};charset=utf-8`, status: 200, type: 'application/json' },
    { accept: '*/*', status: 400, type: 'application/json' },
    { accept: undefined, status: 400, type: 'application/json' },
  ])('answers request errors for Accept: $accept with $status and $type', async ({ accept, status, type }) => {
    for (const request of [{ query: UNKNOWN_FIELD }, { query: COERCION_FAILURE, variables: { name: null } }]) {
      const response = await postJson(`${t.url}/graphql`, JSON.stringify(request), accept);
      expect(response.status).toBe(status);
      expect(response.type).toBe(`${type}; charset=utf-8`);
      expect('data' in response.body).toBe(false);
      expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', requestId: expect.any(String) });
    }
  });

  it('answers a query over the depth limit like a validation error: 200 only for a client that asks for application/json', async () => {
    const deep = `{ organization(id: "00000000-0000-0000-0000-000000000000") { ${'parent { '.repeat(20)}name${' }'.repeat(20)} } }`;
    const statuses: number[] = [];
    for (const accept of [GRAPHQL_RESPONSE_JSON, 'application/json']) {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, 'x-api-key': apiKey },
        body: JSON.stringify({ query: deep }),
      });
      statuses.push(response.status);
      expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    }
    expect(statuses).toEqual([400, 200]);
  });

  it('answers a GET result with data 200 in application/graphql-response+json', async () => {
    const response = await fetch(getUrl(t, '{ serverInfo { version } viewer { kind } }'), {
      headers: { accept: GRAPHQL_RESPONSE_JSON, 'x-api-key': apiKey },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(`${GRAPHQL_RESPONSE_JSON}; charset=utf-8`);
    expect(((await response.json()) as Body).data?.['serverInfo']).toEqual({ version: expect.any(String) });
  });

  it('keeps 400 for a request that is not well-formed, whatever the Accept', async () => {
    for (const body of ['{ "not JSON', JSON.stringify({ qeury: '{ __typename }' })]) {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
