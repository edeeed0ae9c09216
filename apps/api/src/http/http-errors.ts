import type { Response } from 'express';
import { type ErrorCode } from '@api/common/app-errors';
import { currentRequestId } from '@api/logging/request-context';

/** The GraphQL error shape, for answers written before GraphQL runs (body, timeout). */
export function sendHttpError(
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  const requestId = currentRequestId();
  res
    .status(status)
    .set(headers)
    .json({ errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }] });
}
