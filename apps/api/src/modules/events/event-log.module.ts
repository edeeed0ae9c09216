import { Module } from '@nestjs/common';
import { EventBus } from './event-bus.service';
import { EventLogRepository } from './event-log.repository';
import { EventLogService } from './event-log.service';
import { EventRetention } from './event-retention';

/**
 * The event log and its wake-ups, apart from the subscriptions that read it (EventsModule): bulletins append to
 * it, subscriptions and webhooks read it through the bulletins module's BulletinReader, so neither needs the other.
 */
@Module({
  providers: [EventLogRepository, EventLogService, EventBus, EventRetention],
  exports: [EventLogService, EventBus],
})
export class EventLogModule {}
