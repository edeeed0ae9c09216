/** The error codes clients see in `extensions.code` (DOMAIN.md, "The API's fixed names"). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  INTERNAL = 'INTERNAL',
}

export interface FieldProblem {
  readonly field: string;
  readonly problems: readonly string[];
}

/**
 * An error whose message is safe to show the caller. Anything thrown that is not an AppError reaches the
 * client as INTERNAL with the request id only; its details go to the log.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Sign in to do this.') => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError(ErrorCode.FORBIDDEN, message);
/** The same answer for "missing" and "you may not know it exists" (R15): never name the target. */
export const notFound = (what = 'Resource') => new AppError(ErrorCode.NOT_FOUND, `${what} not found.`);
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);
export const badInput = (message: string, fields: readonly FieldProblem[] = []) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, fields.length ? { fields } : {});
