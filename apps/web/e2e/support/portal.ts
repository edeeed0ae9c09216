import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { freePort, MAIN, runServer, type ServerProcess, tempDataDir } from '../../../../test/support/server-process';

export const DEMO_PASSWORD = 'demo-password';
const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
const WEB_INDEX = resolve('dist/apps/web/index.html');
const FAILURES = join(tmpdir(), 'bulwark-browser-failures');

/** Flags for a root user on a closed network: no sandbox, no GPU, and none of Chromium's own background calls. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium; never a downloaded one. In CI a missing browser fails the run; on a laptop without it the
 * browser suite is skipped with one warning line (each spec file runs in its own process: the first one says it).
 */
function chromiumPresent(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env['CI'])
    throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs it (apt-get install chromium)`);
  try {
    writeFileSync(join(tmpdir(), `bulwark-browser-skipped-${process.ppid}`), '', { flag: 'wx' });
    process.stderr.write(
      `\n  Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)\n\n`,
    );
  } catch {
    // another spec file of this run has said it already
  }
  return false;
}

/** describe() for the browser suite: skipped, with a warning, on a machine without Chromium (never in CI). */
export const describeInBrowser = describe.skipIf(!chromiumPresent());

export interface Portal {
  /** The server's origin, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** A fresh browser profile (cookies, storage): one per user. Desktop size unless told. */
  context(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  /** A page in a fresh context. */
  page(viewport?: { width: number; height: number }): Promise<Page>;
}

export interface PortalOptions {
  /**
   * The browser opens the portal at http://localhost:<port> instead of 127.0.0.1: a secure context, and the
   * development server's default PUBLIC_URL and WebAuthn origin, as passkeys need. `url` stays 127.0.0.1 for Node.
   */
  readonly localhost?: boolean;
}

/**
 * In a describeInBrowser block: the built server, started as `npm start` starts it (its own process, PGlite in a
 * fresh data directory, the demo community, a free port), and Chromium, for the whole file. Every context is closed
 * after each test. A failing test leaves a screenshot of each open page and the server's last output behind.
 * Every page must end its test without an uncaught script error.
 */
/**
 * `env` adds to the server's environment. By default publishers and administrators sign in on their password alone
 * (SECOND_FACTOR_REQUIRED=false): the second step has browser tests of its own (sign-in-security.e2e-spec.ts).
 */
export function usePortal(env: Record<string, string> = {}, options: PortalOptions = {}): Portal {
  let server: ServerProcess | null = null;
  let browser: Browser | null = null;
  let data: ReturnType<typeof tempDataDir> | null = null;
  let contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(MAIN) || !existsSync(WEB_INDEX))
      throw new Error('Build first: npm run build (the browser tests run the built server and portal)');
    data = tempDataDir();
    // Only what runServer passes (PATH, LOG_LEVEL, PORT) and these: no NODE_ENV, so the default (development)
    // loads the demo community, as `npm start` does on a laptop.
    server = runServer(
      { BULWARK_DATA_DIR: data.path, DEMO_PASSWORD, SECOND_FACTOR_REQUIRED: 'false', ...env },
      await freePort(),
    );
    const launched = chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    await server.waitUntilReady(150_000);
    browser = await launched;
  });

  afterEach(async (test) => {
    const failed = test.task.result?.state === 'fail';
    const errors = pageErrors;
    pageErrors = [];
    if (failed) await keepEvidence(test.task.name, contexts, server);
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    contexts = [];
    if (!failed) expect(errors, 'uncaught errors in the portal').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    data?.remove();
  });

  const portal: Portal = {
    get url() {
      if (!server) throw new Error('the portal is not started yet (use it inside a test)');
      return server.url;
    },
    async context(viewport = { width: 1280, height: 800 }) {
      if (!browser || !server) throw new Error('the portal is not started yet (use it inside a test)');
      const baseURL = options.localhost ? server.url.replace('//127.0.0.1:', '//localhost:') : server.url;
      const context = await browser.newContext({ viewport, baseURL, timezoneId: 'America/New_York' });
      context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)));
      contexts.push(context);
      return context;
    },
    async page(viewport) {
      return (await portal.context(viewport)).newPage();
    },
  };
  return portal;
}

/** For whoever reads a failed run: what each page showed, and what the server said last. */
async function keepEvidence(test: string, contexts: BrowserContext[], server: ServerProcess | null): Promise<void> {
  mkdirSync(FAILURES, { recursive: true });
  const slug = test.replace(/[^\w]+/g, '-').slice(0, 60);
  let index = 0;
  for (const page of contexts.flatMap((context) => context.pages())) {
    const file = join(FAILURES, `${slug}-${++index}.png`);
    await page.screenshot({ path: file, fullPage: true, timeout: 5_000 }).catch(() => undefined);
    process.stderr.write(`  failed test "${test}": page ${page.url()} → ${file}\n`);
  }
  const output = server?.output().trim().split('\n').slice(-40).join('\n');
  if (output) process.stderr.write(`  server output (last lines):\n${output}\n`);
}
