import { Injectable } from '@nestjs/common';
import passport from 'passport';
import { AppError, unauthenticated } from '@api/common/app-errors';
import type { RequestViewer, ViewerCarrier } from './request-viewer';
import { tokenExpired } from './standing-credentials';
import { ViewerAuthenticator } from './viewer-authenticator';

/** Runs the Passport strategy matching the credential presented: a bearer token or an API key, never both. */
@Injectable()
export class CredentialViewerAuthenticator extends ViewerAuthenticator {
  presentsCredentials(req: ViewerCarrier): boolean {
    return req.headers.authorization !== undefined || req.headers['x-api-key'] !== undefined;
  }

  async authenticate(req: ViewerCarrier): Promise<RequestViewer | null> {
    const bearer = req.headers.authorization !== undefined;
    const apiKey = req.headers['x-api-key'] !== undefined;
    if (!bearer && !apiKey) return null;
    if (bearer && apiKey) throw unauthenticated('Send either a bearer token or an API key, not both.');
    return this.run(bearer ? 'jwt' : 'api-key', req);
  }

  private run(strategy: 'jwt' | 'api-key', req: ViewerCarrier): Promise<RequestViewer> {
    return new Promise((resolve, reject) => {
      const done = (error: unknown, viewer: RequestViewer | false | undefined, info: unknown) => {
        if (error instanceof AppError) return reject(error);
        if (error) return reject(error instanceof Error ? error : new Error('authentication failed'));
        if (viewer) return resolve(viewer);
        const expired = info instanceof Error && info.name === 'TokenExpiredError';
        reject(
          expired
            ? tokenExpired()
            : unauthenticated(strategy === 'jwt' ? 'This access token is not valid.' : 'This API key is not valid.'),
        );
      };
      const middleware = passport.authenticate(strategy, { session: false }, done) as (
        req: unknown,
        res: unknown,
        next: (error?: unknown) => void,
      ) => void;
      middleware(req, {}, (error) => reject(error instanceof Error ? error : unauthenticated()));
    });
  }
}
