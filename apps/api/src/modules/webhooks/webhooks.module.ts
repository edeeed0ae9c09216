import { AuditModule } from '@api/modules/audit/audit.module';
import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { DatabaseModule } from '@api/database/database.module';
import { BulletinsModule } from '@api/modules/bulletins/bulletins.module';
import { EventLogModule } from '@api/modules/events/event-log.module';
import { OrganizationsModule } from '@api/modules/organizations/organizations.module';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookQueueRepository } from './webhook-queue.repository';
import { WebhookSender } from './webhook-sender';
import { WebhookWorker } from './webhook-worker';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [DatabaseModule, OrganizationsModule, EventLogModule, BulletinsModule, AuditModule],
  providers: [
    WebhooksResolver,
    WebhooksService,
    WebhooksRepository,
    WebhookQueueRepository,
    WebhookDispatcher,
    WebhookWorker,
    {
      provide: WebhookSender,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new WebhookSender({
          timeoutMs: config.webhooks.timeoutMs,
          allowHttpLoopback: config.webhooks.allowHttpLoopback,
          allowPrivateTargets: config.webhooks.allowPrivateTargets,
        }),
    },
  ],
})
export class WebhooksModule {}
