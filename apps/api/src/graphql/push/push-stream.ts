import type { ExecutionResult } from 'graphql';
import type { SocketOperation } from '@api/auth/request-viewer';

type Execute = (item: unknown) => Promise<ExecutionResult>;

/**
 * What graphql-ws iterates for one subscription: each item the source yields, executed. A source may also write
 * its pushes itself (PushChannel) and yield nothing. `return()`
 * (the client's `complete`, or the socket closing) answers at once, even while the source is waiting for the next
 * event, and tells the source through the operation's abort signal, so it stops waiting and ends too.
 */
export class PushStream implements AsyncGenerator<ExecutionResult, undefined> {
  private finished = false;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly operation: SocketOperation | undefined,
    private readonly execute: Execute,
  ) {}

  async next(): Promise<IteratorResult<ExecutionResult, undefined>> {
    if (!this.finished) {
      const step = await this.source.next();
      if (!step.done && !this.finished) {
        const result = await this.execute(step.value);
        if (!this.finished) return { done: false, value: result };
      }
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
    // Not awaited: a generator source finishes its current step first; the abort above cuts that short.
    void this.source.return?.(undefined)?.catch(() => undefined);
  }
}
