import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Route } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEMO_PASSWORD, describeInBrowser, usePortal } from './support/portal';
import { Publisher } from './support/publisher';
import { eventually } from './support/waits';

/** The built package (npx nx run client:build), and graphql-ws's browser build, which it imports. */
const FILES: Readonly<Record<string, string>> = {
  '/__client/esm/': resolve('dist/libs/client/esm'),
  '/__client/graphql-ws/': resolve('node_modules/graphql-ws/dist'),
};
const SECRET = 'whsec-browser-test';

/**
 * Serves the package's files under /__client/ on the server's own origin (no CORS involved), its one bare import
 * (`graphql-ws/client`) pointed at graphql-ws's browser build, as a bundler or an import map would.
 */
async function serveLibrary(route: Route): Promise<void> {
  const path = new URL(route.request().url()).pathname;
  for (const [prefix, directory] of Object.entries(FILES)) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(directory, path.slice(prefix.length)));
    if (!file.startsWith(directory) || !existsSync(file)) break;
    if (extname(file) !== '.js') return route.fulfill({ contentType: 'application/json', body: readFileSync(file) });
    const source = readFileSync(file, 'utf8').replaceAll('"graphql-ws/client"', '"/__client/graphql-ws/client.js"');
    return route.fulfill({ contentType: 'text/javascript', body: source });
  }
  return route.fulfill({ status: 404, body: 'not found' });
}

/** What the script in the page reports. */
interface InPage {
  signedInAs: string;
  total: number;
  paged: number;
  distinct: number;
  events: string[];
  webhook: { ok: boolean; reason?: string };
  tampered: { ok: boolean; reason?: string };
  unauthenticated: string;
}

describeInBrowser('@bulwark/client in Chromium, as a browser app would load it', () => {
  const portal = usePortal();

  it('signs in, pages, follows live events over the browser’s WebSocket and verifies a webhook with Web Crypto', async () => {
    if (!existsSync(join(FILES['/__client/esm/'], 'index.js'))) throw new Error('build first: npx nx run client:build');
    const page = await portal.page();
    await page.route(`${portal.url}/__client/**`, serveLibrary);
    // A document the server itself serves: Chromium lets a page on the loopback address open a socket to it.
    await page.goto(`${portal.url}/health/ready`);

    // A webhook delivery signed as the server signs one: HMAC-SHA256 over "timestamp.body", hex, as v1=.
    const body = JSON.stringify({ type: 'PUBLISHED', sequence: 7 });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex');
    const publisher = await Publisher.signIn(portal.url);
    const titles = ['Browser client one', 'Browser client two'];

    await page.evaluate(
      `window.started = (async () => {
        const { BulwarkClient, BulwarkError, verifyWebhook } = await import('/__client/esm/index.js');
        const client = new BulwarkClient({ url: location.origin });
        const viewer = await client.signIn({ email: 'clerk@fulton.ga.demo', password: ${JSON.stringify(DEMO_PASSWORD)} });
        const ids = [];
        const { totalCount: total } = await client.countBulletins();
        for await (const bulletin of client.bulletins({ pageSize: 2 })) ids.push(bulletin.id);
        const stream = client.events({ since: await client.latestEventSequence() });
        window.streamOpen = true;
        const events = [];
        for await (const event of stream) {
          events.push(event.type + ':' + event.bulletin.title);
          if (events.length === 2) break;
        }
        const headers = { 'bulwark-timestamp': ${JSON.stringify(timestamp)}, 'bulwark-signature': 'v1=${signature}' };
        const webhook = await verifyWebhook(${JSON.stringify(body)}, headers, ${JSON.stringify(SECRET)});
        const tampered = await verifyWebhook(${JSON.stringify(body.replace('7', '8'))}, headers, ${JSON.stringify(SECRET)});
        let unauthenticated = 'none';
        try {
          await new BulwarkClient({ url: location.origin, apiKey: 'bwk_not_a_key' }).countBulletins();
        } catch (error) {
          unauthenticated = error instanceof BulwarkError ? error.code : String(error);
        }
        await client.close();
        return {
          signedInAs: viewer.user.email,
          total,
          paged: ids.length,
          distinct: new Set(ids).size,
          events,
          webhook: { ok: webhook.ok, reason: webhook.reason },
          tampered: { ok: tampered.ok, reason: tampered.reason },
          unauthenticated,
        };
      })(); undefined`,
    );
    await eventually(
      () => page.evaluate('window.streamOpen === true'),
      (open) => open === true,
      15_000,
      'the event stream open in the page',
    );
    for (const title of titles) await publisher.publish({ title, tier: 'GREEN', jurisdictions: ['GA'] });
    const result = await page.evaluate<InPage>('window.started');

    expect(result.signedInAs).toBe('clerk@fulton.ga.demo');
    // Every bulletin the clerk may read (the demo's), each once, across pages of 2.
    expect(result.total).toBeGreaterThan(2);
    expect(result.paged).toBe(result.total);
    expect(result.distinct).toBe(result.total);
    expect(result.events).toEqual(titles.map((title) => `PUBLISHED:${title}`));
    expect(result.webhook).toEqual({ ok: true });
    expect(result.tampered).toEqual({ ok: false, reason: 'SIGNATURE_MISMATCH' });
    expect(result.unauthenticated).toBe('UNAUTHENTICATED');
  });
});
