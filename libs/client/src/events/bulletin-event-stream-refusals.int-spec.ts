import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  accountToken,
  attemptRefresh,
  CISA_ANALYST,
  CISA_PUBLISHER,
  createApiKey,
  forgetToken,
  publishBulletin,
  signIn,
  startTestApp,
  type TestApp,
  uniqueBulletinTag,
  until,
} from '@bulwark/testing';
import { BulwarkError } from '../errors';
import { type EventStreamDeps, openBulletinEventStream } from './bulletin-event-stream';
import { type CuttableTcpProxy, startCuttableTcpProxy } from './testing/cuttable-tcp-proxy';
import { StreamConsumer } from './testing/stream-consumer';

function wsUrlOf(t: TestApp): string {
  return `${t.url.replace(/^http/, 'ws')}/graphql`;
}

function deps(wsUrl: string, params: () => Record<string, unknown>, overrides: Partial<EventStreamDeps> = {}) {
  return {
    wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: () => Promise.resolve(params()),
    ...overrides,
  } satisfies EventStreamDeps;
}

async function latestSequence(t: TestApp): Promise<number> {
  return (await t.gql.data<{ latestEventSequence: number }>('{ latestEventSequence }')).latestEventSequence;
}

describe('openBulletinEventStream: ending with a typed error', () => {
  let t: TestApp;
  let proxy: CuttableTcpProxy;
  beforeAll(async () => {
    t = await startTestApp();
    proxy = await startCuttableTcpProxy(t.url);
  });
  afterAll(async () => {
    await proxy.close();
    await t.close();
  });

  it('an API key revoked mid-stream: UNAUTHENTICATED at once (close 4403), with no reconnection', async () => {
    const admin = await accountToken(t, 'admin@ga.demo');
    const key = await createApiKey(t, admin);
    const tag = uniqueBulletinTag();
    const acceptedBefore = proxy.accepted;
    const stream = openBulletinEventStream(
      deps(proxy.wsUrl, () => ({ apiKey: key.secret })),
      { since: await latestSequence(t), filter: { tags: [tag] }, retryBaseMs: 10 },
    );
    const consumer = new StreamConsumer(stream);
    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'seen' });
    await until(() => consumer.events.length === 1);

    const revokedAt = Date.now();
    await t.gql.data(
      'mutation ($input: ApiKeyIdInput!) { revokeApiKey(input: $input) { active } }',
      { input: { id: key.id } },
      { token: admin },
    );
    // The server closes the key's sockets as the revocation commits, with no event needed.
    await until(() => consumer.finished, 5_000);
    expect(Date.now() - revokedAt).toBeLessThan(4_000); // no event was published: only the closing can end it
    expect(consumer.error).toBeInstanceOf(BulwarkError);
    const error = consumer.error as BulwarkError;
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.extensions).toMatchObject({
      closeCode: 4403,
      closeReason: 'API key revoked or its organization deactivated',
    });
    expect(consumer.titles()).toEqual(['PUBLISHED:seen']);
    expect(proxy.accepted - acceptedBefore).toBe(1);

    // The same key on a new stream is refused at the handshake (close 4403): the same typed error, at once.
    const again = new StreamConsumer(
      openBulletinEventStream(
        deps(proxy.wsUrl, () => ({ apiKey: key.secret })),
        { since: 0, retryBaseMs: 10 },
      ),
    );
    await until(() => again.finished);
    expect(again.error).toMatchObject({ code: 'UNAUTHENTICATED', extensions: { closeCode: 4403 } });
    expect(proxy.accepted - acceptedBefore).toBe(2);
  });

  it('a since ahead of the log, or a feed that is not yours: BAD_USER_INPUT and NOT_FOUND, with the requestId', async () => {
    const token = await accountToken(t, 'clerk@fulton.ga.demo');
    const bearer = () => ({ authorization: `Bearer ${token}` });
    const ahead = new StreamConsumer(
      openBulletinEventStream(deps(wsUrlOf(t), bearer), { since: (await latestSequence(t)) + 1_000 }),
    );
    const feed = new StreamConsumer(
      openBulletinEventStream(deps(wsUrlOf(t), bearer), { feedId: '5f0c2a5e-0000-4000-8000-000000000000' }),
    );
    await Promise.all([ahead.done, feed.done]);
    expect(ahead.error).toBeInstanceOf(BulwarkError);
    expect(ahead.error).toMatchObject({ code: 'BAD_USER_INPUT', requestId: expect.any(String) });
    expect((ahead.error as BulwarkError).extensions['reason']).toBeUndefined();
    expect(feed.error).toMatchObject({ code: 'NOT_FOUND', requestId: expect.any(String) });
  });

  // Last in this file: it forgets the log's oldest events.
  it('a since older than the retention: BAD_USER_INPUT with reason SINCE_EXPIRED and oldestSequence', async () => {
    await publishBulletin(t, { tier: 'CLEAR', title: 'old news' });
    const forgotten = await latestSequence(t);
    await publishBulletin(t, { tier: 'CLEAR', title: 'still kept' });
    // What the hourly retention task does to events older than EVENT_RETENTION_DAYS.
    await t.dataSource.query('DELETE FROM bulletin_events WHERE sequence <= $1', [forgotten]);
    const late = new StreamConsumer(
      openBulletinEventStream(
        deps(wsUrlOf(t), () => ({})),
        { since: 0 },
      ),
    );
    await late.done;
    expect(late.error).toBeInstanceOf(BulwarkError);
    expect(late.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { reason: 'SINCE_EXPIRED', oldestSequence: forgotten + 1 },
    });
  });
});

describe('openBulletinEventStream: an access token expiring mid-stream (close 4401)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ACCESS_TOKEN_TTL_SECONDS: '60', EVENT_POLL_MS: '100' });
  });
  afterAll(() => t.close());

  it('calls onAuthExpired, reconnects with the refreshed token and goes on where it stopped', async () => {
    let tokens = await signIn(t, 'clerk@fulton.ga.demo');
    let refreshes = 0;
    let connections = 0;
    const refresh = async () => {
      refreshes += 1;
      const answer = await attemptRefresh(t, tokens.refreshToken);
      if (!answer.data?.refreshSession) throw new Error(JSON.stringify(answer.errors));
      tokens = answer.data.refreshSession;
    };
    const tag = uniqueBulletinTag();
    const consumer = new StreamConsumer(
      openBulletinEventStream(
        deps(
          wsUrlOf(t),
          () => {
            connections += 1;
            return { authorization: `Bearer ${tokens.accessToken}` };
          },
          { onAuthExpired: refresh },
        ),
        { since: await latestSequence(t), filter: { tags: [tag] }, retryBaseMs: 10 },
      ),
    );
    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'before expiry' });
    await until(() => consumer.events.length === 1);

    const realNow = Date.now;
    Date.now = () => realNow() + 120_000; // every token issued so far is now past its exp, for the server too
    try {
      await until(() => refreshes === 1); // the server closed the socket with 4401 at its next wake
      forgetToken(t, CISA_ANALYST);
      forgetToken(t, CISA_PUBLISHER);
      await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'after refresh' });
      await until(() => consumer.events.length === 2);
    } finally {
      Date.now = realNow;
    }
    expect(consumer.titles()).toEqual(['PUBLISHED:before expiry', 'PUBLISHED:after refresh']);
    expect(consumer.error).toBeUndefined();
    expect(refreshes).toBe(1);
    expect(connections).toBe(2); // one socket with each token
    await consumer.stream.close();
    await consumer.done;
  });
});
