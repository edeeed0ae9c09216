import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@api/common/app-errors';
import { sendHttpError } from './http-errors';

/**
 * Routes that act on a cookie answer only this site's own pages: a request another site's page makes (its
 * Origin is not ours, or the browser marks it cross-site) is refused before anything is read or changed.
 */
export function sameOriginMiddleware(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  const origin = req.headers.origin;
  const crossSite = req.headers['sec-fetch-site'] === 'cross-site';
  if (crossSite || (origin !== undefined && origin !== `${req.protocol}://${req.headers.host ?? ''}`))
    return sendHttpError(res, 403, ErrorCode.FORBIDDEN, 'Requests from another site are not accepted here.');
  next();
}
