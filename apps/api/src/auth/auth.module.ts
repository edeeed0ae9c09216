import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AccessTokenService } from './access-token.service';
import { CredentialViewerAuthenticator } from './credential-viewer-authenticator';
import { PasswordHasher } from './password-hasher';
import { SecretBox } from './secret-box';
import { SessionEndings } from './session-endings';
import { SessionSockets } from './session-sockets';
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
    SecretBox,
    ViewerRepository,
    JwtStrategy,
    ApiKeyStrategy,
    StandingCredentials,
    // Open sockets by session, and the signal that closes them when sessions end (on every instance).
    SessionSockets,
    SessionEndings,
  ],
  exports: [
    ViewerAuthenticator,
    AccessTokenService,
    PasswordHasher,
    SecretBox,
    ViewerRepository,
    StandingCredentials,
    SessionSockets,
    SessionEndings,
  ],
})
export class AuthModule {}
