import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Logger } from 'pino';
import type { AppConfig } from '@api/config/app-config';
import { createErrorFormatter } from './format-error';
import type { SessionSockets } from '@api/auth/session-sockets';
import type { ViewerAuthenticator } from '@api/auth/viewer-authenticator';
import { graphqlContext } from './graphql-context';
import { jsonResponseStatusPlugin } from '@api/http/json-response-status.plugin';
import type { SocketConnectionCounter } from '@api/http/socket-connection-counter';
import type { ApolloPlugin } from './limits/apollo-plugin';
import { graphqlLimitOptions } from './limits/graphql-limits';
import { graphqlWsOptions } from './socket-options';

/** Apollo behind Nest: the schema from code, errors through one formatter, no CDN landing page. */
export function graphqlOptions(
  config: AppConfig,
  logger: Logger,
  authenticator: ViewerAuthenticator,
  sockets: SocketConnectionCounter,
  sessionSockets: SessionSockets,
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
    plugins: [...limits.plugins, jsonResponseStatusPlugin, ApolloServerPluginCacheControlDisabled() as ApolloPlugin],
    // A GET query needs a header no cross-site "simple" request can carry: the caller's credentials (/graphql
    // takes no cookies) or Apollo's own. POST bodies are JSON only (json-only.middleware.ts); GET runs no mutation.
    csrfPrevention: {
      requestHeaders: ['authorization', 'x-api-key', 'x-apollo-operation-name', 'apollo-require-preflight'],
    },
    // Let an error's extensions.http set the status: only RATE_LIMITED carries one (429 with Retry-After).
    preserveHttpStatusForExecutionErrors: false,
    subscriptions: {
      'graphql-ws': graphqlWsOptions({
        config,
        formatError,
        onSocketSubscribe: limits.onSocketSubscribe,
        authenticator,
        sockets,
        sessionSockets,
      }),
    },
    context: graphqlContext,
  };
}
