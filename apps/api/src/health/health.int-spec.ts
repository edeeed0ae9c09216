import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@bulwark/testing';

describe('health and the GraphQL endpoint', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers live and ready, checking the database', async () => {
    expect(await (await fetch(`${t.url}/health/live`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('gives every response a request id, and echoes a well-formed one the caller sent', async () => {
    const generated = await fetch(`${t.url}/health/live`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'partner-trace-0001' } });
    expect(echoed.headers.get('x-request-id')).toBe('partner-trace-0001');
    const refused = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'refused id\twith tab' } });
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a public query over HTTP and over graphql-ws', async () => {
    const viaHttp = await t.gql.data<{ serverInfo: { apiVersion: string } }>('{ serverInfo { apiVersion } }');
    expect(viaHttp.serverInfo.apiVersion).toBe('1');
    const client = t.ws();
    const viaWs = await new Promise<unknown>((resolve, reject) => {
      client.subscribe(
        { query: '{ serverInfo { apiVersion } }' },
        { next: resolve, error: reject, complete: () => undefined },
      );
    });
    expect(viaWs).toEqual({ data: { serverInfo: { apiVersion: '1' } } });
  });

  it('answers a malformed document with BAD_USER_INPUT and no internals', async () => {
    const response = await t.gql.request('{ serverInfo { nope } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.errors)).not.toMatch(/stack|at .*\.js/);
  });

  it('refuses a socket whose credentials are not valid with close code 4403', async () => {
    const client = t.ws({ authorization: 'Bearer not-a-token' });
    const closed = await new Promise<unknown>((resolve) => {
      client.on('closed', resolve);
      client.subscribe(
        { query: '{ serverInfo { apiVersion } }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    });
    expect((closed as { code: number }).code).toBe(4403);
  });

  it('gives socket errors the same codes as HTTP ones', async () => {
    const client = t.ws();
    const result = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: '{ viewer { kind } }' }, { next: resolve, error: resolve, complete: () => undefined });
    });
    expect(JSON.stringify(result)).toContain('"code":"UNAUTHENTICATED"');
    const invalid = await new Promise<unknown>((resolve) => {
      t.ws().subscribe({ query: '{ nope }' }, { next: resolve, error: resolve, complete: () => undefined });
    });
    expect(JSON.stringify(invalid)).toContain('"code":"BAD_USER_INPUT"');
  });

  it('serves the development GraphiQL console from local packages, no CDN', async () => {
    const page = await (await fetch(`${t.url}/graphiql`)).text();
    expect(page).not.toMatch(/https?:\/\//);
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css', 'start.js']) {
      expect((await fetch(`${t.url}/graphiql/${asset}`)).status).toBe(200);
    }
  });
});
