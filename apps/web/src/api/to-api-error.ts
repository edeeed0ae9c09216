import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ApiError, apiErrorFromBody, networkError } from './api-error';

/**
 * What fetch rejects with when the request never got an answer (Chromium, Firefox, Safari, Node). A TypeError
 * with another message is a bug in the page ("x is not a function"), not a lost connection.
 */
const FETCH_FAILURES = new Set([
  'Failed to fetch',
  'NetworkError when attempting to fetch resource.',
  'Load failed',
  'The Internet connection appears to be offline.',
  'The network connection was lost.',
  'Network request failed',
  'fetch failed',
]);

function isFetchFailure(error: unknown): boolean {
  return error instanceof TypeError && (FETCH_FAILURES.has(error.message) || navigator.onLine === false);
}

/** Any error from Apollo, fetch or our own code, as an ApiError to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (CombinedGraphQLErrors.is(error)) return apiErrorFromBody({ errors: error.errors }, 200, null);
  if (ServerError.is(error)) {
    let body: unknown = null;
    try {
      body = JSON.parse(error.bodyText) as unknown;
    } catch {
      // not JSON: the status alone tells
    }
    return apiErrorFromBody(body, error.statusCode, error.response.headers.get('x-request-id'));
  }
  // An answer that is not GraphQL (a proxy's error page): the status and request id still help support.
  if (ServerParseError.is(error)) {
    const requestId = error.response.headers.get('x-request-id');
    return error.statusCode >= 400
      ? apiErrorFromBody(null, error.statusCode, requestId)
      : new ApiError('INTERNAL', 'The server sent an answer Bulwark could not read. Try again.', requestId);
  }
  if (isFetchFailure(error)) return networkError();
  return new ApiError('INTERNAL', 'Something went wrong in this page. Reload it to try again.');
}
