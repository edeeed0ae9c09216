import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';

const CHANNEL = 'bulwark:bulletin-events';
/** A receipt was recorded (acknowledgeBulletin): wakes live acknowledgement reports, never the event fan-out. */
const ACKNOWLEDGEMENTS_CHANNEL = 'bulwark:acknowledgements';

/**
 * Wakes subscribers when events are committed. It carries no payload: a woken subscriber reads the log after its
 * own last sequence, under the policy, so a lost or duplicated notice can neither lose nor repeat an event (R16).
 * With REDIS_URL, notices cross instances; without it they stay in process, and polling (EVENT_POLL_MS) covers the rest.
 * Acknowledgement notices travel the same way on a channel of their own: a woken report reads the receipts afresh.
 */
@Injectable()
export class EventBus implements OnModuleInit, OnModuleDestroy {
  private readonly local = new EventEmitter().setMaxListeners(0);
  private poller: NodeJS.Timeout | null = null;
  private wakes = 0;
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;
  private readonly logger = new Logger(EventBus.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    // One poll for the whole process, so every subscriber wakes together and shares one read of the log.
    this.poller = setInterval(() => this.wake(), this.config.events.pollMs);
    this.poller.unref();
    if (!this.config.redisUrl) return;
    this.publisher = new Redis(this.config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(this.config.redisUrl, { lazyConnect: true });
    for (const client of [this.publisher, this.subscriber])
      client.on('error', (error) => this.logger.warn(`redis: ${error.message}`));
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]).catch((error: Error) => {
      // The URL may hold a password: name the host only.
      throw new Error(`Cannot connect to Redis at ${new URL(this.config.redisUrl ?? '').host}: ${error.message}`);
    });
    await this.subscriber.subscribe(CHANNEL, ACKNOWLEDGEMENTS_CHANNEL);
    this.subscriber.on('message', (channel: string) => {
      if (channel === ACKNOWLEDGEMENTS_CHANNEL) this.local.emit('acknowledgement');
      else this.wake();
    });
  }

  async onModuleDestroy(): Promise<void> {
    if (this.poller) clearInterval(this.poller);
    for (const client of [this.publisher, this.subscriber]) await client?.quit().catch(() => undefined);
  }

  /** Call after the transaction that appended events has committed. */
  notify(): void {
    this.wake();
    this.publisher?.publish(CHANNEL, '1').catch((error: Error) => this.logger.warn(`redis publish: ${error.message}`));
  }

  /** Call after a transaction that recorded an acknowledgement has committed. */
  notifyAcknowledgement(): void {
    this.local.emit('acknowledgement');
    this.publisher
      ?.publish(ACKNOWLEDGEMENTS_CHANNEL, '1')
      .catch((error: Error) => this.logger.warn(`redis publish: ${error.message}`));
  }

  /** Calls `listener` on every acknowledgement notice, from this instance or (with Redis) another, until the returned function is called. */
  onAcknowledgementNotice(listener: () => void): () => void {
    this.local.on('acknowledgement', listener);
    return () => this.local.off('acknowledgement', listener);
  }

  /**
   * Counts notices and poll ticks. A read of the log begun at one generation may have missed what a notice of a
   * later one announced.
   */
  get generation(): number {
    return this.wakes;
  }

  private wake(): void {
    this.wakes += 1;
    this.local.emit('event');
  }

  /** Calls `listener` on every notice and poll tick, until the returned function is called. */
  onNotice(listener: () => void): () => void {
    this.local.on('event', listener);
    return () => this.local.off('event', listener);
  }

  /** A waiter registered now: `next()` resolves on the next notice or poll tick (a notice since the last `next()` counts). */
  waiter(): { next(): Promise<void>; dispose(): void } {
    let pending = false;
    let wake: (() => void) | null = null;
    const stopListening = this.onNotice(() => {
      pending = true;
      wake?.();
    });
    return {
      next: () =>
        new Promise<void>((resolve) => {
          wake = () => {
            wake = null;
            pending = false;
            resolve();
          };
          if (pending) wake();
        }),
      dispose: () => {
        stopListening();
        wake?.();
      },
    };
  }
}
