import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { AppError, ErrorCode } from '@api/common/app-errors';
import { isQueryCanceled } from '@api/common/database-errors';
import { CODE_OF_HTTP_STATUS } from '@api/http/http-errors';
import { currentRequestId } from '@api/logging/request-context';
import { parserLimitMessage } from './limits/parser-limits';

// Codes graphql-js and Apollo give to documents that never reached a resolver: the caller's mistake.
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Everything here is safe to send: the caller's code, a worded message, the path, the request id. */
function safe(error: GraphQLFormattedError, code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  const requestId = currentRequestId();
  return {
    message,
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
    extensions: { code, ...extra, ...(requestId ? { requestId } : {}) },
  };
}

/**
 * The one place where errors become what a client sees. Unknown errors become INTERNAL with the request id;
 * their message, stack and any SQL stay in the log. `statementTimeoutMs` (DATABASE_STATEMENT_TIMEOUT_MS) is only
 * named in the warning logged for a cancelled statement.
 */
export function createErrorFormatter(logger: Logger, exposeValidationHints: boolean, statementTimeoutMs: number) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const original = raw instanceof GraphQLError ? (raw.originalError ?? raw) : raw;
    if (original instanceof AppError) return safe(formatted, original.code, original.message, original.details);
    if (original instanceof HttpException) {
      const code = CODE_OF_HTTP_STATUS[original.getStatus()];
      if (code) return safe(formatted, code, original.message);
    }
    const overLimit = parserLimitMessage(original); // the parser stopped at GRAPHQL_MAX_TOKENS: too big, not malformed
    if (overLimit) return safe(formatted, ErrorCode.QUERY_TOO_COMPLEX, overLimit);
    const apolloCode = formatted.extensions?.['code'];
    if (typeof apolloCode === 'string' && REQUEST_ERROR_CODES.has(apolloCode) && original instanceof GraphQLError) {
      const message = exposeValidationHints ? formatted.message : formatted.message.replace(/ ?Did you mean .*$/, '');
      return safe(formatted, ErrorCode.BAD_USER_INPUT, message);
    }
    if (original instanceof GraphQLError && !original.originalError && typeof apolloCode !== 'string') {
      // A graphql-js execution error about the request itself (variables, coercion).
      return safe(formatted, ErrorCode.BAD_USER_INPUT, formatted.message);
    }
    if (isQueryCanceled(original)) {
      // Expected under load, and the error carries the SQL and its parameters: log the limit, not the error.
      logger.warn(
        { sqlState: '57014', statementTimeoutMs, path: formatted.path },
        'database statement cancelled (DATABASE_STATEMENT_TIMEOUT_MS)',
      );
      return safe(
        formatted,
        ErrorCode.INTERNAL,
        'The request took too long and was stopped. Quote the request id if you report it.',
      );
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving a request');
    return safe(
      formatted,
      ErrorCode.INTERNAL,
      'Something went wrong on our side. Quote the request id if you report it.',
    );
  };
}
