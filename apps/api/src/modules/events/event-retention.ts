import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { RETENTION_EVERY_MS, startPeriodicTask } from '@api/common/periodic-task';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { EventLogRepository } from './event-log.repository';

/** Forgets events older than EVENT_RETENTION_DAYS, hourly; a `since` before them gets SINCE_EXPIRED. */
@Injectable()
export class EventRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private stop: (() => void) | null = null;
  private readonly logger = new Logger(EventRetention.name);

  constructor(
    private readonly log: EventLogRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = startPeriodicTask(RETENTION_EVERY_MS, this.logger, 'event retention', () => this.prune());
  }

  onModuleDestroy(): void {
    this.stop?.();
  }

  async prune(): Promise<number> {
    const removed = await this.log.prune(this.config.events.retentionDays);
    if (removed > 0) this.logger.log(`forgot ${removed} events older than ${this.config.events.retentionDays} days`);
    return removed;
  }
}
