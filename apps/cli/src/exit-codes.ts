/**
 * What `bulwark` exits with, for scripts to branch on. Documented in docs/client.md ("Exit codes"); a change here is
 * a breaking change for every script that reads them.
 */
export const ExitCode = {
  OK: 0,
  /** Anything not below: a bug, or an answer the CLI did not expect. */
  UNEXPECTED: 1,
  /** A bad flag or argument, an unreadable or invalid input file, or input the server refused (BAD_USER_INPUT). */
  USAGE: 2,
  /** Not signed in, or the session or API key is no longer valid (UNAUTHENTICATED, a second factor missing). */
  UNAUTHENTICATED: 3,
  /** Signed in, but not allowed (FORBIDDEN). */
  FORBIDDEN: 4,
  /** No such bulletin, or one you may not read: the API does not tell them apart (NOT_FOUND). */
  NOT_FOUND: 5,
  /** The server could not be reached, answered something that is not the API, or a live stream could not resume. */
  UNREACHABLE: 6,
  /** `webhooks verify`: the delivery is not authentic (bad signature, stale or missing timestamp, bad body). */
  WEBHOOK_INVALID: 7,
  /** A stale write (CONFLICT): read again, then retry. */
  CONFLICT: 8,
  /** Too many requests (RATE_LIMITED): wait as long as the message says, then retry. */
  RATE_LIMITED: 9,
  /** The request is over the server's cost limit (QUERY_TOO_COMPLEX): retrying the same will not help; ask for less. */
  TOO_COMPLEX: 10,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
