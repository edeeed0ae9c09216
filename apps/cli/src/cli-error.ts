import { BulwarkError, type BulwarkErrorCode } from '@bulwark/client';
import { CommanderError } from 'commander';
import { ExitCode } from './exit-codes';

/** A failure the CLI explains itself: its message is printed as is, on one line, and it exits with `exitCode`. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.UNEXPECTED,
  ) {
    super(message);
  }
}

/** Bad flags, arguments or input files. */
export function usageError(message: string): CliError {
  return new CliError(message, ExitCode.USAGE);
}

const EXIT_CODE_OF: Readonly<Record<BulwarkErrorCode, ExitCode>> = {
  UNAUTHENTICATED: ExitCode.UNAUTHENTICATED,
  SECOND_FACTOR_REQUIRED: ExitCode.UNAUTHENTICATED,
  FORBIDDEN: ExitCode.FORBIDDEN,
  NOT_FOUND: ExitCode.NOT_FOUND,
  BAD_USER_INPUT: ExitCode.USAGE,
  CONFLICT: ExitCode.CONFLICT,
  RATE_LIMITED: ExitCode.RATE_LIMITED,
  QUERY_TOO_COMPLEX: ExitCode.TOO_COMPLEX,
  INTERNAL: ExitCode.UNEXPECTED,
  NETWORK: ExitCode.UNREACHABLE,
  STREAM_LOST: ExitCode.UNREACHABLE,
};

export interface Failure {
  exitCode: ExitCode;
  /** One line, without the `bulwark: ` prefix. */
  message: string;
}

/** Any thrown value as the one line and exit code the user gets; never a stack trace. */
export function describeFailure(error: unknown): Failure {
  if (error instanceof CliError) return { exitCode: error.exitCode, message: oneLine(error.message) };
  if (error instanceof BulwarkError) return describeApiError(error);
  if (error instanceof CommanderError) return { exitCode: ExitCode.USAGE, message: oneLine(error.message) };
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: ExitCode.UNEXPECTED, message: oneLine(message || 'unexpected error') };
}

function describeApiError(error: BulwarkError): Failure {
  const exitCode = EXIT_CODE_OF[error.code] ?? ExitCode.UNEXPECTED;
  let message = error.message;
  if (error.code === 'UNAUTHENTICATED') message = `${message} (sign in again: bulwark login)`;
  if (error.code === 'SECOND_FACTOR_REQUIRED') message = `${message} (pass --code, or run bulwark login on a terminal)`;
  const retryAfter = error.extensions['retryAfterSeconds'];
  if (typeof retryAfter === 'number') message = `${message} (retry after ${retryAfter} s)`;
  if (error.requestId) message = `${message} [request ${error.requestId}]`;
  return { exitCode, message: oneLine(`${message}`) };
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
