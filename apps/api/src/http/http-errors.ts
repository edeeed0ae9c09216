import { HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { type AppError, ErrorCode } from '@api/common/app-errors';
import { currentRequestId } from '@api/logging/request-context';

/** The HTTP status of each error code, for answers outside GraphQL (the REST routes). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.QUERY_TOO_COMPLEX]: HttpStatus.BAD_REQUEST,
  [ErrorCode.INTERNAL]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** The code of a Nest HttpException's status; a status not named here is INTERNAL. */
export const CODE_OF_HTTP_STATUS: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.BAD_USER_INPUT,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [HttpStatus.CONFLICT]: ErrorCode.CONFLICT,
  [HttpStatus.PAYLOAD_TOO_LARGE]: ErrorCode.BAD_USER_INPUT,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: ErrorCode.BAD_USER_INPUT,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.RATE_LIMITED,
};

/** The GraphQL error shape, for answers written before GraphQL runs (body, timeout) or by a REST route. */
export function sendHttpError(
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
  extensions: Record<string, unknown> = {},
): void {
  const requestId = currentRequestId();
  res
    .status(status)
    .set(headers)
    .json({ errors: [{ message, extensions: { code, ...extensions, ...(requestId ? { requestId } : {}) } }] });
}

/** An AppError on a REST route: its status, and Retry-After when it is RATE_LIMITED. */
export function sendAppError(res: Response, error: AppError): void {
  const retryAfter = error.details['retryAfterSeconds'];
  const limited = typeof retryAfter === 'number';
  sendHttpError(
    res,
    HTTP_STATUS[error.code],
    error.code,
    error.message,
    limited ? { 'Retry-After': String(retryAfter) } : {},
    limited ? { retryAfterSeconds: retryAfter } : {},
  );
}
