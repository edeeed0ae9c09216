import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from '@api/config/app-config';
import { createErrorFormatter } from './format-error';
import type { ViewerAuthenticator } from '@api/auth/viewer-authenticator';
import { graphqlContext, socketConnectHandler } from './graphql-context';
import type { SocketConnectionCounter } from '@api/http/socket-connection-counter';
import type { ApolloPlugin } from './limits/apollo-plugin';
import { graphqlLimitOptions } from './limits/graphql-limits';
import { sharedPushSubscribe } from './push/shared-push-subscribe';

/** Apollo behind Nest: the schema from code, errors through one formatter, no CDN landing page. */
export function graphqlOptions(
  config: AppConfig,
  logger: Logger,
  authenticator: ViewerAuthenticator,
  sockets: SocketConnectionCounter,
): Omit<ApolloDriverConfig, 'driver'> {
  const formatError = createErrorFormatter(
    logger.child({ component: 'graphql' }),
    !config.isProduction,
    config.databaseStatementTimeoutMs,
  );
  const limits = graphqlLimitOptions(config);
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.isProduction,
    // Nest's own landing page loads from a CDN; ours is served from local packages (development-console.ts).
    graphiql: false,
    includeStacktraceInErrorResponses: false,
    formatError,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // Bulwark sets no cache hints: without this, Apollo's cache-control plugin runs a hook on every field resolved.
    plugins: [...limits.plugins, ApolloServerPluginCacheControlDisabled() as ApolloPlugin],
    // Let an error's extensions.http set the status: only RATE_LIMITED carries one (429 with Retry-After).
    preserveHttpStatusForExecutionErrors: false,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // A socket that has not authenticated (connection_init) within this is closed with 4408.
        connectionInitWaitTimeout: config.http.socketInitTimeoutMs,
        onConnect: socketConnectHandler(authenticator, sockets),
        onClose: (ctx) => sockets.release(ctx.extra as object),
        // The same parse limits, validation rules (no introspection in production) and cost budget as HTTP.
        onSubscribe: limits.onSocketSubscribe,
        // graphql-ws executes outside Apollo: send its errors through the same formatter, so a socket client
        // gets codes and never an internal message.
        onNext: (
          _ctx: unknown,
          _id: string,
          _payload: unknown,
          _args: unknown,
          result: FormattedExecutionResult | ExecutionResult,
        ) => formatResult(formatError, result),
        // Passed through to graphql-ws at run time, though Nest's config type omits them.
        ...({
          // Each event rendered once per group of subscribers who must receive the same bytes (graphql/push).
          subscribe: sharedPushSubscribe((result) => formatResult(formatError, result)),
          onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
            errors.map((error) => formatError(error.toJSON(), error)),
        } as object),
      },
    },
    context: graphqlContext,
  };
}

function formatResult(
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
  result: FormattedExecutionResult | ExecutionResult,
): FormattedExecutionResult {
  const { errors, ...rest } = result;
  return errors ? { ...rest, errors: errors.map((error) => formatError(toFormatted(error), error)) } : rest;
}

function toFormatted(error: GraphQLError | GraphQLFormattedError): GraphQLFormattedError {
  return 'toJSON' in error ? error.toJSON() : error;
}
