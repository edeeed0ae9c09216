import { Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditChainVerificationService } from './audit-chain-verification.service';

@Module({
  providers: [AuditResolver, AuditService, AuditRepository, AuditChainVerificationService],
  exports: [AuditService],
})
export class AuditModule {}
