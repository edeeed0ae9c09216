import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@bulwark/testing';

const INDEX = '<!doctype html><title>Bulwark</title><script type="module" src="/assets/app-abc123.js"></script>';

describe('the portal, served by the API process', () => {
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'bulwark-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), INDEX);
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(webRoot, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(join(webRoot, '..', 'outside-web-root.txt'), 'secret');
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

  it('never serves a file outside its folder', async () => {
    for (const path of [
      '/../outside-web-root.txt',
      '/%2e%2e/outside-web-root.txt',
      '/assets/..%2f..%2foutside-web-root.txt',
    ]) {
      const response = await get(path, '*/*');
      expect(await response.text(), path).not.toContain('secret');
    }
  });

  it('leaves the API its own paths: GraphQL, health and the session routes', async () => {
    const graphqlGet = await get('/graphql?query=%7BserverInfo%7Bversion%7D%7D');
    expect(await graphqlGet.text()).not.toBe(INDEX);
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
