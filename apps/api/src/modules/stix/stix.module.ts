import { Module } from '@nestjs/common';
import { BulletinsModule } from '@api/modules/bulletins/bulletins.module';
import { OrganizationsModule } from '@api/modules/organizations/organizations.module';
import { StixResolver } from './stix.resolver';
import { StixService } from './stix.service';

@Module({
  imports: [BulletinsModule, OrganizationsModule],
  providers: [StixResolver, StixService],
})
export class StixModule {}
