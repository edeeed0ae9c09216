import { AuditModule } from '@api/modules/audit/audit.module';
import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@api/modules/organizations/organizations.module';
import { UsersRepository } from './users.repository';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [OrganizationsModule, AuditModule],
  providers: [UsersResolver, UsersService, UsersRepository],
  exports: [UsersService],
})
export class UsersModule {}
