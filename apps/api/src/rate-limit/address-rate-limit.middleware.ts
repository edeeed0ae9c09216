import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@api/common/app-errors';
import { currentRequestId } from '@api/logging/request-context';
import { addressKey } from './client-keys';
import { markAddressCounted } from './rate-limit.guard';
import { rateLimitedMessage } from './rate-limited.error';
import type { RateLimiter } from './rate-limiter.service';

/**
 * Every HTTP request to /graphql counts against its client address (req.ip: behind a proxy, set TRUST_PROXY),
 * before its body is even read. Over the limit: 429, Retry-After, and the usual error shape.
 */
export function addressRateLimitMiddleware(limiter: RateLimiter) {
  return (req: Request, res: Response, next: NextFunction): void => {
    markAddressCounted(req);
    limiter.consume('address', addressKey(req.ip)).then((verdict) => {
      if (verdict.allowed) return next();
      const requestId = currentRequestId();
      res
        .status(429)
        .set('Retry-After', String(verdict.retryAfterSeconds))
        .json({
          errors: [
            {
              message: rateLimitedMessage(verdict.retryAfterSeconds),
              extensions: {
                code: ErrorCode.RATE_LIMITED,
                retryAfterSeconds: verdict.retryAfterSeconds,
                ...(requestId ? { requestId } : {}),
              },
            },
          ],
        });
    }, next);
  };
}
