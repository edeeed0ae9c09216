import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { AppError, ErrorCode, unauthenticated } from '@api/common/app-errors';
import { HTTP_STATUS } from '@api/http/http-errors';
import { currentRequestId } from '@api/logging/request-context';
import { ROOT_LOGGER } from '@api/logging/root-logger.token';
import { sendTaxiiError } from './taxii-error';

const TITLES: Record<ErrorCode, string> = {
  [ErrorCode.UNAUTHENTICATED]: 'Not authenticated',
  [ErrorCode.FORBIDDEN]: 'Not allowed',
  [ErrorCode.NOT_FOUND]: 'Not found',
  [ErrorCode.BAD_USER_INPUT]: 'Bad request',
  [ErrorCode.CONFLICT]: 'Conflict',
  [ErrorCode.RATE_LIMITED]: 'Too many requests',
  [ErrorCode.QUERY_TOO_COMPLEX]: 'Bad request',
  [ErrorCode.INTERNAL]: 'Server error',
};

/** Every answer of the TAXII routes that is not a resource is a TAXII error resource; never a redirect, never HTML. */
@Catch()
export class TaxiiErrorFilter implements ExceptionFilter {
  constructor(@Inject(ROOT_LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    const requestId = currentRequestId();
    if (error instanceof AppError) {
      const retryAfter = error.details['retryAfterSeconds'];
      const headers: Record<string, string> =
        typeof retryAfter === 'number' ? { 'Retry-After': String(retryAfter) } : {};
      const description =
        error.code === ErrorCode.UNAUTHENTICATED && error.message === unauthenticated().message
          ? 'Send an API key (as the Basic password, or in X-Api-Key) or a bearer access token.'
          : error.message;
      return sendTaxiiError(res, HTTP_STATUS[error.code], TITLES[error.code], description, { requestId, headers });
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      return sendTaxiiError(res, error.getStatus(), error.message, undefined, { requestId });
    }
    this.logger.error({ err: error }, 'unexpected error on a TAXII route');
    sendTaxiiError(res, 500, TITLES[ErrorCode.INTERNAL], 'Quote the error_id if you report it.', { requestId });
  }
}
