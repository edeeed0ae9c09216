import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AccessTokenService } from './access-token.service';
import { CredentialViewerAuthenticator } from './credential-viewer-authenticator';
import { PasswordHasher } from './password-hasher';
import { StandingCredentials } from './standing-credentials';
import { ApiKeyStrategy } from './strategies/api-key.strategy';
import { JwtStrategy } from './strategies/jwt.strategy';
import { ViewerAuthenticator } from './viewer-authenticator';
import { ViewerRepository } from './viewer.repository';

@Global()
@Module({
  imports: [PassportModule.register({ session: false }), JwtModule.register({})],
  providers: [
    { provide: ViewerAuthenticator, useClass: CredentialViewerAuthenticator },
    AccessTokenService,
    PasswordHasher,
    ViewerRepository,
    JwtStrategy,
    ApiKeyStrategy,
    StandingCredentials,
  ],
  exports: [ViewerAuthenticator, AccessTokenService, PasswordHasher, ViewerRepository, StandingCredentials],
})
export class AuthModule {}
