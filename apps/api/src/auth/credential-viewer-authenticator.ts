import { Injectable } from '@nestjs/common';
import { unauthenticated } from '@api/common/app-errors';
import type { RequestViewer, ViewerCarrier } from './request-viewer';
import { ViewerAuthenticator } from './viewer-authenticator';

@Injectable()
export class CredentialViewerAuthenticator extends ViewerAuthenticator {
  presentsCredentials(req: ViewerCarrier): boolean {
    return Boolean(req.headers.authorization || req.headers['x-api-key']);
  }

  async authenticate(req: ViewerCarrier): Promise<RequestViewer | null> {
    if (this.presentsCredentials(req)) throw unauthenticated('These credentials are not valid.');
    return null;
  }
}
