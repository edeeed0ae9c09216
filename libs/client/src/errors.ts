export type BulwarkErrorCode =
  // the API's own codes (extensions.code)
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL'
  // the client's own
  /** fetch failed, a non-JSON answer, or a socket could not connect (after retries) */
  | 'NETWORK'
  /** signIn got a challenge and no secondFactor callback was given (or enrolment is required) */
  | 'SECOND_FACTOR_REQUIRED'
  /** events(): could not resume after maxAttempts reconnections */
  | 'STREAM_LOST';

/** The codes the API itself sends in `extensions.code`. */
const API_CODES: ReadonlySet<unknown> = new Set<BulwarkErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'INTERNAL',
]);

/** `extensions.code` when it is one of the API's codes. */
export function apiErrorCodeOf(extensions: Readonly<Record<string, unknown>>): BulwarkErrorCode | undefined {
  const given = extensions['code'];
  return API_CODES.has(given) ? (given as BulwarkErrorCode) : undefined;
}

export interface BulwarkErrorOptions {
  requestId?: string;
  status?: number;
  extensions?: Readonly<Record<string, unknown>>;
  cause?: unknown;
}

/** Every failure the client reports: the API's `extensions.code`, or the client's own. */
export class BulwarkError extends Error {
  override readonly name = 'BulwarkError';
  readonly code: BulwarkErrorCode;
  readonly requestId?: string;
  /** HTTP status when there was one */
  readonly status?: number;
  /** e.g. reason: 'SINCE_EXPIRED', oldestSequence, fields, retryAfterSeconds */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(code: BulwarkErrorCode, message: string, options: BulwarkErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.requestId = options.requestId;
    this.status = options.status;
    this.extensions = options.extensions ?? {};
  }
}
