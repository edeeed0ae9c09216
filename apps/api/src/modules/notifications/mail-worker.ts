import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { RETENTION_EVERY_MS, startPeriodicTask } from '@api/common/periodic-task';
import { WorkLoop } from '@api/common/work-loop';
import { EventBus } from '@api/modules/events/event-bus.service';
import { MailDispatcher } from './mail-dispatcher';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailPlanner, PLAN_SLICE } from './mail-planner';

/**
 * The mail loop, one per instance. Each round plans (new events into mails and digest items, due digests,
 * retractions) and then sends what is due, until nothing is. Woken by new events (EventBus) and polled every
 * MAIL_POLL_MS for due digests and retries; with no active subscription and no mail waiting it looks once a minute
 * (a subscription turned on at this instance kicks it at once). Any number of instances share the outbox.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailWorker.name);
  private readonly loop: WorkLoop;
  private stopRetention: (() => void) | null = null;

  constructor(
    private readonly planner: MailPlanner,
    private readonly dispatcher: MailDispatcher,
    private readonly outbox: MailOutboxRepository,
    bus: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.loop = new WorkLoop({
      name: 'mail',
      logger: this.logger,
      notices: bus,
      pollMs: config.mail.pollMs,
      idleMs: 60_000,
      round: (stopping) => this.round(stopping),
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
    this.stopRetention = startPeriodicTask(RETENTION_EVERY_MS, this.logger, 'mail retention', () => this.pruneMails());
  }

  async onModuleDestroy(): Promise<void> {
    this.stopRetention?.();
    await this.loop.stop();
  }

  /** Forgets finished mails (sent, given up, skipped) as old as the events they came from are kept. */
  async pruneMails(): Promise<number> {
    return this.outbox.pruneFinished(this.config.events.retentionDays);
  }

  /** Something changed here (a subscription turned on, a digest moved): look now. */
  kick(): void {
    this.loop.kick();
  }

  /** Plans a slice, sends until nothing is due, and again while slices remain; whether there is anything to watch. */
  private async round(stopping: () => boolean): Promise<boolean> {
    let busy = false;
    for (;;) {
      const slice = await this.planner.planSlice(PLAN_SLICE);
      busy ||= slice.did;
      for (;;) {
        const count = await this.dispatcher.sendDue(randomUUID(), stopping);
        busy ||= count > 0;
        if (count === 0 || stopping()) break;
      }
      if (!slice.more || stopping()) return busy || (await this.outbox.hasWork());
    }
  }
}
