import { apiErrorCodeOf, BulwarkError, type BulwarkErrorCode } from '../errors';

/** How one connection of the stream ended. */
export type AttemptEnding =
  /** The socket closed (by the server, the network, or a proxy in between). */
  | { readonly kind: 'closed'; readonly code: number; readonly reason: string }
  /** The socket failed before it could close with a code (connection refused, DNS, TLS). */
  | { readonly kind: 'socket-error'; readonly error: unknown }
  /** `connectionParams` threw: the client could not produce credentials (e.g. its refresh failed). */
  | { readonly kind: 'credentials-failed'; readonly error: unknown }
  /** The server answered the operation with GraphQL errors. */
  | { readonly kind: 'graphql-errors'; readonly errors: readonly unknown[] }
  /** The client could not even start a connection (no WebSocket implementation). */
  | { readonly kind: 'unusable'; readonly error: unknown }
  /** The server completed the subscription, which a live stream never does by design. */
  | { readonly kind: 'completed' };

/** What the stream does next. */
export type NextStep =
  | { readonly action: 'reconnect' }
  | { readonly action: 'refresh-then-reconnect' }
  | { readonly action: 'end'; readonly error: BulwarkError };

/** Closes that a new connection can get past: the server went away or restarted, the network dropped, too busy. */
const RECONNECTABLE_CLOSE_CODES: ReadonlySet<number> = new Set([
  1000, // normal closure: the server closed the socket (e.g. shutting down)
  1001, // going away
  1005, // no status received
  1006, // abnormal closure: the connection dropped without a close frame
  1011, // server error
  1012, // service restart
  1013, // try again later
  1014, // bad gateway
  4408, // connection_init not received in time (a slow network)
  4429, // too many open sockets for this viewer or address: one of them will close
  4499, // graphql-ws: terminated by the client because the socket froze
]);
const TOKEN_EXPIRED_CLOSE_CODE = 4401;
const CREDENTIALS_REFUSED_CLOSE_CODE = 4403;
const MESSAGE_TOO_BIG_CLOSE_CODE = 1009;
const SERVER_FAULT_CLOSE_CODE = 4500;

/** Codes that say "not now" rather than "not this": the same subscription may succeed on a new connection. */
const TRANSIENT_CODES: ReadonlySet<BulwarkErrorCode> = new Set<BulwarkErrorCode>([
  'RATE_LIMITED',
  'INTERNAL',
  'NETWORK',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The BulwarkError for the first GraphQL error of an answer: its code, message, requestId and extensions. */
export function errorOfGraphqlErrors(errors: readonly unknown[]): BulwarkError {
  const first = errors[0];
  const extensions = isRecord(first) && isRecord(first['extensions']) ? first['extensions'] : {};
  const code = apiErrorCodeOf(extensions) ?? 'INTERNAL';
  const message =
    isRecord(first) && typeof first['message'] === 'string' ? first['message'] : `The server answered ${code}.`;
  const requestId = typeof extensions['requestId'] === 'string' ? extensions['requestId'] : undefined;
  return new BulwarkError(code, message, { requestId, extensions });
}

function closedStep(code: number, reason: string): NextStep {
  if (RECONNECTABLE_CLOSE_CODES.has(code)) return { action: 'reconnect' };
  if (code === TOKEN_EXPIRED_CLOSE_CODE) return { action: 'refresh-then-reconnect' };
  const extensions = { closeCode: code, closeReason: reason };
  if (code === CREDENTIALS_REFUSED_CLOSE_CODE) {
    // The server's answer to credentials that are not valid (malformed, expired, revoked) or a session that ended.
    const message = 'The server refused the credentials of the event stream: sign in again or use a valid key.';
    return { action: 'end', error: new BulwarkError('UNAUTHENTICATED', message, { extensions }) };
  }
  if (code === MESSAGE_TOO_BIG_CLOSE_CODE) {
    const message = 'The subscription is larger than the server accepts: ask for a smaller filter.';
    return { action: 'end', error: new BulwarkError('BAD_USER_INPUT', message, { extensions }) };
  }
  if (code === SERVER_FAULT_CLOSE_CODE) {
    const message = 'The server failed while handling the event stream.';
    return { action: 'end', error: new BulwarkError('INTERNAL', message, { extensions }) };
  }
  const message = `The event stream's socket closed with ${code}${reason ? ` (${reason})` : ''}.`;
  return { action: 'end', error: new BulwarkError('NETWORK', message, { extensions }) };
}

/** What to do after a connection ended this way. */
export function nextStepAfter(ending: AttemptEnding): NextStep {
  switch (ending.kind) {
    case 'closed':
      return closedStep(ending.code, ending.reason);
    case 'socket-error':
    case 'completed':
      return { action: 'reconnect' };
    case 'unusable': {
      const { error } = ending;
      if (error instanceof BulwarkError) return { action: 'end', error };
      return { action: 'end', error: new BulwarkError('NETWORK', String(error), { cause: error }) };
    }
    case 'credentials-failed': {
      const { error } = ending;
      if (!(error instanceof BulwarkError)) return { action: 'reconnect' };
      return TRANSIENT_CODES.has(error.code) ? { action: 'reconnect' } : { action: 'end', error };
    }
    case 'graphql-errors': {
      const error = errorOfGraphqlErrors(ending.errors);
      if (error.code === 'UNAUTHENTICATED' && error.extensions['reason'] === 'TOKEN_EXPIRED')
        return { action: 'refresh-then-reconnect' };
      // A code this client does not know is reported as INTERNAL, but not retried: it may mean "never".
      const transient = error.extensions['code'] === error.code && TRANSIENT_CODES.has(error.code);
      return transient ? { action: 'reconnect' } : { action: 'end', error };
    }
  }
}
