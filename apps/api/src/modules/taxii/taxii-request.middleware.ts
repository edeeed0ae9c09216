import type { NextFunction, Request, Response } from 'express';
import { API_KEY_PATTERN } from '@api/auth/strategies/api-key.strategy';
import { currentRequestId } from '@api/logging/request-context';
import { sendTaxiiError } from './taxii-error';
import { acceptsTaxii, TAXII_MEDIA_TYPE } from './taxii-media';

/** A TAXII client's credential as the API's authenticator reads it, or why it cannot be. */
function normaliseCredentials(req: Request): string | null {
  const authorization = req.headers.authorization;
  if (authorization === undefined) return null;
  const [scheme = '', value = ''] = authorization.trim().split(/\s+/, 2);
  let key: string | null = null;
  if (scheme.toLowerCase() === 'basic') {
    // Basic auth carries the API key as the password; the user name is not read.
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    key = decoded.includes(':') ? decoded.slice(decoded.indexOf(':') + 1) : '';
    if (key === '') return 'Send the API key as the Basic password.';
  } else if (scheme.toLowerCase() === 'bearer' && API_KEY_PATTERN.test(value)) {
    key = value;
  }
  if (key === null) return null;
  if (req.headers['x-api-key'] !== undefined) return 'Send one credential, not two.';
  req.headers['x-api-key'] = key;
  delete req.headers.authorization;
  return null;
}

/**
 * Before TAXII's routes: a client that does not accept TAXII 2.1 gets 406, and an API key sent the ways TAXII
 * clients send one (the Basic password, a Bearer) is read as the X-Api-Key header the API's authenticator reads.
 * A bearer access token is left where it is.
 */
export function taxiiRequestMiddleware(req: Request, res: Response, next: NextFunction): void {
  const requestId = currentRequestId();
  if (!acceptsTaxii(req.headers.accept)) {
    return sendTaxiiError(res, 406, 'Not acceptable', `This server answers in ${TAXII_MEDIA_TYPE}.`, { requestId });
  }
  const problem = normaliseCredentials(req);
  if (problem) return sendTaxiiError(res, 401, 'Not authenticated', problem, { requestId });
  next();
}
