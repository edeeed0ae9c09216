import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { onPostgres } from './support/postgres';
import { freePort, graphql, runServer, type ServerProcess, signIn } from './support/server-process';

const serverUrl = process.env['TEST_DATABASE_URL'];
const redisUrl = process.env['TEST_REDIS_URL'];

const admin = (sql: string) => onPostgres(serverUrl as string, sql);

// Runs in the PostgreSQL + Redis pass of the suite, where both servers are there to share.
describe.runIf(serverUrl && redisUrl)('two API processes on one PostgreSQL and one Redis', () => {
  const database = `bulwark_e2e_${randomBytes(4).toString('hex')}`;
  const running: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(running.map((server) => server.stop('SIGKILL')));
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('delivers an event published on one to a subscriber on the other, once', async () => {
    await admin(`CREATE DATABASE ${database}`);
    const url = new URL(serverUrl as string);
    url.pathname = `/${database}`;
    const env = {
      DATABASE_URL: url.toString(),
      REDIS_URL: redisUrl as string,
      JWT_SECRET: randomBytes(32).toString('hex'),
    };
    const [a, b] = [runServer(env, await freePort()), runServer(env, await freePort())];
    running.push(a, b);
    await Promise.all([a.waitUntilReady(), b.waitUntilReady()]);

    const vendorToken = await signIn(b.url, 'contact@vendor.demo', 'demo-password');
    const received: { sequence: number; title: string }[] = [];
    const client = createClient({
      url: `${b.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${vendorToken}` },
      retryAttempts: 0,
    });
    const tag = `multi-${randomBytes(3).toString('hex')}`;
    client.subscribe<{ bulletinEvents: { sequence: number; bulletin: { title: string; tags: string[] } } }>(
      { query: 'subscription { bulletinEvents { sequence bulletin { title tags } } }' },
      {
        next: ({ data }) => {
          if (data?.bulletinEvents.bulletin.tags.includes(tag)) {
            received.push({ sequence: data.bulletinEvents.sequence, title: data.bulletinEvents.bulletin.title });
          }
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));

    // The same access token works on both: one JWT_SECRET, one database.
    const analyst = await signIn(a.url, 'analyst@cisa.demo', 'demo-password');
    const publisher = await signIn(a.url, 'publisher@cisa.demo', 'demo-password');
    const created = await graphql(
      a.url,
      'mutation ($input: CreateBulletinInput!) { createBulletin(input: $input) { id } }',
      {
        input: {
          title: 'Published on instance A',
          summary: 's',
          body: 'b',
          category: 'GENERAL',
          severity: 'INFO',
          tier: 'GREEN',
          tags: [tag],
        },
      },
      { authorization: `Bearer ${analyst}` },
    );
    const id = created.data?.['createBulletin']?.id as string;
    const started = Date.now();
    await graphql(
      a.url,
      'mutation ($input: BulletinRefInput!) { publishBulletin(input: $input) { id } }',
      { input: { id } },
      {
        authorization: `Bearer ${publisher}`,
      },
    );
    while (received.length === 0 && Date.now() - started < 10_000)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await publishAnother(a.url, analyst, publisher, tag);
    while (received.length < 2 && Date.now() - started < 10_000)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await client.dispose();
    expect(received.map((event) => event.title)).toEqual(['Published on instance A', 'A second one']);
    expect(received[1]?.sequence).toBe((received[0]?.sequence ?? 0) + 1);
  });
});

async function publishAnother(url: string, analyst: string, publisher: string, tag: string): Promise<void> {
  const created = await graphql(
    url,
    'mutation ($input: CreateBulletinInput!) { createBulletin(input: $input) { id } }',
    {
      input: {
        title: 'A second one',
        summary: 's',
        body: 'b',
        category: 'GENERAL',
        severity: 'INFO',
        tier: 'GREEN',
        tags: [tag],
      },
    },
    { authorization: `Bearer ${analyst}` },
  );
  await graphql(
    url,
    'mutation ($input: BulletinRefInput!) { publishBulletin(input: $input) { id } }',
    {
      input: { id: created.data?.['createBulletin']?.id as string },
    },
    { authorization: `Bearer ${publisher}` },
  );
}
