import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { attemptSocket, DEMO, type SocketAttempt, startTestApp, type TestApp, tokenOf } from '@bulwark/testing';

const ALLOWED = 'https://portal.example.gov';

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each(['/health/live', '/graphql'])('sends helmet headers on %s', async (path) => {
    const response = await fetch(`${t.url}${path}`, {
      method: path === '/graphql' ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json' },
      body: path === '/graphql' ? JSON.stringify({ query: '{ serverInfo { version } }' }) : undefined,
    });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('etag')).toBeNull();
  });

  it('answers a WebSocket upgrade on an unknown path at once with 404, instead of leaving it hanging', async () => {
    const started = performance.now();
    const status = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(`${t.url.replace('http', 'ws')}/nowhere`);
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => reject(new Error('opened')));
      socket.on('error', () => resolve(-1));
    });
    expect([404, -1]).toContain(status);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('CORS', () => {
  let open: TestApp;
  let closed: TestApp;
  beforeAll(async () => {
    [open, closed] = await Promise.all([
      startTestApp({ CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` }),
      startTestApp(),
    ]);
  });
  afterAll(() => Promise.all([open.close(), closed.close()]));

  const preflight = (t: TestApp, origin: string) =>
    fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
  const post = (t: TestApp, origin: string) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { version } }' }),
    });

  it('lets a configured origin call, without credentials', async () => {
    const answer = await preflight(open, ALLOWED);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(answer.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await post(open, ALLOWED)).headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('gives any other origin no Access-Control-Allow-Origin, and never *', async () => {
    for (const origin of ['https://evil.example', 'https://portal.example.gov.evil.example', 'null']) {
      expect((await preflight(open, origin)).headers.get('access-control-allow-origin')).toBeNull();
      expect((await post(open, origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('allows no cross-origin calls at all when CORS_ORIGINS is unset', async () => {
    expect((await preflight(closed, ALLOWED)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await post(closed, ALLOWED)).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('request timeout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REQUEST_TIMEOUT_MS: '300' });
  });
  afterAll(() => t.close());

  it('answers a request whose body never finishes with 503 and a code, in bounded time', async () => {
    const started = performance.now();
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${t.url}/graphql`);
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': '1000' },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write('{"query": "{ serverInfo');
    });
    expect(status).toBe(503);
    expect(JSON.parse(body)).toMatchObject({ errors: [{ extensions: { code: 'INTERNAL' } }] });
    expect(performance.now() - started).toBeLessThan(2000);
    expect((await fetch(`${t.url}/health/ready`)).status).toBe(200);
    expect(await t.gql.data('{ serverInfo { version } }')).toEqual({ serverInfo: { version: expect.any(String) } });
  });
});

describe('WebSocket connection caps', () => {
  let t: TestApp;
  const opened: SocketAttempt[] = [];
  beforeAll(async () => {
    t = await startTestApp({
      MAX_SOCKETS_PER_VIEWER: '2',
      MAX_SOCKETS_PER_ADDRESS: '3',
      SOCKET_INIT_TIMEOUT_MS: '300',
    });
  });
  afterAll(async () => {
    await Promise.all(opened.map((attempt) => attempt.close()));
    await t.close();
  });

  /** Opens a graphql-ws connection; resolves 'connected', or the close code if it is refused. */
  async function connect(connectionParams: Record<string, unknown>): Promise<SocketAttempt> {
    const attempt = await attemptSocket(t, connectionParams);
    opened.push(attempt);
    return attempt;
  }

  it('closes a viewer’s third socket with 4429, and frees the place when one closes', async () => {
    const auth = { authorization: `Bearer ${await tokenOf(t, DEMO.gaAdmin)}` };
    const first = await connect(auth);
    const second = await connect(auth);
    expect([first.outcome, second.outcome]).toEqual(['connected', 'connected']);
    expect((await connect(auth)).outcome).toBe(4429);

    // The address holds 2 of its 3 places: one anonymous socket fits, the next does not.
    const anonymous = await connect({});
    expect(anonymous.outcome).toBe('connected');
    expect((await connect({})).outcome).toBe(4429);

    await first.close();
    expect((await connect(auth)).outcome).toBe('connected');
    await anonymous.close();
    expect((await connect({ authorization: `Bearer ${await tokenOf(t, DEMO.gaOfficial)}` })).outcome).toBe('connected');
  });

  it('closes a socket that sends one message larger than the body limit (1009)', async () => {
    const code = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(`${t.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
      socket.on('open', () =>
        socket.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(200 * 1024) } })),
      );
      socket.on('close', (closeCode) => resolve(closeCode));
      socket.on('error', reject);
    });
    expect(code).toBe(1009);
  });

  it('closes a socket that never sends connection_init with 4408', async () => {
    const socket = new WebSocket(`${t.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const started = Date.now();
    const code = await new Promise<number>((resolve, reject) => {
      socket.on('close', (closeCode) => resolve(closeCode));
      socket.on('error', reject);
    });
    expect(code).toBe(4408);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
