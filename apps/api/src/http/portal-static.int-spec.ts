import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@bulwark/testing';

const INDEX = '<!doctype html><title>Bulwark</title><script type="module" src="/assets/app-abc123.js"></script>';

/** A GET with the path sent exactly as written: fetch() would resolve `..` and `%2e%2e` before sending. */
function rawGet(url: string, path: string, accept = '*/*'): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, headers: { accept } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the portal, served by the API process', () => {
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'bulwark-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), INDEX);
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(webRoot, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(join(webRoot, '.env'), 'secret');
    writeFileSync(join(webRoot, '..', 'outside-web-root.txt'), 'secret');
    symlinkSync(join(webRoot, '..', 'outside-web-root.txt'), join(webRoot, 'assets', 'link-abc123.js'));
    t = await startTestApp({ WEB_ROOT: webRoot });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
    rmSync(join(webRoot, '..', 'outside-web-root.txt'), { force: true });
  });

  const get = (path: string, accept = 'text/html') => fetch(`${t.url}${path}`, { headers: { accept } });

  it("answers the portal's own routes with index.html, revalidated on every load", async () => {
    for (const path of ['/', '/bulletins/4f8c2d1e-0000-4000-8000-000000000000', '/search?q=phishing', '/feeds/x']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).toBe(INDEX);
    }
  });

  it('serves hashed assets for a year, other files revalidated, and a missing asset as 404, never index.html', async () => {
    const asset = await get('/assets/app-abc123.js', '*/*');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const icon = await get('/favicon.svg', '*/*');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const missing = await get('/assets/missing-0000.js', '*/*');
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<title>Bulwark');
  });

  it('refuses a path that climbs out of its folder, and never serves a file outside it or a dotfile', async () => {
    for (const path of [
      '/../outside-web-root.txt',
      '/assets/../../outside-web-root.txt',
      '/%2e%2e/outside-web-root.txt',
      '/assets/..%2f..%2foutside-web-root.txt',
      '/..%5coutside-web-root.txt',
      '/index.html%00.js',
    ]) {
      const response = await rawGet(t.url, path);
      expect(response.status, path).toBe(400);
      expect(response.body, path).not.toContain('secret');
    }
    // A link inside the folder to a file outside it, and a dotfile, are not there as far as the portal goes.
    expect((await rawGet(t.url, '/assets/link-abc123.js')).status).toBe(404);
    const dotfile = await rawGet(t.url, '/.env', 'text/html');
    expect(dotfile.body).not.toContain('secret');
    expect(dotfile.body).toBe(INDEX);
  });

  it('answers HEAD like GET, without a body', async () => {
    const head = await fetch(`${t.url}/bulletins/x`, { method: 'HEAD', headers: { accept: 'text/html' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/^text\/html/);
    expect(head.headers.get('cache-control')).toBe('no-cache');
    expect(await head.text()).toBe('');
  });

  it('answers a request that does not take HTML, for a path that is no file, with 404', async () => {
    const json = await get('/bulletins/x', 'application/json');
    expect(json.status).toBe(404);
    expect(await json.text()).not.toContain('<title>Bulwark');
    const assets = await get('/assets', 'text/html');
    expect(assets.status).toBe(404);
  });

  it('leaves the API its own paths: GraphQL, GraphiQL, health and the session routes', async () => {
    // A browser's GET /graphql gets what it got before there was a portal: Apollo's answer, in JSON.
    const graphqlGet = await get('/graphql?query=%7BserverInfo%7Bversion%7D%7D');
    expect(graphqlGet.headers.get('content-type')).toMatch(/json/);
    expect(await graphqlGet.text()).not.toContain('<title>Bulwark');
    const preflighted = await fetch(`${t.url}/graphql?query=%7BserverInfo%7Bversion%7D%7D`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(((await preflighted.json()) as { data: unknown }).data).toEqual({
      serverInfo: { version: expect.any(String) },
    });
    expect(await (await get('/graphiql')).text()).not.toBe(INDEX);
    expect(await (await get('/graphiql.css')).text()).not.toBe(INDEX);
    expect((await get('/health/ready', 'application/json')).headers.get('content-type')).toMatch(/json/);
    expect(await (await get('/health/live')).json()).toEqual({ status: 'ok' });
    expect((await get('/auth/session')).status).toBe(404);
  });

  it('allows scripts from this origin only: no inline script', async () => {
    const csp = (await get('/')).headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src'));
    expect(scriptSrc?.trim()).toBe("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
  });
});

// On an app of its own, started after the one above has closed: apps in one process share Passport's strategy.
describe('the API without a built portal', () => {
  it('serves no page at all, and the API as usual', async () => {
    const emptyRoot = mkdtempSync(join(tmpdir(), 'bulwark-web-empty-'));
    const t = await startTestApp({ WEB_ROOT: emptyRoot });
    try {
      for (const path of ['/', '/bulletins/x', '/assets/app-abc123.js'])
        expect((await fetch(`${t.url}${path}`, { headers: { accept: 'text/html' } })).status, path).toBe(404);
      expect(await (await fetch(`${t.url}/health/live`)).json()).toEqual({ status: 'ok' });
    } finally {
      await t.close();
      rmSync(emptyRoot, { recursive: true, force: true });
    }
  });
});
