import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '@api/common/app-errors';
import { sendHttpError } from './http-errors';

interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * Right after the JSON body parser: its failures (too large, not JSON, wrong charset) become the usual JSON
 * error with a code, instead of Express's HTML page. Anything else is not ours: passed on.
 */
export function bodyErrorsMiddleware(bodyLimitBytes: number, logger: Logger) {
  const limitKb = Math.round(bodyLimitBytes / 1024);
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    const { type, status } = (error ?? {}) as BodyParserError;
    if (res.headersSent || typeof type !== 'string' || typeof status !== 'number' || status >= 500) return next(error);
    if (type === 'entity.too.large')
      return sendHttpError(res, 413, ErrorCode.BAD_USER_INPUT, `The request body is larger than ${limitKb} KB.`);
    if (type === 'entity.parse.failed')
      return sendHttpError(res, 400, ErrorCode.BAD_USER_INPUT, 'The request body is not valid JSON.');
    logger.debug({ type, status }, 'request body refused');
    sendHttpError(res, status, ErrorCode.BAD_USER_INPUT, 'The request body could not be read.');
  };
}
