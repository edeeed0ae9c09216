import { Module } from '@nestjs/common';
import { AuditModule } from '@api/modules/audit/audit.module';
import { FeedsRepository } from '@api/modules/feeds/feeds.repository';
import { EventBus } from './event-bus';
import { EventFanOut } from './event-fan-out';
import { EventRetention } from './event-retention';
import { EventLogRepository } from './event-log.repository';
import { EventReads } from './event-reads';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';

@Module({
  imports: [AuditModule],
  // FeedsRepository is stateless: provided here too, so events need not import the feeds module (which needs bulletins).
  providers: [
    EventsResolver,
    EventsService,
    EventReads,
    EventFanOut,
    EventLogRepository,
    EventBus,
    EventRetention,
    FeedsRepository,
  ],
  exports: [EventLogRepository, EventBus],
})
export class EventsModule {}
