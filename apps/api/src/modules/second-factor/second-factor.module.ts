import { Module } from '@nestjs/common';
import { AuditModule } from '@api/modules/audit/audit.module';
import { UsersModule } from '@api/modules/users/users.module';
import { SecondFactorAdminService } from './second-factor-admin.service';
import { SecondFactorsRepository } from './second-factors.repository';
import { SecondFactorsService } from './second-factors.service';
import { SignInChallengeRepository } from './sign-in-challenge.repository';
import { SignInChallengeService, WEBAUTHN_ASSERTION_VERIFIER } from './sign-in-challenge.service';
import { PasskeysService } from './passkeys.service';
import { WebauthnChallengesRepository } from './webauthn-challenges.repository';
import { WebauthnCredentialsRepository } from './webauthn-credentials.repository';
import { WebauthnService } from './webauthn.service';
import { DemoSignInCodeService } from './demo-sign-in-code.service';

/**
 * Second factors and sign-in challenges, without the sessions they lead to: SessionsModule imports this (login asks
 * whether a second step is due), and SecondFactorApiModule puts the two together behind the API.
 */
@Module({
  imports: [UsersModule, AuditModule],
  providers: [
    DemoSignInCodeService,
    SignInChallengeRepository,
    SignInChallengeService,
    SecondFactorsRepository,
    SecondFactorsService,
    SecondFactorAdminService,
    WebauthnCredentialsRepository,
    WebauthnChallengesRepository,
    WebauthnService,
    { provide: WEBAUTHN_ASSERTION_VERIFIER, useExisting: WebauthnService },
    PasskeysService,
  ],
  exports: [
    DemoSignInCodeService,
    SignInChallengeService,
    SecondFactorsService,
    SecondFactorAdminService,
    WebauthnService,
    WebauthnCredentialsRepository,
    WebauthnChallengesRepository,
    PasskeysService,
  ],
})
export class SecondFactorModule {}
