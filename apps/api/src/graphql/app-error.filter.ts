import { type ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { AppError, ErrorCode } from '@api/common/app-errors';
import { currentRequestId } from '@api/logging/request-context';

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.QUERY_TOO_COMPLEX]: HttpStatus.BAD_REQUEST,
  [ErrorCode.INTERNAL]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/**
 * AppErrors are answers, not failures: hand them to GraphQL's formatter (or write them on an HTTP route)
 * without Nest logging each refused sign-in as a server error.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): AppError | undefined {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    const requestId = currentRequestId();
    const response = host.switchToHttp().getResponse<Response>();
    const retryAfter = error.details['retryAfterSeconds'];
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(HTTP_STATUS[error.code]).json({
      errors: [
        {
          message: error.message,
          extensions: {
            code: error.code,
            ...(typeof retryAfter === 'number' ? { retryAfterSeconds: retryAfter } : {}),
            ...(requestId ? { requestId } : {}),
          },
        },
      ],
    });
    return undefined;
  }
}
