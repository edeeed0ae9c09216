import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, graphql, tempDataDir } from './support/server-process';

const DIST = resolve('dist/apps/api/src');
const LOADER = join(DIST, 'bundle-loader.js');

function caches(): string[] {
  return readdirSync(DIST).filter((name) => name.startsWith('main.bundle.cjs.') && name.endsWith('.cache'));
}

/** `npm start`'s entry: the bundle, run with a code cache (apps/api/src/bundle-loader.ts). */
describe('the bundled server', () => {
  const dirs: { remove(): void }[] = [];
  beforeAll(() => {
    if (!existsSync(join(DIST, 'main.bundle.cjs'))) throw new Error('build first: npm run build');
  });
  afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

  async function startAndStop(dataDir: string): Promise<string> {
    const port = await freePort();
    const child = spawn(process.execPath, [LOADER], {
      env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', PORT: String(port), BULWARK_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const url = `http://127.0.0.1:${port}`;
    try {
      const deadline = Date.now() + 60_000;
      for (;;) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`not ready:\n${output}`);
        const ready = await fetch(`${url}/health/ready`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (ready) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await graphql(url, '{ serverInfo { apiVersion } }')).data).toEqual({ serverInfo: { apiVersion: '1' } });
      // The cache is written just after the server is ready: wait for it before stopping.
      const written = Date.now() + 10_000;
      while (caches().length === 0 && Date.now() < written) await new Promise((r) => setTimeout(r, 100));
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    return output;
  }

  it('writes a code cache at its first start and uses it, unchanged, at the next', async () => {
    for (const name of caches()) unlinkSync(join(DIST, name));
    const dir = tempDataDir();
    dirs.push(dir);

    await startAndStop(dir.path);
    expect(caches()).toHaveLength(1);
    const [cache] = caches() as [string];
    const written = statSync(join(DIST, cache)).mtimeMs;

    const output = await startAndStop(dir.path);
    expect(caches()).toEqual([cache]); // accepted: a rejected cache would have been written again
    expect(statSync(join(DIST, cache)).mtimeMs).toBe(written);
    expect(output).not.toContain('Error');
  });
});
