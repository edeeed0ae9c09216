import type { ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { SessionSockets } from '@api/auth/session-sockets';
import type { ViewerAuthenticator } from '@api/auth/viewer-authenticator';
import type { AppConfig } from '@api/config/app-config';
import type { SocketConnectionCounter } from '@api/http/socket-connection-counter';
import { socketConnectHandler } from './graphql-context';
import type { SocketOnSubscribe } from './limits/socket-operations';
import { sharedPushSubscribe } from './push/shared-push-subscribe';
import { SocketRequestIds } from './socket-request-ids';

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface SocketOptionsInput {
  readonly config: AppConfig;
  readonly formatError: ErrorFormatter;
  readonly onSocketSubscribe: SocketOnSubscribe;
  readonly authenticator: ViewerAuthenticator;
  readonly sockets: SocketConnectionCounter;
  /** Open sockets by session, closed when their session ends. */
  readonly sessionSockets: SessionSockets;
}

/**
 * graphql-ws on /graphql. It executes outside Apollo and outside any HTTP request: its errors go through the
 * same formatter, each operation with a request id of its own (`extensions.requestId`, `reqId` in the log).
 */
export function graphqlWsOptions({
  config,
  formatError,
  onSocketSubscribe,
  authenticator,
  sockets,
  sessionSockets,
}: SocketOptionsInput) {
  const requestIds = new SocketRequestIds();
  const format = (result: FormattedExecutionResult | ExecutionResult) => formatResult(formatError, result);
  return {
    path: '/graphql',
    // A socket that has not authenticated (connection_init) within this is closed with 4408.
    connectionInitWaitTimeout: config.http.socketInitTimeoutMs,
    onConnect: socketConnectHandler(authenticator, sockets, sessionSockets),
    onClose: (ctx: { extra: unknown }) => {
      sockets.release(ctx.extra as object);
      sessionSockets.release(ctx.extra as object);
    },
    // The same parse limits, validation rules (no introspection in production) and cost budget as HTTP.
    onSubscribe: ((ctx, id, payload) => {
      requestIds.begin(ctx, id);
      return requestIds.within(ctx, id, () => onSocketSubscribe(ctx, id, payload));
    }) satisfies SocketOnSubscribe,
    onNext: (
      ctx: object,
      id: string,
      _payload: unknown,
      _args: unknown,
      result: FormattedExecutionResult | ExecutionResult,
    ) => requestIds.within(ctx, id, () => format(result)),
    onComplete: (ctx: object, id: string) => requestIds.end(ctx, id),
    // Passed through to graphql-ws at run time, though Nest's config type omits them.
    ...({
      // Each event rendered once per group of subscribers who must receive the same bytes (graphql/push).
      subscribe: sharedPushSubscribe(format),
      // An error message ends the operation: graphql-ws calls onComplete after it only for a failed stream.
      onError: (ctx: object, id: string, _payload: unknown, errors: readonly GraphQLError[]) => {
        const formatted = requestIds.within(ctx, id, () => errors.map((error) => formatError(error.toJSON(), error)));
        requestIds.end(ctx, id);
        return formatted;
      },
    } as object),
  };
}

export function formatResult(
  formatError: ErrorFormatter,
  result: FormattedExecutionResult | ExecutionResult,
): FormattedExecutionResult {
  const { errors, ...rest } = result;
  return errors ? { ...rest, errors: errors.map((error) => formatError(toFormatted(error), error)) } : rest;
}

function toFormatted(error: GraphQLError | GraphQLFormattedError): GraphQLFormattedError {
  return 'toJSON' in error ? error.toJSON() : error;
}
