/** What the consumer reads of an event (a BulletinEvent has all of it). */
export interface ConsumedEvent {
  readonly sequence: number;
  readonly type: string;
  readonly bulletin: { readonly id: string; readonly title: string };
}

/** A BulletinEventStream, as far as the consumer uses it. */
export interface ConsumedStream<E extends ConsumedEvent> extends AsyncIterable<E> {
  readonly lastSequence: number | undefined;
  close(): Promise<void>;
}

/** Consumes a stream in a for-await loop, as an application would, and records what it saw and how it ended. */
export class StreamConsumer<E extends ConsumedEvent> {
  readonly events: E[] = [];
  error: unknown = undefined;
  finished = false;
  /** Resolves when the for-await loop has ended, however it ended. */
  readonly done: Promise<void>;

  /** `slowMs`: how long the consumer works on each event, so that events queue up behind it. */
  constructor(
    readonly stream: ConsumedStream<E>,
    options: { slowMs?: number; stopWhen?: (event: E) => boolean } = {},
  ) {
    this.done = this.consume(options);
  }

  get sequences(): number[] {
    return this.events.map((event) => event.sequence);
  }

  titles(): string[] {
    return this.events.map((event) => `${event.type}:${event.bulletin.title}`);
  }

  private async consume({ slowMs, stopWhen }: { slowMs?: number; stopWhen?: (event: E) => boolean }) {
    try {
      for await (const event of this.stream) {
        this.events.push(event);
        if (stopWhen?.(event)) break;
        if (slowMs) await new Promise((resolve) => setTimeout(resolve, slowMs));
      }
    } catch (error) {
      this.error = error;
    } finally {
      this.finished = true;
    }
  }
}
