import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@api/common/app-errors';
import { sendHttpError } from './http-errors';

/**
 * A POST must be JSON. Anything else (text/plain, a form) is refused with 415 here, with a plain message,
 * before the body is read: browsers send those types cross-site without a preflight (CSRF).
 */
export function jsonOnly(message: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST' || req.is('application/json')) return next();
    sendHttpError(res, 415, ErrorCode.BAD_USER_INPUT, message);
  };
}

export const jsonOnlyMiddleware = jsonOnly('Send GraphQL requests as JSON (Content-Type: application/json).');
