import { AuditModule } from '@api/modules/audit/audit.module';
import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@api/modules/organizations/organizations.module';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysResolver } from './api-keys.resolver';
import { ApiKeysService } from './api-keys.service';

@Module({
  imports: [OrganizationsModule, AuditModule],
  providers: [ApiKeysResolver, ApiKeysService, ApiKeysRepository],
  exports: [ApiKeysService],
})
export class ApiKeysModule {}
