import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ApiError, apiErrorFromBody, networkError } from './api-error';

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
  if (error instanceof TypeError) return networkError();
  return new ApiError('INTERNAL', 'Something went wrong in this page. Reload it to try again.');
}
