import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { GqlContext } from '@api/auth/request-viewer';
import { PushRenderer, type ResultFormatter } from './push-renderer';
import { describeSelection } from './push-selection';
import { Pushed } from './pushed';
import { PushStream } from './push-stream';

/**
 * graphql-ws's `subscribe`, replacing one execution and one serialisation per subscriber and event: a `Pushed`
 * event is rendered once per group (PushRenderer) and the same bytes are written to every socket in the group.
 * Anything else a subscription yields is executed per subscriber, as graphql-js would.
 */
export function sharedPushSubscribe(formatResult: ResultFormatter) {
  const renderer = new PushRenderer(formatResult);
  return async (args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> => {
    const operation = (args.contextValue as GqlContext).operation;
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source;
    const selection = describeSelection(args);
    const iterator = source[Symbol.asyncIterator]();
    return new PushStream(iterator, operation, async (item) => {
      if (!(item instanceof Pushed) || !operation) return execute({ ...args, rootValue: item });
      const payload = await renderer.render(args, selection, item as Pushed<object>);
      await operation.send(`{"id":${JSON.stringify(operation.id)},"type":"next","payload":${payload}}`);
      return null;
    });
  };
}
