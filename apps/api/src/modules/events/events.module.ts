import { Module } from '@nestjs/common';
import { AuditModule } from '@api/modules/audit/audit.module';
import { BulletinsModule } from '@api/modules/bulletins/bulletins.module';
import { FeedsModule } from '@api/modules/feeds/feeds.module';
import { EventFanOut } from './event-fan-out';
import { EventLogModule } from './event-log.module';
import { EventReads } from './event-reads';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';

/** Subscriptions (bulletinEvents): the log read through BulletinReader, a saved feed's filter through FeedsService. */
@Module({
  imports: [EventLogModule, BulletinsModule, FeedsModule, AuditModule],
  providers: [EventsResolver, EventsService, EventReads, EventFanOut],
})
export class EventsModule {}
