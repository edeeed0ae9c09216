import type { ApolloPlugin } from './apollo-plugin';
import type { GraphqlLimits } from '@api/config/app-config';
import { tooComplex } from './limit-errors';
import { operationCost } from './query-cost';

export function costExceededMessage(cost: number, maxCost: number): string {
  return `The query could fetch about ${cost} objects; the limit is ${maxCost}. Ask for fewer items (first) or fewer nested lists.`;
}

/**
 * The cost depends on the variables (`first: $n`), so it is checked per request once the operation is known,
 * after parsing and validation (cached by Apollo) and before anything runs.
 */
export function queryCostPlugin(limits: GraphqlLimits): ApolloPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, request }) {
          const cost = operationCost(
            schema,
            document,
            request.operationName,
            request.variables,
            limits.listDefaultSize,
          );
          if (cost > limits.maxCost) return Promise.reject(tooComplex(costExceededMessage(cost, limits.maxCost)));
          return Promise.resolve();
        },
      });
    },
  };
}
