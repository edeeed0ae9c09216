import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AuditModule } from '@api/modules/audit/audit.module';
import { BulletinsModule } from '@api/modules/bulletins/bulletins.module';
import { FeedsModule } from '@api/modules/feeds/feeds.module';
import { OrganizationsModule } from '@api/modules/organizations/organizations.module';
import { StixModule } from '@api/modules/stix/stix.module';
import { TaxiiController } from './taxii.controller';
import { taxiiRequestMiddleware } from './taxii-request.middleware';
import { TaxiiService } from './taxii.service';

@Module({
  imports: [BulletinsModule, FeedsModule, OrganizationsModule, StixModule, AuditModule],
  controllers: [TaxiiController],
  providers: [TaxiiService],
})
export class TaxiiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(taxiiRequestMiddleware).forRoutes(TaxiiController);
  }
}
