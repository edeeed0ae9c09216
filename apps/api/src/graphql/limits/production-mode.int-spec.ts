import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, openSocketSession, startTestApp, type TestApp, tokenOf } from '@bulwark/testing';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), PUBLIC_URL: 'https://bulwark.test' };
const LEAKS = /QueryFailedError|relation "|SELECT |INSERT |\.ts:\d|\.js:\d|\bat [\w.<>]+ \(|node_modules|stacktrace/i;

interface SocketOutcome {
  data?: unknown;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}

function overSocket(client: Client, query: string): Promise<SocketOutcome> {
  return new Promise((resolve, reject) => {
    client.subscribe(
      { query },
      {
        next: (result) => resolve({ data: result.data, errors: (result.errors ?? []) as SocketOutcome['errors'] }),
        error: (errors) =>
          Array.isArray(errors)
            ? resolve({ errors: errors as SocketOutcome['errors'] })
            : reject(new Error(`socket failed: ${JSON.stringify(errors)}`)),
        complete: () => undefined,
      },
    );
  });
}

describe('production mode (NODE_ENV=production)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp(PRODUCTION);
    token = await tokenOf(t, DEMO.gaAdmin);
  });
  afterAll(() => t.close());

  it.each(['{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }'])(
    'refuses introspection over HTTP: %s',
    async (query) => {
      const response = await t.gql.request(query, {}, { token });
      expect(response.status).toBe(400);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    },
  );

  it('refuses introspection over graphql-ws too', async () => {
    const outcome = await overSocket(t.ws({ authorization: `Bearer ${token}` }), '{ __schema { types { name } } }');
    expect(outcome.data ?? null).toBeNull();
    expect(outcome.errors.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
  });

  it('still answers __typename, which is not introspection of the schema', async () => {
    expect(await t.gql.data('{ __typename }')).toEqual({ __typename: 'Query' });
  });

  it('strips field and value suggestions ("Did you mean …") over HTTP and graphql-ws', async () => {
    const field = await t.gql.request('{ serverInf { version } }');
    expect(field.errors?.[0]?.message).toBe('Cannot query field "serverInf" on type "Query".');
    const value = await t.gql.request('{ bulletins(filter: { tiers: [REDD] }) { totalCount } }', {}, { token });
    expect(value.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(value.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const socket = await overSocket(t.ws({ authorization: `Bearer ${token}` }), '{ serverInf { version } }');
    expect(socket.errors.map((e) => e.message)).toEqual(['Cannot query field "serverInf" on type "Query".']);
  });

  it('serves no GraphiQL console and no landing page', async () => {
    expect((await fetch(`${t.url}/graphiql`)).status).toBe(404);
    const landing = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type')).not.toMatch(/html/);
  });

  it('answers an unexpected failure with INTERNAL and the request id only: no message, SQL or stack', async () => {
    const openSocket = await openSocketSession(t, { authorization: `Bearer ${token}` });
    await t.dataSource.query('ALTER TABLE organizations RENAME TO organizations_moved');
    try {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ organizations(first: 5) { edges { node { name } } } }' }),
      });
      const text = await response.text();
      expect(text).not.toMatch(LEAKS);
      const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors.length).toBeGreaterThan(0);
      for (const error of body.errors) {
        expect(error.message).toBe('Something went wrong on our side. Quote the request id if you report it.');
        expect(error.extensions).toEqual({ code: 'INTERNAL', requestId: response.headers.get('x-request-id') });
      }

      const socket = await openSocket.run('{ organizations(first: 5) { edges { node { name } } } }');
      expect(JSON.stringify(socket)).not.toMatch(LEAKS);
      expect(socket.errors?.map((e) => e.extensions?.['code'])).toContain('INTERNAL');
    } finally {
      await t.dataSource.query('ALTER TABLE organizations_moved RENAME TO organizations');
      await openSocket.close();
    }
    expect((await fetch(`${t.url}/health/ready`)).status).toBe(200);
  });
});
