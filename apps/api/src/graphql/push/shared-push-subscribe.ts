import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { GqlContext, SocketOperation } from '@api/auth/request-viewer';
import type { PushChannel } from './push-channel';
import { PushRenderer, type ResultFormatter } from './push-renderer';
import { describeSelection, type PushSelection } from './push-selection';
import { PushStream } from './push-stream';

/**
 * graphql-ws's `subscribe`, replacing one execution and one serialisation per subscriber and event: the
 * subscription's source gets the operation's PushChannel in its context and writes its pushes itself, each
 * rendered once per group (PushRenderer), the same bytes to every socket in the group. Anything it yields is
 * executed per subscriber, as graphql-js would.
 */
export function sharedPushSubscribe(formatResult: ResultFormatter) {
  const renderer = new PushRenderer(formatResult);
  return async (args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> => {
    const context = args.contextValue as GqlContext;
    const { operation } = context;
    const channel = operation ? pushChannel(operation, renderer, args, describeSelection(args)) : undefined;
    context.push = channel;
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source;
    const iterator = source[Symbol.asyncIterator]();
    return new PushStream(iterator, operation, async (rootValue) => execute({ ...args, rootValue }));
  };
}

const CLOSING = Buffer.from('}');
let lastEncoded: { readonly text: string; readonly bytes: Buffer } | null = null;

/**
 * A payload's UTF-8 bytes, encoded once for the many sockets a fan-out writes it to in a row (the same string, so
 * the comparison is a pointer's): each socket then copies bytes instead of building and encoding its own text.
 */
function encoded(payload: string): Buffer {
  if (lastEncoded?.text !== payload) lastEncoded = { text: payload, bytes: Buffer.from(payload) };
  return lastEncoded.bytes;
}

function pushChannel(
  operation: SocketOperation,
  renderer: PushRenderer,
  args: ExecutionArgs,
  selection: PushSelection,
): PushChannel {
  const opening = Buffer.from(`{"id":${JSON.stringify(operation.id)},"type":"next","payload":`);
  return {
    render: (pushed) => renderer.render(args, selection, pushed),
    write: (payload) => operation.write(Buffer.concat([opening, encoded(payload), CLOSING])),
    drained: () => operation.drained(),
  };
}
