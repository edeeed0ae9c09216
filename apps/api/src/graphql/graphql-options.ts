import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from '@api/config/app-config';
import { createErrorFormatter } from './format-error';
import type { ViewerAuthenticator } from '@api/auth/viewer-authenticator';
import { graphqlContext, socketConnectHandler } from './graphql-context';

/** Apollo behind Nest: the schema from code, errors through one formatter, no CDN landing page. */
export function graphqlOptions(
  config: AppConfig,
  logger: Logger,
  authenticator: ViewerAuthenticator,
): Omit<ApolloDriverConfig, 'driver'> {
  const formatError = createErrorFormatter(logger.child({ component: 'graphql' }), !config.isProduction);
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.isProduction,
    // Nest's own landing page loads from a CDN; ours is served from local packages (development-console.ts).
    graphiql: false,
    includeStacktraceInErrorResponses: false,
    formatError,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: socketConnectHandler(authenticator),
        // graphql-ws executes outside Apollo: send its errors through the same formatter, so a socket client
        // gets codes and never an internal message.
        onNext: (
          _ctx: unknown,
          _id: string,
          _payload: unknown,
          _args: unknown,
          result: FormattedExecutionResult | ExecutionResult,
        ) =>
          result.errors
            ? { ...result, errors: result.errors.map((error) => formatError(toFormatted(error), error)) }
            : result,
        // Passed through to graphql-ws at run time, though Nest's config type omits it.
        ...({
          onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
            errors.map((error) => formatError(error.toJSON(), error)),
        } as object),
      },
    },
    context: graphqlContext,
  };
}

function toFormatted(error: GraphQLError | GraphQLFormattedError): GraphQLFormattedError {
  return 'toJSON' in error ? error.toJSON() : error;
}
