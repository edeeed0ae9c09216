import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '@api/common/app-errors';
import { sendHttpError } from './http-errors';

/**
 * A request that has not been answered after `timeoutMs` (a slow body, a slow query) gets 503 with a code.
 * Work already started is not cancelled; its late answer is discarded, not written onto the connection. On
 * PostgreSQL its SQL cannot outlive the request: DATABASE_STATEMENT_TIMEOUT_MS (at most this) cancels each statement.
 */
export function requestTimeoutMiddleware(timeoutMs: number, logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      logger.warn({ method: req.method, url: req.originalUrl, timeoutMs }, 'request timed out');
      sendHttpError(res, 503, ErrorCode.INTERNAL, 'The request took too long. Try again later.', {
        Connection: 'close',
      });
      discardLateWrites(res);
    }, timeoutMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}

function discardLateWrites(res: Response): void {
  res.setHeader = () => res;
  res.writeHead = () => res;
  res.write = () => true;
  res.end = () => res;
}
