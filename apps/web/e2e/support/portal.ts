import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  freePort,
  graphql,
  MAIN,
  runServer,
  type ServerProcess,
  signIn,
  tempDataDir,
} from '../../../../test/support/server-process';

export const DEMO_PASSWORD = 'demo-password';
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SCREENSHOTS = resolve('docs/screenshots');

/** Debian's Chromium; never a downloaded one. CI must have it: there a missing browser fails the run. */
function chromiumPresent(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env['CI'])
    throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs it (apt-get install chromium)`);
  process.stderr.write(
    `\n  browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)\n\n`,
  );
  return false;
}

/** describe() for the browser suite: skipped, with a warning, on a machine without Chromium (never in CI). */
export const describeInBrowser = describe.skipIf(!chromiumPresent());

export interface Portal {
  readonly url: string;
  readonly server: ServerProcess;
  readonly browser: Browser;
  /** A fresh browser profile (cookies, storage) at desktop size, or the size given. */
  context(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** The built server, started as `npm start` starts it (PGlite in a fresh data directory, demo community), and Chromium. */
export async function startPortal(): Promise<Portal> {
  if (!existsSync(MAIN) || !existsSync(resolve('dist/apps/web/index.html')))
    throw new Error('Build first: npm run build (the browser tests run the built server and portal)');
  const data = tempDataDir();
  const server = runServer({ BULWARK_DATA_DIR: data.path, DEMO_PASSWORD }, await freePort());
  await server.waitUntilReady(120_000);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    server,
    browser,
    async context(viewport = { width: 1280, height: 800 }) {
      const context = await browser.newContext({ viewport, baseURL: server.url, timezoneId: 'America/New_York' });
      contexts.push(context);
      return context;
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
      await browser.close();
      await server.stop();
      data.remove();
    },
  };
}

/** Signs in through the portal's own form and waits for the feed. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await visible(page.getByRole('list', { name: 'Bulletins' }), 20_000);
}

/** The feed's live status once the socket is up. */
export async function waitUntilLive(page: Page): Promise<void> {
  await eventually(
    () => page.getByTestId('live-status').innerText(),
    (text) => expect(text).toMatch(/Live/),
    20_000,
  );
}

/** Zero serious or critical WCAG 2.1 A/AA violations on the page as it is now; the rest are printed. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const violation of results.violations.filter((v) => !blocking.includes(v)))
    process.stdout.write(`  axe (${name}, ${violation.impact}): ${violation.id}: ${violation.help}\n`);
  expect(
    blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    name,
  ).toEqual([]);
}

/** Into docs/screenshots/, which the README shows. */
export async function screenshot(page: Page, file: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: resolve(SCREENSHOTS, file),
    fullPage: options.fullPage ?? false,
    animations: 'disabled',
  });
}

export interface PublishedBulletin {
  readonly id: string;
  readonly title: string;
}

interface BulletinDraft {
  readonly title: string;
  readonly tier: 'CLEAR' | 'GREEN' | 'AMBER';
  readonly summary?: string;
  readonly toStates?: readonly string[];
  readonly indicators?: readonly { type: string; value: string }[];
  readonly jurisdictions?: readonly string[];
}

/** A CISA publisher, publishing through the GraphQL API as a partner system would. */
export class Publisher {
  private constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  static async signIn(url: string, email = 'publisher@cisa.demo'): Promise<Publisher> {
    return new Publisher(url, await signIn(url, email, DEMO_PASSWORD));
  }

  private async data<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await graphql(this.url, query, variables, { authorization: `Bearer ${this.token}` });
    if (result.errors?.length || !result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** The state election office of a state, e.g. GA → Georgia Secretary of State. */
  async stateOffice(state: string): Promise<string> {
    const found = await this.data<{ organizations: { edges: { node: { id: string } }[] } }>(
      'query ($state: String!) { organizations(filter: { jurisdiction: $state, kind: STATE }) { edges { node { id } } } }',
      { state },
    );
    const id = found.organizations.edges[0]?.node.id;
    if (!id) throw new Error(`no state office for ${state}`);
    return id;
  }

  async publish(draft: BulletinDraft): Promise<PublishedBulletin> {
    const recipients = await Promise.all((draft.toStates ?? []).map((state) => this.stateOffice(state)));
    const created = await this.data<{ createBulletin: { id: string } }>(
      'mutation ($input: CreateBulletinInput!) { createBulletin(input: $input) { id } }',
      {
        input: {
          title: draft.title,
          summary: draft.summary ?? `${draft.title}: what we know and what to do.`,
          body: `## What happened\n\n${draft.title}.\n\n## What to do\n\n- Check your logs\n- Tell your state office`,
          tier: draft.tier,
          category: 'CYBER_THREAT',
          severity: 'HIGH',
          jurisdictions: draft.jurisdictions ?? [],
          indicators: draft.indicators ?? [],
          ...(recipients.length ? { recipientOrganizationIds: recipients } : {}),
        },
      },
    );
    const id = created.createBulletin.id;
    await this.data('mutation ($id: ID!) { publishBulletin(input: { id: $id }) { id } }', { id });
    return { id, title: draft.title };
  }
}

/** A title no other test or demo bulletin has. */
export function uniqueTitle(words: string): string {
  return `${words} ${Math.random().toString(36).slice(2, 8)}`;
}

type Locator = ReturnType<Page['locator']>;

/** Waits for the locator to be visible (Playwright's own auto-waiting), failing after `timeout`. */
export async function visible(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/** Retries `read` until its value passes `check`, as Playwright's web-first assertions do. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => void,
  timeout = 15_000,
): Promise<void> {
  await expect
    .poll(
      async () => {
        const value = await read();
        try {
          check(value);
          return true;
        } catch {
          return value;
        }
      },
      { timeout, interval: 200 },
    )
    .toBe(true);
}
