import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  DEMO,
  publishBulletin,
  startTestApp,
  type TestApp,
  uniqueBulletinTag,
  until,
} from '@bulwark/testing';
import { verifyWebhook } from './webhook-signature';

interface Delivery {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A partner's receiver on 127.0.0.1 that keeps every request's raw bytes and headers. */
async function startReceiver(): Promise<{ server: Server; url: string; deliveries: Delivery[] }> {
  const deliveries: Delivery[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      deliveries.push({ headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, deliveries };
}

const CREATE = `mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }`;
const ROTATE = `mutation ($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }`;

describe('verifyWebhook on deliveries from Bulwark’s webhook sender', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let admin: string;
  let webhookId: string;
  let secret: string;
  let tag: string;
  let first: Delivery;
  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_HTTP_LOOPBACK: 'true', WEBHOOK_POLL_MS: '50' });
    receiver = await startReceiver();
    admin = await accountToken(t, DEMO.gaAdmin);
    tag = uniqueBulletinTag();
    const { createWebhook } = await t.gql.data<{ createWebhook: { secret: string; webhook: { id: string } } }>(
      CREATE,
      { input: { name: 'client test', url: receiver.url, clearance: 'GREEN', filter: { tags: [tag] } } },
      { token: admin },
    );
    webhookId = createWebhook.webhook.id;
    secret = createWebhook.secret;
    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'Signed délivery ✓' });
    await until(() => receiver.deliveries.length === 1, 15_000);
    const [delivery] = receiver.deliveries;
    if (!delivery) throw new Error('no delivery');
    first = delivery;
  });
  afterAll(async () => {
    await new Promise((resolve) => receiver.server.close(resolve));
    await t.close();
  });

  it('accepts a real delivery, as bytes or as text, and returns its event', async () => {
    const verified = await verifyWebhook(first.body, first.headers, secret);
    expect(verified).toMatchObject({
      ok: true,
      timestamp: Number(first.headers['bulwark-timestamp']),
      event: { type: 'PUBLISHED', bulletin: { title: 'Signed délivery ✓', tags: [tag] } },
    });
    expect(verified.ok && verified.event.id).toBe(`${webhookId}:${verified.ok ? verified.event.sequence : ''}`);
    const headers = new Headers();
    for (const [name, value] of Object.entries(first.headers)) if (typeof value === 'string') headers.set(name, value);
    expect((await verifyWebhook(first.body.toString('utf8'), headers, secret)).ok).toBe(true);
  });

  it('refuses the delivery with one byte changed, with a wrong secret, and once it is too old', async () => {
    const mismatch = { ok: false, reason: 'SIGNATURE_MISMATCH' };
    for (let index = 0; index < first.body.length; index += Math.ceil(first.body.length / 7)) {
      const changed = Buffer.from(first.body);
      changed[index] = (changed[index] ?? 0) ^ 0x01;
      expect(await verifyWebhook(changed, first.headers, secret)).toEqual(mismatch);
    }
    expect(await verifyWebhook(first.body, first.headers, `${secret}x`)).toEqual(mismatch);
    const timestamp = Number(first.headers['bulwark-timestamp']);
    const later = (seconds: number) => new Date((timestamp + seconds) * 1000);
    expect(await verifyWebhook(first.body, first.headers, secret, { now: later(301) })).toEqual({
      ok: false,
      reason: 'TIMESTAMP_OUT_OF_TOLERANCE',
    });
    expect((await verifyWebhook(first.body, first.headers, secret, { now: later(299) })).ok).toBe(true);
    const replayed = { ...first.headers, 'bulwark-timestamp': String(timestamp + 1) };
    expect(await verifyWebhook(first.body, replayed, secret)).toEqual(mismatch);
  });

  it('accepts either secret while the old one is kept after a rotation (two v1 values)', async () => {
    const { rotateWebhookSecret } = await t.gql.data<{ rotateWebhookSecret: { secret: string } }>(
      ROTATE,
      { input: { id: webhookId, keepOldSecretForSeconds: 3600 } },
      { token: admin },
    );
    await publishBulletin(t, { tier: 'GREEN', tags: [tag] });
    await until(() => receiver.deliveries.length === 2, 15_000);
    const [, second] = receiver.deliveries;
    if (!second) throw new Error('no second delivery');
    expect(String(second.headers['bulwark-signature']).match(/v1=/g)).toHaveLength(2);
    expect((await verifyWebhook(second.body, second.headers, secret)).ok).toBe(true);
    expect((await verifyWebhook(second.body, second.headers, rotateWebhookSecret.secret)).ok).toBe(true);
    expect((await verifyWebhook(first.body, first.headers, rotateWebhookSecret.secret)).ok).toBe(false);
  });
});
