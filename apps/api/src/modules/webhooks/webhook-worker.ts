import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { RETENTION_EVERY_MS, startPeriodicTask } from '@api/common/periodic-task';
import { WorkLoop } from '@api/common/work-loop';
import { EventBus } from '@api/modules/events/event-bus.service';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookQueueRepository } from './webhook-queue.repository';

/**
 * The delivery loop, one per instance. Woken by new events (EventBus) and polled every WEBHOOK_POLL_MS for due
 * retries; with no enabled webhook and nothing waiting it looks once a minute (a webhook created on this instance
 * wakes it at once). All state is in the database: a restart resumes where the last one stopped.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookWorker.name);
  private readonly loop: WorkLoop;
  private stopRetention: (() => void) | null = null;

  constructor(
    private readonly dispatcher: WebhookDispatcher,
    private readonly queue: WebhookQueueRepository,
    bus: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.loop = new WorkLoop({
      name: 'webhook delivery',
      logger: this.logger,
      notices: bus,
      pollMs: config.webhooks.pollMs,
      idleMs: 60_000,
      round: (stopping) => this.round(stopping),
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
    this.stopRetention = startPeriodicTask(RETENTION_EVERY_MS, this.logger, 'webhook delivery retention', () =>
      this.pruneDeliveries(),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopRetention?.();
    await this.loop.stop();
  }

  /** Forgets finished deliveries (delivered, given up, skipped) as old as the events they carried are kept. */
  async pruneDeliveries(): Promise<number> {
    return this.queue.pruneFinished(this.config.events.retentionDays);
  }

  /** Something changed here (a webhook created or enabled): look now. */
  kick(): void {
    this.loop.kick();
  }

  /** Enqueues and delivers until nothing is due; whether there is anything to keep watching. */
  private async round(stopping: () => boolean): Promise<boolean> {
    const behind = await this.dispatcher.enqueueAll();
    let claimed = 0;
    for (;;) {
      const count = await this.dispatcher.deliverDue(randomUUID(), stopping);
      claimed += count;
      if (count === 0 || stopping()) break;
    }
    return behind > 0 || claimed > 0 || (await this.queue.hasWork());
  }
}
