import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  createSignedInUser,
  DEMO,
  demoOrganizationId,
  publishBulletin,
  startTestApp,
  type TestApp,
  tokenOf,
  uniqueBulletinTag,
  until,
} from '@bulwark/testing';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookWorker } from './webhook-worker';

/** Fast retries, so a run of failures takes milliseconds. */
const FAST = {
  WEBHOOK_POLL_MS: '50',
  WEBHOOK_RETRY_BASE_MS: '50',
  WEBHOOK_RETRY_CAP_MS: '200',
  WEBHOOK_MAX_ATTEMPTS: '3',
  WEBHOOK_DISABLE_AFTER_FAILURES: '4',
  WEBHOOK_TIMEOUT_MS: '3000',
};

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

interface Payload {
  id: string;
  sequence: number;
  type: string;
  occurredAt: string;
  bulletin: Record<string, unknown> & { title: string; tier: string; body: string | null };
}

/** A partner's receiver on 127.0.0.1: records every request and answers as `answer` says. */
class Receiver {
  readonly requests: Received[] = [];
  answer: (n: number, response: ServerResponse) => number | Promise<number> = () => 200;
  private server!: Server;
  port = 0;

  static async start(): Promise<Receiver> {
    const receiver = new Receiver();
    receiver.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const record: Received = { headers: request.headers, body, status: 0 };
        receiver.requests.push(record);
        void Promise.resolve(receiver.answer(receiver.requests.length, response)).then((status) => {
          record.status = status;
          if (!response.headersSent) response.writeHead(status).end('ok');
        });
      });
    });
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    receiver.port = (receiver.server.address() as AddressInfo).port;
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  accepted(): Received[] {
    return this.requests.filter((request) => request.status >= 200 && request.status < 300);
  }

  payloads(): Payload[] {
    return this.accepted().map((request) => JSON.parse(request.body) as Payload);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** What a receiver does with Bulwark-Signature: any v1= value that matches HMAC-SHA256(secret, timestamp.body). */
function verified(secret: string, request: Received): boolean {
  const timestamp = String(request.headers['bulwark-timestamp']);
  const expected = createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest();
  return String(request.headers['bulwark-signature'])
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1='))
    .some((part) => {
      const given = Buffer.from(part.slice(3), 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }`;
const WEBHOOK = `query($id: ID!) { webhook(id: $id) { enabled disabledReason consecutiveFailures } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(webhookId: $id, first: 50) { totalCount edges { node {
  eventId sequence status attempts lastStatusCode lastError lastLatencyMs lastAttemptAt nextAttemptAt deliveredAt } } } }`;

const AUDIT = `query($targetId: ID) { auditEvents(first: 50, filter: { targetId: $targetId }) { edges { node {
  action actorKind actorUserId actorApiKeyId actorOrganizationId outcome targetType requestId clientAddress details } } } }`;

interface AuditRecord {
  action: string;
  actorKind: string;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  actorOrganizationId: string | null;
  outcome: string;
  targetType: string;
  requestId: string | null;
  clientAddress: string | null;
  details: string;
}

interface Delivery {
  eventId: string;
  sequence: number;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastLatencyMs: number | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
}

async function createWebhook(
  t: TestApp,
  token: string,
  url: string,
  tag: string,
  clearance = 'GREEN',
): Promise<{ id: string; secret: string }> {
  const { createWebhook: created } = await t.gql.data<{ createWebhook: { secret: string; webhook: { id: string } } }>(
    CREATE,
    { input: { name: `hook ${tag}`, url, clearance, filter: { tags: [tag] } } },
    { token },
  );
  return { id: created.webhook.id, secret: created.secret };
}

async function deliveries(t: TestApp, token: string, webhookId: string): Promise<Delivery[]> {
  const { webhookDeliveries } = await t.gql.data<{ webhookDeliveries: { edges: { node: Delivery }[] } }>(
    DELIVERIES,
    { id: webhookId },
    { token },
  );
  return webhookDeliveries.edges.map((edge) => edge.node).reverse(); // oldest first
}

async function webhookState(t: TestApp, token: string, id: string) {
  return (
    await t.gql.data<{ webhook: { enabled: boolean; disabledReason: string | null; consecutiveFailures: number } }>(
      WEBHOOK,
      { id },
      { token },
    )
  ).webhook;
}

describe('webhook delivery over real HTTP', () => {
  let t: TestApp;
  let gaAdmin: string;
  const receivers: Receiver[] = [];
  const receiver = async () => {
    const started = await Receiver.start();
    receivers.push(started);
    return started;
  };

  beforeAll(async () => {
    t = await startTestApp(FAST);
    gaAdmin = await accountToken(t, DEMO.gaAdmin);
  });
  afterAll(async () => {
    await t.close();
    await Promise.all(receivers.map((r) => r.close()));
  });

  it('forgets finished deliveries past the retention, and keeps the ones still to be sent', async () => {
    const hook = await receiver();
    const tag = uniqueBulletinTag('wh');
    const webhook = await createWebhook(t, gaAdmin, hook.url, tag);
    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'Old news' });
    await until(async () => (await deliveries(t, gaAdmin, webhook.id))[0]?.status === 'DELIVERED', 15_000);
    // A delivery still to be sent (one more event, queued by hand with a retry an hour away).
    await publishBulletin(t, { tier: 'GREEN', title: 'Another feed' });
    await t.dataSource.query(
      `INSERT INTO webhook_deliveries (webhook_id, event_sequence, next_attempt_at)
       VALUES ($1, (SELECT max(sequence) FROM bulletin_events), now() + interval '1 hour')`,
      [webhook.id],
    );
    await t.dataSource.query(
      `UPDATE webhook_deliveries SET created_at = now() - interval '400 days' WHERE webhook_id = $1`,
      [webhook.id],
    );
    expect(await t.app.get(WebhookWorker).pruneDeliveries()).toBeGreaterThanOrEqual(1);
    expect((await deliveries(t, gaAdmin, webhook.id)).map((d) => d.status)).toEqual(['PENDING']);
  });

  it('a receiver that fails twice then succeeds gets the event accepted once, after 3 recorded attempts, signed', async () => {
    const hook = await receiver();
    hook.answer = (n) => (n <= 2 ? 500 : 200);
    const tag = uniqueBulletinTag('wh');
    const webhook = await createWebhook(t, gaAdmin, hook.url, tag);
    const bulletin = await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'Signed and retried' });

    await until(async () => (await deliveries(t, gaAdmin, webhook.id))[0]?.status === 'DELIVERED', 15_000);
    await pause(300); // nothing more is sent once it is accepted
    expect(hook.requests.map((request) => request.status)).toEqual([500, 500, 200]);

    const [delivery] = await deliveries(t, gaAdmin, webhook.id);
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 200, lastError: null });
    expect(delivery.lastLatencyMs).toBeGreaterThanOrEqual(0);
    expect(delivery.deliveredAt).not.toBeNull();
    expect(delivery.eventId).toBe(`${webhook.id}:${delivery.sequence}`);

    for (const request of hook.requests) {
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['bulwark-event-id']).toBe(delivery.eventId);
      expect(Math.abs(Number(request.headers['bulwark-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
      expect(verified(webhook.secret, request)).toBe(true);
      expect(verified(`${webhook.secret}x`, request)).toBe(false);
      expect(verified(webhook.secret, { ...request, body: request.body.replace('Signed', 'Forged') })).toBe(false);
    }
    const [payload] = hook.payloads();
    expect(payload).toMatchObject({
      id: delivery.eventId,
      sequence: delivery.sequence,
      type: 'PUBLISHED',
      bulletin: {
        id: bulletin.id,
        reference: bulletin.reference,
        tier: 'GREEN',
        title: 'Signed and retried',
        body: expect.stringContaining('Body of') as unknown,
        tags: [tag],
        category: 'CYBER_THREAT',
        severity: 'MEDIUM',
        retractionReason: null,
      },
    });
    expect(Object.keys(payload.bulletin)).toEqual(
      expect.arrayContaining(['summary', 'jurisdictions', 'references', 'publishedAt']),
    );
    expect((await webhookState(t, gaAdmin, webhook.id)).consecutiveFailures).toBe(0);
  });

  it("R17: an AMBER bulletin for Georgia reaches a Georgia webhook, not a Pennsylvania one's", async () => {
    const pennsylvanian = await createSignedInUser(t, await tokenOf(t, DEMO.platformAdmin), {
      organizationId: await demoOrganizationId(t, 'PA-SOS'),
      roles: ['ORG_ADMIN'],
      clearance: 'GREEN',
    });
    // The platform administrator may grant GREEN only; Pennsylvania's own administrators would grant AMBER.
    await t.dataSource.query("UPDATE users SET clearance = 'AMBER' WHERE id = $1", [pennsylvanian.id]);
    const paAdmin = pennsylvanian.accessToken;
    const [ga, pa] = [await receiver(), await receiver()];
    const tag = uniqueBulletinTag('wh');
    await createWebhook(t, gaAdmin, ga.url, tag, 'AMBER');
    await createWebhook(t, paAdmin, pa.url, tag, 'AMBER');

    await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'], tags: [tag], title: 'Georgia only' });
    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'Everyone' });
    await until(() => ga.accepted().length === 2 && pa.accepted().length === 1, 15_000);
    await pause(300);
    expect(ga.payloads().map((p) => p.bulletin.title)).toEqual(['Georgia only', 'Everyone']);
    expect(ga.payloads()[0].bulletin).toMatchObject({ tier: 'AMBER', body: expect.any(String) as unknown });
    expect(pa.payloads().map((p) => p.bulletin.title)).toEqual(['Everyone']);
    expect(pa.requests.map((r) => r.body).join()).not.toContain('Georgia only');
  });

  it('R17: after the organization is vetted below the tier, a pending delivery is not sent', async () => {
    const platformAdmin = await tokenOf(t, DEMO.platformAdmin);
    const georgia = await demoOrganizationId(t, 'GA-SOS');
    const vet = (vettedTier: string) =>
      t.gql.data(
        'mutation($input: VetOrganizationInput!) { vetOrganization(input: $input) { id } }',
        { input: { id: georgia, vettedTier } },
        { token: platformAdmin },
      );
    const hook = await receiver();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The first attempt is held open while the vetting changes, then fails; the retry finds the new vetting.
    hook.answer = async (n) => {
      if (n === 1) await gate;
      return n === 1 ? 500 : 200;
    };
    const tag = uniqueBulletinTag('wh');
    const webhook = await createWebhook(t, gaAdmin, hook.url, tag, 'AMBER');
    try {
      await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'], tags: [tag], title: 'Amber' });
      await until(() => hook.requests.length === 1, 15_000);
      await vet('GREEN');
      release();
      await until(async () => (await deliveries(t, gaAdmin, webhook.id))[0]?.status === 'SKIPPED', 15_000);
      await pause(300);
    } finally {
      release();
      await vet('AMBER_STRICT');
    }
    const [delivery] = await deliveries(t, gaAdmin, webhook.id);
    expect(delivery).toMatchObject({ status: 'SKIPPED', attempts: 1, lastStatusCode: 500 });
    expect(delivery.lastError).toMatch(/may no longer read this event/);
    expect(delivery.lastError).not.toMatch(/Amber|AMBER/);
    expect(hook.requests).toHaveLength(1);
    expect(hook.accepted()).toHaveLength(0);
  });

  it('does not follow a redirect: the attempt fails with the 3xx, the other host gets nothing', async () => {
    const [redirecting, elsewhere] = [await receiver(), await receiver()];
    redirecting.answer = (_n, response) => {
      response.writeHead(302, { Location: elsewhere.url }).end();
      return 302;
    };
    const tag = uniqueBulletinTag('wh');
    const webhook = await createWebhook(t, gaAdmin, redirecting.url, tag);
    await publishBulletin(t, { tier: 'GREEN', tags: [tag] });
    await until(async () => (await deliveries(t, gaAdmin, webhook.id))[0]?.lastStatusCode === 302, 15_000);
    const [delivery] = await deliveries(t, gaAdmin, webhook.id);
    expect(delivery.lastError).toBe('redirect (HTTP 302) not followed');
    expect(['FAILED', 'DEAD', 'SKIPPED']).toContain(delivery.status);
    await t.gql.data(
      'mutation($id: ID!) { disableWebhook(input: { id: $id }) { id } }',
      { id: webhook.id },
      {
        token: gaAdmin,
      },
    );
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('gives up after WEBHOOK_MAX_ATTEMPTS (DEAD); disables the webhook after the failure run, reason visible; enabling starts afresh', async () => {
    const hook = await receiver();
    hook.answer = () => 500;
    const tag = uniqueBulletinTag('wh');
    const webhook = await createWebhook(t, gaAdmin, hook.url, tag);

    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'first' });
    await until(async () => (await deliveries(t, gaAdmin, webhook.id))[0]?.status === 'DEAD', 15_000);
    expect((await deliveries(t, gaAdmin, webhook.id))[0]).toMatchObject({ attempts: 3, lastError: 'HTTP 500' });
    expect(await webhookState(t, gaAdmin, webhook.id)).toMatchObject({ enabled: true, consecutiveFailures: 3 });

    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'second' });
    await until(async () => !(await webhookState(t, gaAdmin, webhook.id)).enabled, 15_000);
    const disabled = await webhookState(t, gaAdmin, webhook.id);
    expect(disabled.disabledReason).toBe('Disabled after 4 consecutive failed delivery attempts (last: HTTP 500).');
    expect(disabled.consecutiveFailures).toBe(4);
    const [, second] = await deliveries(t, gaAdmin, webhook.id);
    expect(second).toMatchObject({ status: 'SKIPPED', attempts: 1 });
    expect(second.lastError).toMatch(/Disabled after 4 consecutive/);
    expect(hook.requests).toHaveLength(4);

    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'while disabled' });
    await pause(300);
    expect(hook.requests).toHaveLength(4);
    expect(await deliveries(t, gaAdmin, webhook.id)).toHaveLength(2);

    hook.answer = () => 200;
    await t.gql.data(
      'mutation($id: ID!) { enableWebhook(input: { id: $id }) { id } }',
      { id: webhook.id },
      {
        token: gaAdmin,
      },
    );
    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'after enabling' });
    await until(() => hook.accepted().length === 1, 15_000);
    expect(hook.payloads().map((p) => p.bulletin.title)).toEqual(['after enabling']);
    await until(async () => (await webhookState(t, gaAdmin, webhook.id)).consecutiveFailures === 0, 15_000);
  });

  it('an automatic disable is on the audit trail: by Bulwark itself, in its organization’s trail, with the reason and the host only', async () => {
    const hook = await receiver();
    hook.answer = () => 503;
    const tag = uniqueBulletinTag('wh');
    const webhook = await createWebhook(t, gaAdmin, `${hook.url}/ga-intake?token=receiver-secret`, tag);
    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'first' });
    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'second' });
    await until(async () => !(await webhookState(t, gaAdmin, webhook.id)).enabled, 15_000);

    // Read as Georgia's administrator reads their trail, through the API, the moment the webhook is disabled: the
    // record was written with the disable, in its transaction.
    const { auditEvents } = await t.gql.data<{ auditEvents: { edges: { node: AuditRecord }[] } }>(
      AUDIT,
      { targetId: webhook.id },
      { token: gaAdmin },
    );
    const records = auditEvents.edges.map((edge) => edge.node).reverse(); // oldest first
    expect(records.map((record) => record.action)).toEqual(['WEBHOOK_CREATED', 'WEBHOOK_DISABLED']);
    const disabled = records[1];
    expect(disabled).toMatchObject({
      actorKind: 'SYSTEM',
      actorUserId: null,
      actorApiKeyId: null,
      actorOrganizationId: await demoOrganizationId(t, 'GA-SOS'),
      outcome: 'ALLOWED',
      targetType: 'WEBHOOK',
      requestId: null,
      clientAddress: null,
    });
    expect(JSON.parse(disabled?.details ?? '{}')).toEqual({
      name: `hook ${tag}`,
      host: `127.0.0.1:${hook.port}`,
      clearance: 'GREEN',
      reason: 'Disabled after 4 consecutive failed delivery attempts (last: HTTP 503).',
    });
    expect(disabled?.details).not.toContain('ga-intake');
    expect(disabled?.details).not.toContain('receiver-secret');
    expect(disabled?.details).not.toContain(webhook.secret);
  });

  it('several workers at once (as several instances would run) enqueue and deliver each event once', async () => {
    const hook = await receiver();
    const tag = uniqueBulletinTag('wh');
    const webhook = await createWebhook(t, gaAdmin, hook.url, tag);
    const dispatcher = t.app.get(WebhookDispatcher);
    let publishing = true;
    const rivals = (async () => {
      while (publishing) {
        await Promise.all([
          dispatcher.enqueueAll(),
          dispatcher.enqueueAll(),
          dispatcher.deliverDue(randomUUID(), () => false),
          dispatcher.deliverDue(randomUUID(), () => false),
        ]);
        await pause(20); // PGlite has one connection: leave the publishing requests a turn
      }
    })();
    for (let i = 0; i < 5; i++) await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: `burst ${i}` });
    await until(() => hook.accepted().length >= 5, 15_000);
    publishing = false;
    await rivals;
    await pause(300);
    const ids = hook.requests.map((request) => String(request.headers['bulwark-event-id']));
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(hook.payloads().map((p) => p.bulletin.title)).toEqual([0, 1, 2, 3, 4].map((i) => `burst ${i}`));
    const logged = await deliveries(t, gaAdmin, webhook.id);
    expect(logged.map((d) => [d.status, d.attempts])).toEqual(Array(5).fill(['DELIVERED', 1]));
  });
});

describe('webhook delivery across a restart', () => {
  it('a restart between attempts loses nothing: the next process resumes the pending delivery', async () => {
    const hook = await Receiver.start();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    hook.answer = async (n) => {
      if (n === 1) await gate;
      return n <= 2 ? 500 : 200;
    };
    const first = await startTestApp(FAST, { keepDatabase: true });
    let second: TestApp | null = null;
    try {
      const gaAdmin = await accountToken(first, DEMO.gaAdmin);
      const tag = uniqueBulletinTag('wh');
      const webhook = await createWebhook(first, gaAdmin, hook.url, tag);
      await publishBulletin(first, { tier: 'GREEN', tags: [tag], title: 'survives a restart' });
      await until(() => hook.requests.length === 1, 15_000);

      // Stop the first process while its first attempt is in flight; it fails as the process stops.
      const closing = first.close();
      await pause(200);
      release();
      await closing;
      await pause(200);
      expect(hook.requests).toHaveLength(1); // the stopped process tried once, and no more

      second = await startTestApp(FAST, { database: first.database });
      const token = await accountToken(second, DEMO.gaAdmin);
      await until(async () => (await deliveries(second!, token, webhook.id))[0]?.status === 'DELIVERED', 15_000);
      await pause(300);
      const [delivery] = await deliveries(second, token, webhook.id);
      expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 3 });
      expect(hook.requests.map((request) => request.status)).toEqual([500, 500, 200]);
      expect(hook.accepted()).toHaveLength(1);
      expect(new Set(hook.requests.map((request) => request.headers['bulwark-event-id']))).toEqual(
        new Set([delivery.eventId]),
      );
      expect(hook.requests.every((request) => verified(webhook.secret, request))).toBe(true);
    } finally {
      release();
      await (second ?? first).close().catch(() => undefined);
      if (second) await first.database.close();
      await hook.close();
    }
  });
});
