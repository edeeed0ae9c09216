import { Module } from '@nestjs/common';
import { DatabaseModule } from '@api/database/database.module';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditChainVerificationService } from './audit-chain-verification.service';
import { AuditedUnitOfWork } from './audited-unit-of-work';

@Module({
  imports: [DatabaseModule],
  providers: [AuditResolver, AuditService, AuditRepository, AuditChainVerificationService, AuditedUnitOfWork],
  exports: [AuditService, AuditedUnitOfWork],
})
export class AuditModule {}
