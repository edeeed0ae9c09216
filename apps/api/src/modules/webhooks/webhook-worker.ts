import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { RETENTION_EVERY_MS, startPeriodicTask } from '@api/common/periodic-task';
import { EventBus } from '@api/modules/events/event-bus.service';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookQueueRepository } from './webhook-queue.repository';

/**
 * With no enabled webhook and nothing waiting, the worker sleeps this long between looks (a webhook created on this
 * instance wakes it at once). Idle instances then add no load, and no statements to a request's count.
 */
const IDLE_CHECK_MS = 60_000;

/**
 * The delivery loop, one per instance, started with the application and stopped (after in-flight requests end)
 * before the database closes. Woken by new events (EventBus) and polled every WEBHOOK_POLL_MS for due retries.
 * All state is in the database: a restart resumes where the last one stopped.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookWorker.name);
  private running: Promise<void> | null = null;
  private stopping = false;
  private kicked = false;
  private wake: (() => void) | null = null;
  private stopRetention: (() => void) | null = null;

  constructor(
    private readonly dispatcher: WebhookDispatcher,
    private readonly queue: WebhookQueueRepository,
    private readonly bus: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.loop();
    this.stopRetention = startPeriodicTask(RETENTION_EVERY_MS, this.logger, 'webhook delivery retention', () =>
      this.pruneDeliveries(),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopRetention?.();
    this.stopping = true;
    this.wake?.();
    await this.running;
  }

  /** Forgets finished deliveries (delivered, given up, skipped) as old as the events they carried are kept. */
  async pruneDeliveries(): Promise<number> {
    return this.queue.pruneFinished(this.config.events.retentionDays);
  }

  /** Something changed here (a webhook created or enabled): look now. */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  private async loop(): Promise<void> {
    const waiter = this.bus.waiter();
    let notice: Promise<void> | null = null;
    let active = true;
    try {
      while (!this.stopping) {
        if (!active) {
          await this.pause(IDLE_CHECK_MS);
          if (this.stopping) break;
        }
        this.kicked = false;
        active = await this.round();
        if (this.stopping || !active || this.kicked) continue;
        notice ??= waiter.next().then(() => {
          notice = null;
        });
        await this.pause(this.config.webhooks.pollMs, notice);
      }
    } finally {
      waiter.dispose();
    }
  }

  /** Enqueues and delivers until nothing is due; whether there is anything to keep watching. */
  private async round(): Promise<boolean> {
    try {
      const behind = await this.dispatcher.enqueueAll();
      let claimed = 0;
      for (;;) {
        const count = await this.dispatcher.deliverDue(randomUUID(), () => this.stopping);
        claimed += count;
        if (count === 0 || this.stopping) break;
      }
      return behind > 0 || claimed > 0 || (await this.queue.hasWork());
    } catch (error) {
      if (!this.stopping) this.logger.error(`webhook delivery round failed: ${(error as Error).message}`);
      return true;
    }
  }

  /** Waits `ms`, or less when kicked, stopped, or `alsoOn` settles. */
  private pause(ms: number, alsoOn?: Promise<void>): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
      if (this.kicked || this.stopping) done();
      void alsoOn?.then(done);
    });
  }
}
