import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The console resolves its assets with require.resolve, which the test runner's ESM modules lack: so this
// runs the built server (npm run build) as a process, in development mode, on a throwaway database.
const MAIN = resolve('dist/apps/api/src/main.js');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('the development GraphiQL console under the Content-Security-Policy', () => {
  let child: ChildProcess;
  let url: string;
  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('build first: npm run build');
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'development',
        DATABASE_URL: 'memory://',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'error',
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: 'ignore',
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${url}/health/ready`)).status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('server not ready');
  });
  afterAll(() => {
    child?.kill('SIGKILL');
  });

  it('loads only local scripts and styles, none inline, all allowed by the policy', async () => {
    const page = await fetch(`${url}/graphiql`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
    const html = await page.text();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    const assets = [...html.matchAll(/<link[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    for (const [, attributes, body] of scripts) {
      expect(body.trim()).toBe(''); // an inline script would be blocked by script-src 'self'
      assets.push(/src="([^"]+)"/.exec(attributes)?.[1] ?? '(none)');
    }
    for (const asset of assets) expect(asset).toMatch(/^\/graphiql\/[\w.-]+$/); // same origin: allowed by 'self'
    for (const asset of assets) {
      const response = await fetch(`${url}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/javascript|css/);
      expect(response.headers.get('content-security-policy')).toBe(csp);
    }
    // Its one inline <style> block and data: fonts are what style-src 'unsafe-inline' and font-src data: allow.
    expect(csp).toMatch(/style-src[^;]*'unsafe-inline'/);
    expect(csp).toMatch(/font-src[^;]*data:/);
  });
});
