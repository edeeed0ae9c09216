import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The package as `npm run build` (nx run client:build) leaves it in dist/libs/client, loaded as a consumer would. */
const root = join(__dirname, '../../..');
const dist = join(root, 'dist/libs/client');

interface PackageExports {
  BulwarkClient: new (options: { url: string }) => { viewer(): Promise<unknown> };
  BulwarkError: new (...args: never[]) => Error;
  verifyWebhook: (body: string, headers: Record<string, string>, secret: string) => Promise<{ ok: boolean }>;
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

async function signedDelivery(load: PackageExports): Promise<{ ok: boolean }> {
  const body = '{"id":"w:1","sequence":1}';
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', 'whsec_package').update(`${timestamp}.${body}`).digest('hex');
  return load.verifyWebhook(
    body,
    { 'bulwark-timestamp': timestamp, 'bulwark-signature': `v1=${signature}` },
    'whsec_package',
  );
}

describe('the built @bulwark/client package (run `npm run build` first)', () => {
  const manifest = readJson(join(dist, 'package.json'));

  it('loads as CommonJS through require and as an ES module through import, by its own exports map', async () => {
    const requireFromDist = createRequire(join(dist, 'package.json'));
    const cjs = requireFromDist(join(dist, 'cjs/index.cjs')) as PackageExports;
    const esm = (await import(pathToFileURL(join(dist, 'esm/index.js')).href)) as PackageExports;
    for (const load of [cjs, esm]) {
      expect(typeof load.BulwarkClient).toBe('function');
      expect((await signedDelivery(load)).ok).toBe(true);
      const offline = new load.BulwarkClient({ url: 'http://127.0.0.1:9' });
      await expect(offline.viewer()).rejects.toBeInstanceOf(load.BulwarkError);
    }
    expect(manifest['exports']).toEqual({
      '.': { types: './types/index.d.ts', import: './esm/index.js', require: './cjs/index.cjs' },
      './package.json': './package.json',
    });
    expect(readJson(join(dist, 'esm/package.json'))).toEqual({ type: 'module' });
    expect(readFileSync(join(dist, 'types/index.d.ts'), 'utf8')).toContain('BulwarkClient');
  });

  it('is @bulwark/client 0.1.0 for Node 20.19+, depending on graphql-ws at the workspace version only', () => {
    const workspace = readJson(join(root, 'package.json')) as { dependencies: Record<string, string> };
    expect(manifest).toMatchObject({ name: '@bulwark/client', version: '0.1.0', engines: { node: '>=20.19' } });
    expect(manifest['dependencies']).toEqual({
      '@graphql-typed-document-node/core': expect.any(String),
      'graphql-ws': workspace.dependencies['graphql-ws'],
    });
    expect(manifest['peerDependenciesMeta']).toEqual({ ws: { optional: true } });
  });

  it('imports no Node built-in module, so it runs in a browser', () => {
    for (const file of ['esm/index.js', 'cjs/index.cjs']) {
      const code = readFileSync(join(dist, file), 'utf8');
      expect(code).not.toMatch(/from ["']node:|require\(["']node:|from ["'](crypto|http|https|fs|net|url)["']/);
      expect(code.match(/(?:from |require\()["']([^"']+)["']/g)).toEqual([
        expect.stringContaining('graphql-ws/client'),
      ]);
    }
  });
});
