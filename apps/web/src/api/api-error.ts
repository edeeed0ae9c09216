/** The API's fixed error codes (extensions.code), plus what the browser itself can run into. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL'
  | 'NETWORK';

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'INTERNAL',
]);

/** What went wrong, in words a county clerk can act on, with what support needs to find it in the logs. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly requestId: string | null = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

interface WireError {
  message?: unknown;
  extensions?: { code?: unknown; requestId?: unknown; retryAfterSeconds?: unknown };
}

/** One error from an `{ errors: [...] }` body (GraphQL or the /auth routes), or a fallback. */
export function apiErrorFromBody(body: unknown, status: number, headerRequestId: string | null): ApiError {
  const first = (body as { errors?: WireError[] } | null)?.errors?.[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : '';
  const requestId = typeof first?.extensions?.requestId === 'string' ? first.extensions.requestId : headerRequestId;
  const retry = first?.extensions?.retryAfterSeconds;
  const message = typeof first?.message === 'string' && first.message ? first.message : defaultMessage(status);
  return new ApiError(
    KNOWN_CODES.has(code) ? (code as ApiErrorCode) : codeForStatus(status),
    message,
    requestId,
    typeof retry === 'number' ? retry : null,
  );
}

function codeForStatus(status: number): ApiErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 400 && status < 500) return 'BAD_USER_INPUT';
  return 'INTERNAL';
}

function defaultMessage(status: number): string {
  return status >= 500 ? 'The server could not complete this request.' : `The request was refused (HTTP ${status}).`;
}

export function networkError(): ApiError {
  return new ApiError('NETWORK', 'Bulwark cannot be reached. Check your connection; we will keep trying.');
}
