import { AppError, ErrorCode } from '@api/common/app-errors';

/**
 * RATE_LIMITED with `retryAfterSeconds`. graphql-js copies `extensions` onto the GraphQL error, and Apollo turns
 * `extensions.http` into the response's status (429) and Retry-After header; the formatter keeps neither field.
 */
export class RateLimitedError extends AppError {
  readonly extensions: { http: { status: number; headers: Map<string, string> } };

  constructor(readonly retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, rateLimitedMessage(retryAfterSeconds), { retryAfterSeconds });
    this.extensions = { http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } };
  }
}

export function rateLimitedMessage(retryAfterSeconds: number): string {
  return `Too many requests. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`;
}
