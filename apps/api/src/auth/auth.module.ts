import { Global, Module } from '@nestjs/common';
import { ViewerAuthenticator } from './viewer-authenticator';
import { CredentialViewerAuthenticator } from './credential-viewer-authenticator';

@Global()
@Module({
  providers: [{ provide: ViewerAuthenticator, useClass: CredentialViewerAuthenticator }],
  exports: [ViewerAuthenticator],
})
export class AuthModule {}
