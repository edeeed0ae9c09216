interface Waiter<T> {
  resolve(result: IteratorResult<T, undefined>): void;
  reject(error: Error): void;
}

const DONE = { done: true, value: undefined } as const;

/**
 * Items received but not yet taken by a consumer, in order: a slow consumer loses none of them. `next()` hands out
 * the oldest, or waits for one. `onHandOut` runs the moment an item is handed out, before the consumer's await
 * resumes, so whoever tracks "the last one handed out" is never a step behind.
 */
export class EventBuffer<T> {
  private readonly pending: T[] = [];
  private readonly waiters: Waiter<T>[] = [];
  private failure: { readonly error: Error } | null = null;
  private finished = false;

  constructor(private readonly onHandOut: (item: T) => void) {}

  get isFinished(): boolean {
    return this.finished || this.failure !== null;
  }

  push(item: T): void {
    if (this.isFinished) return;
    const waiter = this.waiters.shift();
    if (!waiter) {
      this.pending.push(item);
      return;
    }
    this.onHandOut(item);
    waiter.resolve({ done: false, value: item });
  }

  /** The consumer gets what is pending first, then this error once, then the end. */
  fail(error: Error): void {
    if (this.isFinished) return;
    this.failure = { error };
    const [first, ...others] = this.waiters.splice(0);
    if (!first) return;
    this.failure = null;
    this.finished = true;
    first.reject(error);
    for (const waiter of others) waiter.resolve(DONE);
  }

  /** Ends at once: what is pending is dropped, every waiting consumer gets the end. */
  finish(): void {
    this.finished = true;
    this.failure = null;
    this.pending.length = 0;
    for (const waiter of this.waiters.splice(0)) waiter.resolve(DONE);
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.pending.length > 0) {
      const item = this.pending.shift() as T;
      this.onHandOut(item);
      return Promise.resolve({ done: false, value: item });
    }
    if (this.failure) {
      const { error } = this.failure;
      this.failure = null;
      this.finished = true;
      return Promise.reject(error);
    }
    if (this.finished) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }
}
