import type { BulwarkClient } from '@bulwark/client';
import { startCuttableTcpProxy } from '@bulwark/client/testing';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from '../graphql-client';
import { BULLETIN_EVENTS } from './client-documents';
import { type Delivery, EventLog } from './client-event-log';

const CREATE = `mutation Create($input: CreateBulletinInput!) { createBulletin(input: $input) { id } }`;
const PUBLISH = `mutation Publish($input: BulletinRefInput!) { publishBulletin(input: $input) { id } }`;
/** How long one publication may take to arrive before it counts as lost. */
const ARRIVAL_TIMEOUT_MS = 15_000;
/** After the last publication: how long late duplicates are given to show up. */
const LATE_COPIES_MS = 300;

/** A publisher of a federal agency; CLEAR, so the clerk may read every one. */
export class Publisher {
  readonly published: string[] = [];

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly label: string,
  ) {}

  async draft(): Promise<string> {
    const n = this.published.length + 1;
    const input = {
      tier: 'CLEAR',
      title: `Client bench ${this.label} ${n}: phishing wave against county election offices`,
      summary: 'Credential phishing emails impersonating the state election portal.',
      body: 'Block the sender domains and reset exposed credentials.',
      category: 'CYBER_THREAT',
      severity: 'MEDIUM',
      tags: ['phishing'],
    };
    const { createBulletin } = await graphql<{ createBulletin: { id: string } }>(
      this.url,
      CREATE,
      { input },
      this.token,
    );
    return createBulletin.id;
  }

  async publish(id: string): Promise<void> {
    await graphql(this.url, PUBLISH, { input: { id } }, this.token);
    this.published.push(id);
  }
}

/** A consumer of a stream: the log it fills, and how it ended (an error ends it early). */
export interface Consumer {
  log: EventLog;
  errors: string[];
  close(): Promise<void>;
}

