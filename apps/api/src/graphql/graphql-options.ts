import type { ApolloDriverConfig } from '@nestjs/apollo';
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
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.isProduction,
    // Nest's own landing page loads from a CDN; ours is served from local packages (development-console.ts).
    graphiql: false,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger.child({ component: 'graphql' }), !config.isProduction),
    subscriptions: { 'graphql-ws': { path: '/graphql', onConnect: socketConnectHandler(authenticator) } },
    context: graphqlContext,
  };
}
