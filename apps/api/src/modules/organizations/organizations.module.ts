import { Module } from '@nestjs/common';
import { AuditModule } from '@api/modules/audit/audit.module';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [AuditModule],
  providers: [OrganizationsResolver, OrganizationsService, OrganizationsRepository],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
