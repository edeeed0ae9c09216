import type { ApolloPlugin } from './apollo-plugin';
import {
  type ExecutionArgs,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { GraphqlLimits } from '@api/config/app-config';
import { documentLimitRules } from './document-limit.rules';
import { tooComplex } from './limit-errors';
import { parseOptionsFor } from './parser-limits';
import { operationCost } from './query-cost';
import { costExceededMessage } from './query-cost.plugin';

export interface SocketOperationOptions {
  readonly limits: GraphqlLimits;
  readonly maxSourceLength: number;
  readonly isProduction: boolean;
}

export type SocketOnSubscribe = NonNullable<ServerOptions['onSubscribe']>;

/** A parse or validation error, tagged as Apollo tags it, so the one formatter treats it the same way. */
function requestError(error: GraphQLError, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'): GraphQLError {
  if (error.originalError) return error; // one of ours (a limit), already carrying its AppError
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

/** Apollo's rule, for sockets: introspection is off in production (one error per __schema or __type field). */
const noIntrospection: ValidationRule = (context) => ({
  Field(field) {
    if (field.name.value === '__schema' || field.name.value === '__type')
      context.reportError(
        new GraphQLError('GraphQL introspection is not allowed, but the query contained __schema or __type.', {
          nodes: field,
        }),
      );
  },
});

/**
 * graphql-ws does not go through Apollo: Nest hands it the bare schema, so it would parse without limits and
 * validate with graphql-js's rules only (introspection included, even in production). This `onSubscribe`
 * gives socket operations the same parse limits, validation rules and cost budget as HTTP; its errors are
 * tagged like Apollo's so graphql-options.ts's `onError` formats them the same way. The schema arrives through
 * `schemaPlugin` when Apollo starts, before any socket can connect.
 */
export function socketOperations(options: SocketOperationOptions): {
  onSubscribe: SocketOnSubscribe;
  schemaPlugin: ApolloPlugin;
} {
  let schema: GraphQLSchema | undefined;
  const parseOptions = parseOptionsFor(options.limits, options.maxSourceLength);
  const rules: ValidationRule[] = [
    ...specifiedRules,
    ...(options.isProduction ? [noIntrospection] : []),
    ...documentLimitRules(options.limits),
  ];
  const onSubscribe: SocketOnSubscribe = (_ctx, _id, payload) => {
    if (!schema) return [new GraphQLError('The server is starting; try again.')];
    let document;
    try {
      document = parse(payload.query, parseOptions);
    } catch (error) {
      if (error instanceof GraphQLError) return [requestError(error, 'GRAPHQL_PARSE_FAILED')];
      throw error;
    }
    let invalid: readonly GraphQLError[];
    try {
      invalid = validate(schema, document, rules);
    } catch (error) {
      // graphql-js 16's SingleFieldSubscriptionsRule throws on `@skip(if: $v)` at a subscription's root: the
      // caller's document, not our failure (left to graphql-ws, it would close the socket with 4500).
      if (error instanceof GraphQLError) return [requestError(error, 'GRAPHQL_VALIDATION_FAILED')];
      throw error;
    }
    if (invalid.length > 0) return invalid.map((error) => requestError(error, 'GRAPHQL_VALIDATION_FAILED'));
    const cost = operationCost(
      schema,
      document,
      payload.operationName,
      payload.variables,
      options.limits.listDefaultSize,
    );
    if (cost > options.limits.maxCost) return [tooComplex(costExceededMessage(cost, options.limits.maxCost))];
    const args: ExecutionArgs = {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    };
    return args;
  };

  return {
    onSubscribe,
    schemaPlugin: {
      serverWillStart(service) {
        schema = service.schema;
        return Promise.resolve();
      },
    },
  };
}
