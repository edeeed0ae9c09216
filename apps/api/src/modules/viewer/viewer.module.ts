import { Module } from '@nestjs/common';
import { ApiKeysModule } from '@api/modules/api-keys/api-keys.module';
import { OrganizationsModule } from '@api/modules/organizations/organizations.module';
import { UsersModule } from '@api/modules/users/users.module';
import { ViewerResolver } from './viewer.resolver';

@Module({ imports: [UsersModule, OrganizationsModule, ApiKeysModule], providers: [ViewerResolver] })
export class ViewerModule {}
