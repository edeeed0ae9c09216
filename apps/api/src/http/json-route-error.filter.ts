import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { AppError, ErrorCode } from '@api/common/app-errors';
import { ROOT_LOGGER } from '@api/logging/root-logger.token';
import { CODE_OF_HTTP_STATUS, sendAppError, sendHttpError } from './http-errors';

/**
 * For JSON routes outside GraphQL (the browser session): every answer, even an unexpected failure, in the
 * GraphQL error shape a client already reads. An unknown error is INTERNAL with the request id; its details go
 * to the log only, as GraphQL's formatter does.
 */
@Catch()
export class JsonRouteErrorFilter implements ExceptionFilter {
  constructor(@Inject(ROOT_LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    if (error instanceof AppError) return sendAppError(res, error);
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const code = CODE_OF_HTTP_STATUS[status];
      if (code) return sendHttpError(res, status, code, error.message);
    }
    this.logger.error({ err: error }, 'unexpected error on a JSON route');
    sendHttpError(
      res,
      500,
      ErrorCode.INTERNAL,
      'Something went wrong on our side. Quote the request id if you report it.',
    );
  }
}
