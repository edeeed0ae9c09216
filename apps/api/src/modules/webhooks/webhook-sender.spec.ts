import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type Resolver, WebhookSender } from './webhook-sender';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const servers: Server[] = [];

/** A loopback HTTP server; its port and every request body it read. */
async function serve(handler: Handler): Promise<{ port: number; bodies: string[] }> {
  const bodies: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      bodies.push(body);
      handler(request, response);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, bodies };
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const LOOPBACK_ALLOWED = { allowHttpLoopback: true, allowPrivateTargets: false, timeoutMs: 2000 };

describe('WebhookSender', () => {
  it('POSTs the body with the headers and reports a 2xx as delivered', async () => {
    const receiver = await serve((request, response) => {
      response.writeHead(request.headers['x-test'] === 'yes' ? 204 : 400).end();
    });
    const result = await new WebhookSender(LOOPBACK_ALLOWED).post(
      `http://127.0.0.1:${receiver.port}/hook`,
      { 'X-Test': 'yes' },
      '{"a":1}',
    );
    expect(result).toMatchObject({ ok: true, statusCode: 204, error: null });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(receiver.bodies).toEqual(['{"a":1}']);
  });

  it('reports a non-2xx status as a failure', async () => {
    const receiver = await serve((_request, response) => response.writeHead(503).end('busy'));
    const result = await new WebhookSender(LOOPBACK_ALLOWED).post(`http://127.0.0.1:${receiver.port}/`, {}, '{}');
    expect(result).toMatchObject({ ok: false, statusCode: 503, error: 'HTTP 503' });
  });

  it('does not follow a redirect', async () => {
    const elsewhere = await serve((_request, response) => response.writeHead(200).end());
    const redirecting = await serve((_request, response) =>
      response.writeHead(307, { Location: `http://127.0.0.1:${elsewhere.port}/` }).end(),
    );
    const result = await new WebhookSender(LOOPBACK_ALLOWED).post(`http://127.0.0.1:${redirecting.port}/`, {}, '{}');
    expect(result).toMatchObject({ ok: false, statusCode: 307, error: 'redirect (HTTP 307) not followed' });
    expect(elsewhere.bodies).toEqual([]);
  });

  it('gives up at the timeout when the receiver does not answer', async () => {
    const silent = await serve(() => undefined);
    const started = Date.now();
    const result = await new WebhookSender({ ...LOOPBACK_ALLOWED, timeoutMs: 200 }).post(
      `http://127.0.0.1:${silent.port}/`,
      {},
      '{}',
    );
    expect(result).toMatchObject({ ok: false, statusCode: null, error: 'timed out after 200 ms' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('reads a long answer only up to the cap, then hangs up', async () => {
    const chatty = await serve((_request, response) => {
      response.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const timer = setInterval(() => response.write(chunk), 1); // endless
      response.on('close', () => clearInterval(timer));
    });
    const result = await new WebhookSender(LOOPBACK_ALLOWED).post(`http://127.0.0.1:${chatty.port}/`, {}, '{}');
    expect(result).toMatchObject({ ok: true, statusCode: 200 });
  });

  it('reports a refused connection', async () => {
    const gone = await serve(() => undefined);
    const server = servers.pop()!;
    await new Promise((resolve) => server.close(resolve));
    const result = await new WebhookSender(LOOPBACK_ALLOWED).post(`http://127.0.0.1:${gone.port}/`, {}, '{}');
    expect(result).toMatchObject({ ok: false, statusCode: null, error: 'connection refused' });
  });

  it('refuses loopback and private targets unless allowed, without sending anything', async () => {
    const receiver = await serve((_request, response) => response.writeHead(200).end());
    const strict = new WebhookSender({ allowHttpLoopback: false, allowPrivateTargets: false, timeoutMs: 1000 });
    const result = await strict.post(`http://127.0.0.1:${receiver.port}/`, {}, '{}');
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^refused: it resolves to a loopback address/);
    expect(receiver.bodies).toEqual([]);
    const mapped = await strict.vet('https://[::ffff:169.254.169.254]/latest/meta-data');
    expect(mapped).toEqual({ problem: 'it resolves to a private address' });
  });

  it('connects to the address it checked, not to a second answer (DNS rebinding)', async () => {
    const receiver = await serve((_request, response) => response.writeHead(200).end());
    const answers = [[{ address: '127.0.0.1', family: 4 }], [{ address: '10.9.9.9', family: 4 }]];
    let lookups = 0;
    const rebinding: Resolver = () => Promise.resolve(answers[Math.min(lookups++, 1)]);
    const result = await new WebhookSender(LOOPBACK_ALLOWED, rebinding).post(
      `http://rebind.example:${receiver.port}/`,
      {},
      '{}',
    );
    expect(result).toMatchObject({ ok: true, statusCode: 200 });
    expect(lookups).toBe(1);
    expect(receiver.bodies).toHaveLength(1);
  });

  it('refuses a host when any of its addresses is private, or when it does not resolve', async () => {
    const mixed: Resolver = () =>
      Promise.resolve([
        { address: '93.184.216.34', family: 4 },
        { address: '10.0.0.1', family: 4 },
      ]);
    expect(await new WebhookSender(LOOPBACK_ALLOWED, mixed).vet('https://mixed.example/')).toEqual({
      problem: 'it resolves to a private address',
    });
    const nowhere: Resolver = () => Promise.reject(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' }));
    expect(await new WebhookSender(LOOPBACK_ALLOWED, nowhere).vet('https://nowhere.invalid/')).toEqual({
      problem: 'its host does not resolve',
    });
  });
});
