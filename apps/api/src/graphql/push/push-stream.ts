import type { ExecutionResult } from 'graphql';
import type { SocketOperation } from '@api/auth/request-viewer';

type Deliver = (item: unknown) => Promise<ExecutionResult | null>;

/**
 * What graphql-ws iterates for one subscription. Items the deliverer sends itself yield nothing here. `return()`
 * (the client's `complete`, or the socket closing) ends it at once, even while the source is waiting for the next
 * event, and tells the source through the operation's abort signal so it stops waiting too.
 */
export class PushStream implements AsyncGenerator<ExecutionResult, undefined> {
  private finished = false;
  private readonly ended: Promise<IteratorReturnResult<undefined>>;
  private signalEnd!: () => void;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly operation: SocketOperation | undefined,
    private readonly deliver: Deliver,
  ) {
    this.ended = new Promise((resolve) => {
      this.signalEnd = () => resolve({ done: true, value: undefined });
    });
  }

  async next(): Promise<IteratorResult<ExecutionResult, undefined>> {
    while (!this.finished) {
      const pending = this.source.next();
      pending.catch(() => undefined); // when `ended` wins the race, a later failure of this step has no reader
      const step = await Promise.race([pending, this.ended]);
      if (step.done) break;
      const result = await this.deliver(step.value);
      if (result && !this.finished) return { done: false, value: result };
    }
    this.finish();
    return { done: true, value: undefined };
  }

  return(): Promise<IteratorResult<ExecutionResult, undefined>> {
    this.finish();
    return Promise.resolve({ done: true, value: undefined });
  }

  throw(error: unknown): Promise<IteratorResult<ExecutionResult, undefined>> {
    this.finish();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  [Symbol.asyncDispose](): Promise<void> {
    this.finish();
    return Promise.resolve();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.operation?.abort();
    this.signalEnd();
    // Not awaited: a generator source finishes its current step first; the abort above cuts that short.
    void this.source.return?.(undefined)?.catch(() => undefined);
  }
}
