import { Module } from '@nestjs/common';
import { AuditModule } from '@api/modules/audit/audit.module';
import { OrganizationsModule } from '@api/modules/organizations/organizations.module';
import { SecondFactorModule } from '@api/modules/second-factor/second-factor.module';
import { SessionsModule } from '@api/modules/sessions/sessions.module';
import { UsersModule } from '@api/modules/users/users.module';
import { RateLimitModule } from '@api/rate-limit/rate-limit.module';
import { IdentityProvidersRepository } from './identity-providers.repository';
import { IdentityProvidersResolver } from './identity-providers.resolver';
import { IdentityProvidersService } from './identity-providers.service';
import { OidcRelyingParty } from './oidc-relying-party';
import { SingleSignOnController } from './single-sign-on.controller';
import { SingleSignOnService } from './single-sign-on.service';

@Module({
  imports: [AuditModule, OrganizationsModule, UsersModule, SessionsModule, SecondFactorModule, RateLimitModule],
  controllers: [SingleSignOnController],
  providers: [
    IdentityProvidersResolver,
    IdentityProvidersService,
    IdentityProvidersRepository,
    OidcRelyingParty,
    SingleSignOnService,
  ],
})
export class SingleSignOnModule {}
