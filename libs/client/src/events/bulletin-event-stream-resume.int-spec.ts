import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  accountToken,
  freeLoopbackPort,
  publishBulletin,
  startTestApp,
  type TestApp,
  uniqueBulletinTag,
  until,
} from '@bulwark/testing';
import { BulwarkError } from '../errors';
import { type EventStreamDeps, openBulletinEventStream } from './bulletin-event-stream';
import { type CuttableTcpProxy, startCuttableTcpProxy } from './testing/cuttable-tcp-proxy';
import { StreamConsumer } from './testing/stream-consumer';

const QUICK_RETRIES = { retryBaseMs: 20, retryCapMs: 200 };

describe('openBulletinEventStream: resuming by itself', () => {
  let t: TestApp;
  let proxy: CuttableTcpProxy;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    proxy = await startCuttableTcpProxy(t.url);
    token = await accountToken(t, 'clerk@fulton.ga.demo');
  });
  afterAll(async () => {
    await proxy.close();
    await t.close();
  });

  function deps(wsUrl = proxy.wsUrl, overrides: Partial<EventStreamDeps> = {}): EventStreamDeps {
    return {
      wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: () => Promise.resolve({ authorization: `Bearer ${token}` }),
      ...overrides,
    };
  }

  async function latestSequence(): Promise<number> {
    return (await t.gql.data<{ latestEventSequence: number }>('{ latestEventSequence }')).latestEventSequence;
  }

  it('survives the connection being cut twice mid-stream, yielding every event once, in order', async () => {
    const since = await latestSequence();
    const tag = uniqueBulletinTag();
    const stream = openBulletinEventStream(deps(), { since, filter: { tags: [tag] }, ...QUICK_RETRIES });
    // A slow consumer: events queue up behind it, so each cut finds some received but not yet yielded.
    const consumer = new StreamConsumer(stream, { slowMs: 150, stopWhen: (event) => event.bulletin.title === 'last' });

    const published: string[] = [];
    const publishing = (async () => {
      for (let i = 1; i <= 12; i++) published.push((await publishBulletin(t, { tier: 'GREEN', tags: [tag] })).id);
    })();
    await until(() => consumer.events.length >= 3, 20_000);
    const cutFirst = proxy.cut();
    const behindAtCuts = [published.length - consumer.events.length];
    await until(() => consumer.events.length >= 7, 20_000);
    const cutSecond = proxy.cut();
    behindAtCuts.push(published.length - consumer.events.length);
    await publishing;
    // After everything else, in order: any repeat would be yielded before it.
    published.push((await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'last' })).id);
    await consumer.done;

    expect([cutFirst, cutSecond]).toEqual([1, 1]);
    expect(Math.max(...behindAtCuts)).toBeGreaterThan(0); // a cut found events not yet yielded
    expect(proxy.accepted).toBeGreaterThanOrEqual(3);
    expect(consumer.error).toBeUndefined();
    expect(consumer.events.map((event) => event.bulletin.id)).toEqual(published);
    expect(consumer.events.every((event) => event.type === 'PUBLISHED')).toBe(true);
    const sequences = consumer.sequences;
    expect(sequences.every((sequence, i) => i === 0 || sequence > (sequences[i - 1] ?? Infinity))).toBe(true);
    expect(sequences[0]).toBeGreaterThan(since);
    expect(stream.lastSequence).toBe(sequences.at(-1));
    await until(() => proxy.open === 0); // break disposed the socket
  });

  it('with since, replays what was missed in order, then live ones; lastSequence resumes a new stream', async () => {
    const since = await latestSequence();
    const tag = uniqueBulletinTag();
    for (const title of ['missed 1', 'missed 2', 'missed 3'])
      await publishBulletin(t, { tier: 'GREEN', tags: [tag], title });

    const first = new StreamConsumer(
      openBulletinEventStream(deps(t.url.replace(/^http/, 'ws') + '/graphql'), { since, filter: { tags: [tag] } }),
    );
    await until(() => first.events.length === 3);
    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'live' });
    await until(() => first.events.length === 4);
    expect(first.titles()).toEqual([
      'PUBLISHED:missed 1',
      'PUBLISHED:missed 2',
      'PUBLISHED:missed 3',
      'PUBLISHED:live',
    ]);
    const persisted = first.stream.lastSequence;
    expect(persisted).toBe(first.sequences.at(-1));
    await first.stream.close();
    await first.done;
    expect(first.error).toBeUndefined();

    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'while away' });
    const resumed = new StreamConsumer(openBulletinEventStream(deps(), { since: persisted, filter: { tags: [tag] } }));
    await until(() => resumed.events.length === 1);
    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'back' });
    await until(() => resumed.events.length === 2);
    expect(resumed.titles()).toEqual(['PUBLISHED:while away', 'PUBLISHED:back']);
    await resumed.stream.close();
    await resumed.done;
  });

  it('without since, starts at the head of the log and still resumes from it after a cut before any event', async () => {
    const tag = uniqueBulletinTag();
    const before = await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'before' });
    const stream = openBulletinEventStream(deps(), { filter: { tags: [tag] }, ...QUICK_RETRIES });
    await until(() => stream.lastSequence !== undefined);
    expect(stream.lastSequence).toBe(await latestSequence());
    const consumer = new StreamConsumer(stream);
    await until(() => proxy.open === 1);
    proxy.cut();
    // Published while the stream is reconnecting: it resumes after the head it started from, so this arrives.
    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'during the cut' });
    await until(() => consumer.events.length === 1);
    expect(consumer.titles()).toEqual(['PUBLISHED:during the cut']);
    expect(before.title).toBe('before');
    await stream.close();
    await consumer.done;
  });

  it('notices a connection that died silently (no pong in time) and resumes', async () => {
    const since = await latestSequence();
    const tag = uniqueBulletinTag();
    const acceptedBefore = proxy.accepted;
    const stream = openBulletinEventStream(deps(), {
      since,
      filter: { tags: [tag] },
      heartbeat: { intervalMs: 200, timeoutMs: 300 },
      ...QUICK_RETRIES,
    });
    const consumer = new StreamConsumer(stream);
    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'before' });
    await until(() => consumer.events.length === 1);
    expect(proxy.freeze()).toBe(1);
    await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'after' });
    await until(() => consumer.events.length === 2);
    expect(consumer.titles()).toEqual(['PUBLISHED:before', 'PUBLISHED:after']);
    expect(proxy.accepted - acceptedBefore).toBe(2);
    await stream.close();
    await consumer.done;
    proxy.cut(); // the frozen connection
  });

  it('gives up with STREAM_LOST after maxAttempts failed connections when the server is unreachable', async () => {
    const port = await freeLoopbackPort();
    let credentialsAsked = 0;
    const startedAt = Date.now();
    const stream = openBulletinEventStream(
      deps(`ws://127.0.0.1:${port}/graphql`, {
        connectionParams: () => {
          credentialsAsked += 1;
          return Promise.resolve({});
        },
      }),
      { since: 0, maxAttempts: 3, retryBaseMs: 10, retryCapMs: 40 },
    );
    const consumer = new StreamConsumer(stream);
    await consumer.done;
    expect(consumer.error).toBeInstanceOf(BulwarkError);
    expect(consumer.error).toMatchObject({ code: 'STREAM_LOST', extensions: { attempts: 3, lastSequence: 0 } });
    expect(credentialsAsked).toBe(0);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(await stream.next()).toEqual({ done: true, value: undefined }); // it threw once, then it is over
  });

  it('ends quietly on close(), on its signal, and on break, closing its socket each time', async () => {
    const since = await latestSequence();
    const closed = new StreamConsumer(openBulletinEventStream(deps(), { since }));
    await until(() => proxy.open === 1);
    await closed.stream.close();
    await closed.done;
    await until(() => proxy.open === 0);

    const abort = new AbortController();
    const aborted = new StreamConsumer(openBulletinEventStream(deps(), { since, signal: abort.signal }));
    await until(() => proxy.open === 1);
    abort.abort();
    await aborted.done;
    await until(() => proxy.open === 0);

    const tag = uniqueBulletinTag();
    const broken = new StreamConsumer(openBulletinEventStream(deps(), { since, filter: { tags: [tag] } }), {
      stopWhen: () => true,
    });
    await publishBulletin(t, { tier: 'GREEN', tags: [tag] });
    await broken.done;
    await until(() => proxy.open === 0);

    for (const consumer of [closed, aborted, broken]) {
      expect(consumer.finished).toBe(true);
      expect(consumer.error).toBeUndefined();
    }
    expect(broken.events).toHaveLength(1);
  });
});
