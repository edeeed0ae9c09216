import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@api/modules/organizations/organizations.module';
import { SessionsModule } from '@api/modules/sessions/sessions.module';
import { UsersModule } from '@api/modules/users/users.module';
import { DemoSignInCodeResolver } from './demo-sign-in-code.resolver';
import { SecondFactorModule } from './second-factor.module';
import { SecondFactorResolver } from './second-factor.resolver';
import { SignInPolicyResolver } from './sign-in-policy.resolver';
import { DatabaseModule } from '@api/database/database.module';
import { AuditModule } from '@api/modules/audit/audit.module';
import { RateLimitModule } from '@api/rate-limit/rate-limit.module';
import { PasskeyRegistrationService } from './passkey-registration.service';
import { PasskeySessionController } from './passkey-session.controller';
import { PasskeySignInResolver } from './passkey-sign-in.resolver';
import { PasskeySignInService } from './passkey-sign-in.service';
import { PasskeysResolver } from './passkeys.resolver';

/** The second-factor API: enrolment (which can end a sign-in, hence SessionsModule), status, policy and reset. */
@Module({
  imports: [
    SecondFactorModule,
    SessionsModule,
    OrganizationsModule,
    UsersModule,
    AuditModule,
    DatabaseModule,
    RateLimitModule,
  ],
  controllers: [PasskeySessionController],
  providers: [
    SecondFactorResolver,
    SignInPolicyResolver,
    PasskeyRegistrationService,
    PasskeySignInService,
    PasskeysResolver,
    PasskeySignInResolver,
    DemoSignInCodeResolver,
  ],
})
export class SecondFactorApiModule {}
