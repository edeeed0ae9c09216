import { Module } from '@nestjs/common';
import { BulletinsModule } from '@api/modules/bulletins/bulletins.module';
import { OrganizationsModule } from '@api/modules/organizations/organizations.module';
import { StixImportResolver } from './stix-import.resolver';
import { StixImportService } from './stix-import.service';
import { StixResolver } from './stix.resolver';
import { StixService } from './stix.service';

@Module({
  imports: [BulletinsModule, OrganizationsModule],
  providers: [StixResolver, StixService, StixImportResolver, StixImportService],
  // The TAXII server builds its pages' objects with StixService.
  exports: [StixService],
})
export class StixModule {}