/** `client.events({ since })` read by a for-await loop, as an application would. */
export function consumeClientStream(client: BulwarkClient, since: number): Consumer {
  const log = new EventLog();
  const errors: string[] = [];
  const stream = client.events({ since });
  const done = (async () => {
    try {
      for await (const event of stream) log.record(event.bulletin.id, event.sequence);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  })();
  return {
    log,
    errors,
    async close() {
      await stream.close();
      await done;
    },
  };
}

/** The baseline: a graphql-ws client of its own, the same subscription, no resumption. */
export function consumeRawSubscription(apiUrl: string, token: string, since: number): Consumer {
  const log = new EventLog();
  const errors: string[] = [];
  const client = createClient({
    url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const unsubscribe = client.subscribe<{ bulletinEvents: { sequence: number; bulletin: { id: string } } }>(
    { query: BULLETIN_EVENTS, variables: { since } },
    {
      next: (result) => {
        const event = result.data?.bulletinEvents;
        if (event) log.record(event.bulletin.id, event.sequence);
        if (result.errors) errors.push(JSON.stringify(result.errors));
      },
      error: (error) => errors.push(error instanceof Error ? error.message : JSON.stringify(error)),
      complete: () => undefined,
    },
  );
  return {
    log,
    errors,
    async close() {
      unsubscribe();
      await client.dispose();
    },
  };
}

export interface LatencyMeasure {
  /** Milliseconds from just before `publishBulletin` to the event in the consumer's hands, per publication. */
  client: number[];
  raw: number[];
  clientDelivery: Delivery;
  rawDelivery: Delivery;
  errors: string[];
}

/**
 * `warmUp + count` publications one after another, each awaited in both consumers before the next; the warm-up's
 * are not timed (the first connections open during them) but are checked for loss and duplicates like the rest.
 */
export async function measureLatency(
  publisher: Publisher,
  clientStream: Consumer,
  raw: Consumer,
  warmUp: number,
  count: number,
): Promise<LatencyMeasure> {
  const measure: LatencyMeasure = {
    client: [],
    raw: [],
    clientDelivery: { lost: 0, duplicated: 0, outOfOrder: 0 },
    rawDelivery: { lost: 0, duplicated: 0, outOfOrder: 0 },
    errors: [],
  };
  for (let i = 0; i < warmUp + count; i++) {
    const id = await publisher.draft();
    const sentAt = performance.now();
    await publisher.publish(id);
    const arrived = (consumer: Consumer) =>
      consumer.log.until(() => consumer.log.arrivedAt(id) !== undefined, ARRIVAL_TIMEOUT_MS);
    await Promise.all([arrived(clientStream), arrived(raw)]);
    if (i < warmUp) continue;
    const clientAt = clientStream.log.arrivedAt(id);
    const rawAt = raw.log.arrivedAt(id);
    if (clientAt !== undefined) measure.client.push(clientAt - sentAt);
    if (rawAt !== undefined) measure.raw.push(rawAt - sentAt);
  }
  await new Promise((resolve) => setTimeout(resolve, LATE_COPIES_MS));
  measure.clientDelivery = clientStream.log.delivery(publisher.published);
  measure.rawDelivery = raw.log.delivery(publisher.published);
  measure.errors = [...clientStream.errors, ...raw.errors];
  return measure;
}

export interface ResumeMeasure {
  /** Milliseconds from each cut to the first event after it in the consumer's hands. */
  resumes: number[];
  /** Milliseconds from each cut to the proxy accepting the stream's next connection (the backoff, then connect). */
  reconnects: number[];
  published: number;
  publishedPerSecond: number;
  delivery: Delivery;
  proxyConnections: number;
  errors: string[];
}

/** Events the stream must hand over after a resume before the next cut: it is live again, and steadily. */
const EVENTS_BETWEEN_CUTS = 5;

/**
 * A client whose every connection goes through a proxy the bench cuts `cuts` times while one writer keeps
 * publishing. Each cut waits until the stream has handed over EVENTS_BETWEEN_CUTS events since the last resume,
 * then destroys the connections and times until the first event that came over a connection accepted after the
 * cut is yielded: bytes the proxy forwarded just before the cut can still be read from the old socket, and those
 * events were delivered before the cut, not resumed. At the end, every bulletin published in the phase must have
 * been yielded once.
 */
export async function measureResume(
  openClient: (url: string) => Promise<BulwarkClient>,
  apiUrl: string,
  publisher: Publisher,
  cuts: number,
): Promise<ResumeMeasure> {
  const proxy = await startCuttableTcpProxy(apiUrl);
  const client = await openClient(proxy.url);
  const consumer = consumeClientStream(client, await client.latestEventSequence());
  const { log } = consumer;
  const errors: string[] = [];
  let publishing = true;
  const started = performance.now();
  const writer = (async () => {
    while (publishing) {
      try {
        await publisher.publish(await publisher.draft());
      } catch (error) {
        errors.push(`publish: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  const resumes: number[] = [];
  const reconnects: number[] = [];
  try {
    for (let cut = 0; cut < cuts; cut++) {
      const seen = log.arrivals.length;
      if (!(await log.until(() => log.arrivals.length >= seen + EVENTS_BETWEEN_CUTS, ARRIVAL_TIMEOUT_MS))) {
        errors.push(`fewer than ${EVENTS_BETWEEN_CUTS} events within ${ARRIVAL_TIMEOUT_MS} ms before cut ${cut + 1}`);
        break;
      }
      const cutAt = performance.now();
      proxy.cut();
      const resumed = () => {
        const reconnectedAt = proxy.acceptedAt.find((at) => at > cutAt);
        return reconnectedAt === undefined ? undefined : log.firstArrivedAfter(reconnectedAt);
      };
      if (!(await log.until(() => resumed() !== undefined, ARRIVAL_TIMEOUT_MS))) {
        errors.push(`no event within ${ARRIVAL_TIMEOUT_MS} ms after cut ${cut + 1}`);
        break;
      }
      resumes.push((resumed() ?? cutAt) - cutAt);
      reconnects.push((proxy.acceptedAt.find((at) => at > cutAt) ?? cutAt) - cutAt);
    }
  } finally {
    publishing = false;
    await writer;
  }
  const seconds = (performance.now() - started) / 1000;
  const published = new Set(publisher.published);
  await log.until(() => [...published].every((id) => log.arrivedAt(id) !== undefined), ARRIVAL_TIMEOUT_MS);
  await new Promise((resolve) => setTimeout(resolve, LATE_COPIES_MS));
  const delivery = log.delivery(publisher.published);
  await consumer.close();
  await client.close();
  await proxy.close();
  return {
    resumes,
    reconnects,
    published: publisher.published.length,
    publishedPerSecond: Math.round((publisher.published.length / seconds) * 10) / 10,
    delivery,
    proxyConnections: proxy.acceptedAt.length,
    errors: [...errors, ...consumer.errors],
  };
}
