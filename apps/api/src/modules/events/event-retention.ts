import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { EventLogRepository } from './event-log.repository';

const EVERY_MS = 60 * 60 * 1000;

/** Forgets events older than EVENT_RETENTION_DAYS, hourly; a `since` before them gets SINCE_EXPIRED. */
@Injectable()
export class EventRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private readonly logger = new Logger(EventRetention.name);

  constructor(
    private readonly log: EventLogRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.prune(), EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async prune(): Promise<number> {
    try {
      const removed = await this.log.prune(this.config.events.retentionDays);
      if (removed > 0) this.logger.log(`forgot ${removed} events older than ${this.config.events.retentionDays} days`);
      return removed;
    } catch (error) {
      this.logger.warn(`event retention: ${(error as Error).message}`);
      return 0;
    }
  }
}
