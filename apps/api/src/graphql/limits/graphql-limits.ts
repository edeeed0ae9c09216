import type { ApolloPlugin } from './apollo-plugin';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { AppConfig } from '@api/config/app-config';
import { documentLimitRules } from './document-limit.rules';
import { parseOptionsFor } from './parser-limits';
import { queryCostPlugin } from './query-cost.plugin';
import { type SocketOnSubscribe, socketOperations } from './socket-operations';

export interface GraphqlLimitOptions {
  /** Apollo: token, comment and length limits while parsing. */
  readonly parseOptions: ParseOptions;
  /** Apollo: depth, alias and directive limits, run once per distinct document (Apollo caches the result). */
  readonly validationRules: ValidationRule[];
  /** Apollo: the cost budget per request (it depends on variables), and the schema for the socket hooks. */
  readonly plugins: ApolloPlugin[];
  /** graphql-ws: the same limits for operations over a socket. */
  readonly onSocketSubscribe: SocketOnSubscribe;
}

/** Every GraphQL limit, for both transports, from the configuration. */
export function graphqlLimitOptions(config: AppConfig): GraphqlLimitOptions {
  const limits = config.graphqlLimits;
  const sockets = socketOperations({
    limits,
    maxSourceLength: config.http.bodyLimitBytes,
    isProduction: config.isProduction,
  });
  return {
    parseOptions: parseOptionsFor(limits, config.http.bodyLimitBytes),
    validationRules: documentLimitRules(limits),
    plugins: [queryCostPlugin(limits), sockets.schemaPlugin],
    onSocketSubscribe: sockets.onSubscribe,
  };
}
