import { AuditModule } from '@api/modules/audit/audit.module';
import { Module } from '@nestjs/common';
import { BulletinsModule } from '@api/modules/bulletins/bulletins.module';
import { FeedsRepository } from './feeds.repository';
import { FeedsResolver } from './feeds.resolver';
import { FeedsService } from './feeds.service';

@Module({
  imports: [BulletinsModule, AuditModule],
  providers: [FeedsResolver, FeedsService, FeedsRepository],
  exports: [FeedsService],
})
export class FeedsModule {}
