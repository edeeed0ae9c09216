import { Module } from '@nestjs/common';
import { AuthModule } from '@api/auth/auth.module';
import { DatabaseModule } from '@api/database/database.module';
import { AuditModule } from '@api/modules/audit/audit.module';
import { BulletinsModule } from '@api/modules/bulletins/bulletins.module';
import { EventLogModule } from '@api/modules/events/event-log.module';
import { FeedsModule } from '@api/modules/feeds/feeds.module';
import { OrganizationsModule } from '@api/modules/organizations/organizations.module';
import { FeedMailResolver } from './feed-mail.resolver';
import { MailComposer } from './mail-composer';
import { MailRecordsRepository } from './mail-records.repository';
import { MailRecordsResolver } from './mail-records.resolver';
import { MailRecordsService } from './mail-records.service';
import { MailSubscriptionsRepository } from './mail-subscriptions.repository';
import { MailDispatcher } from './mail-dispatcher';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailPlanRepository } from './mail-plan.repository';
import { MailPlanner } from './mail-planner';
import { MailTransport } from './mail-transport';
import { MailWorker } from './mail-worker';
import { MailboxesRepository } from './mailboxes.repository';
import { MailboxesResolver } from './mailboxes.resolver';
import { MailboxesService } from './mailboxes.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { OrganizationMailRepository } from './organization-mail.repository';
import { OrganizationMailResolver } from './organization-mail.resolver';
import { UnsubscribeLinks } from './unsubscribe-links';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeRepository } from './unsubscribe.repository';
import { UnsubscribeService } from './unsubscribe.service';

/** E-mail notifications (docs/notifications.md): the outbox, its planner and workers, and their settings. */
@Module({
  imports: [DatabaseModule, AuthModule, AuditModule, EventLogModule, BulletinsModule, FeedsModule, OrganizationsModule],
  controllers: [UnsubscribeController],
  providers: [
    MailPlanRepository,
    MailPlanner,
    MailComposer,
    MailOutboxRepository,
    MailTransport,
    MailDispatcher,
    MailWorker,
    UnsubscribeLinks,
    UnsubscribeRepository,
    UnsubscribeService,
    NotificationsResolver,
    NotificationsService,
    MailSubscriptionsRepository,
    FeedMailResolver,
    OrganizationMailResolver,
    OrganizationMailRepository,
    MailboxesResolver,
    MailboxesService,
    MailboxesRepository,
    MailRecordsResolver,
    MailRecordsService,
    MailRecordsRepository,
  ],
})
export class NotificationsModule {}
