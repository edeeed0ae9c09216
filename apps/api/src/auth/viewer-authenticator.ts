import type { RequestViewer, ViewerCarrier } from './request-viewer';

/**
 * Turns a request's credentials into a viewer. Throws UNAUTHENTICATED for credentials that are present but
 * not valid (expired, forged, revoked); returns null when none are presented.
 */
export abstract class ViewerAuthenticator {
  abstract presentsCredentials(req: ViewerCarrier): boolean;
  abstract authenticate(req: ViewerCarrier): Promise<RequestViewer | null>;
}
