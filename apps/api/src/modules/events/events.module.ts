import { Module } from '@nestjs/common';
import { EventBus } from './event-bus';
import { EventLogRepository } from './event-log.repository';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';

@Module({
  providers: [EventsResolver, EventsService, EventLogRepository, EventBus],
  exports: [EventLogRepository, EventBus],
})
export class EventsModule {}
