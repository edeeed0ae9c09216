import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';

const CHANNEL = 'bulwark:bulletin-events';

/**
 * Wakes subscribers when events are committed. It carries no payload: a woken subscriber reads the log after its
 * own last sequence, under the policy, so a lost or duplicated notice can neither lose nor repeat an event (R16).
 * With REDIS_URL, notices cross instances; without it they stay in process, and polling (EVENT_POLL_MS) covers the rest.
 */
@Injectable()
export class EventBus implements OnModuleInit, OnModuleDestroy {
  private readonly local = new EventEmitter().setMaxListeners(0);
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;
  private readonly logger = new Logger(EventBus.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.redisUrl) return;
    this.publisher = new Redis(this.config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(this.config.redisUrl, { lazyConnect: true });
    for (const client of [this.publisher, this.subscriber])
      client.on('error', (error) => this.logger.warn(`redis: ${error.message}`));
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    await this.subscriber.subscribe(CHANNEL);
    this.subscriber.on('message', () => this.local.emit('event'));
  }

  async onModuleDestroy(): Promise<void> {
    for (const client of [this.publisher, this.subscriber]) await client?.quit().catch(() => undefined);
  }

  /** Call after the transaction that appended events has committed. */
  notify(): void {
    this.local.emit('event');
    this.publisher?.publish(CHANNEL, '1').catch((error: Error) => this.logger.warn(`redis publish: ${error.message}`));
  }

  /** A waiter registered now: `next()` resolves on the next notice (or after the poll interval). */
  waiter(): { next(): Promise<void>; dispose(): void } {
    let pending = false;
    let wake: (() => void) | null = null;
    const listener = () => {
      pending = true;
      wake?.();
    };
    this.local.on('event', listener);
    return {
      next: () =>
        new Promise<void>((resolve) => {
          if (pending) {
            pending = false;
            return resolve();
          }
          const timer = setTimeout(() => finish(), this.config.events.pollMs);
          const finish = () => {
            clearTimeout(timer);
            wake = null;
            pending = false;
            resolve();
          };
          wake = finish;
        }),
      dispose: () => {
        this.local.off('event', listener);
        wake?.();
      },
    };
  }
}
