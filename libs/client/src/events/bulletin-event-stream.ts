import type { BulletinEvent, BulletinEventStream } from '../bulwark-types';
import { BulwarkError } from '../errors';
import { EventBuffer } from './event-buffer';
import type { EventStreamDeps, EventStreamOptions } from './event-stream-deps';
import { retryDelayMs, type RetryTiming } from './retry-delay';
import { type AttemptEnding, type NextStep, nextStepAfter } from './stream-ending';
import { startSubscriptionAttempt, type SubscriptionAttempt } from './subscription-attempt';

export type { EventStreamDeps, EventStreamOptions } from './event-stream-deps';

const DEFAULTS = { maxAttempts: 10, retryBaseMs: 500, retryCapMs: 30_000 } as const;
const DONE = { done: true, value: undefined } as const;

/** What the last failed connection said, for the STREAM_LOST error. */
function detailsOf(ending: AttemptEnding): Record<string, unknown> {
  if (ending.kind === 'closed') return { lastCloseCode: ending.code, lastCloseReason: ending.reason };
  return { lastEnding: ending.kind };
}

function causeOf(ending: AttemptEnding): unknown {
  return 'error' in ending ? ending.error : undefined;
}

/**
 * `bulletinEvents` as an async iterator that survives dropped connections: each reconnection subscribes with
 * `since` set to the last event handed to the consumer, and anything at or below the newest event already taken
 * in is dropped, so the consumer sees every event once, in order. Events wait in a buffer while the consumer is
 * busy. The iterator throws a BulwarkError when the server refuses the stream (credentials, input, access) or
 * when `maxAttempts` connections in a row fail (STREAM_LOST); `close()`, the signal or `break` end it quietly.
 */
class ResumingEventStream implements BulletinEventStream {
  private readonly buffer = new EventBuffer<BulletinEvent>((event) => (this.lastYielded = event.sequence));
  private readonly timing: RetryTiming;
  private readonly maxAttempts: number;
  private lastYielded: number | undefined;
  /** `since`, or the head of the log read when the stream first connected without one. */
  private startedAfter: number | undefined;
  /** The newest event yielded or waiting in the buffer: anything at or below it is a repeat. */
  private newestAccepted: number | undefined;
  private attempt: SubscriptionAttempt | null = null;
  private stopped = false;
  private cutPauseShort: () => void = () => undefined;
  private readonly running: Promise<void>;

  constructor(
    private readonly deps: EventStreamDeps,
    private readonly options: EventStreamOptions,
  ) {
    this.startedAfter = options.since;
    this.newestAccepted = options.since;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULTS.maxAttempts);
    this.timing = {
      baseMs: options.retryBaseMs ?? DEFAULTS.retryBaseMs,
      capMs: options.retryCapMs ?? DEFAULTS.retryCapMs,
    };
    if (options.signal?.aborted) {
      this.stop();
      this.running = Promise.resolve();
      return;
    }
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
    this.running = this.run().catch((error: unknown) =>
      this.fail(error instanceof Error ? error : new Error(String(error))),
    );
  }

  /** The last sequence yielded; before the first, the one the stream started after. Persist it to resume. */
  get lastSequence(): number | undefined {
    return this.lastYielded ?? this.startedAfter;
  }

  next(): Promise<IteratorResult<BulletinEvent, undefined>> {
    return this.buffer.next();
  }

  async return(): Promise<IteratorResult<BulletinEvent, undefined>> {
    await this.close();
    return DONE;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async close(): Promise<void> {
    this.stop();
    await this.running;
  }

  private readonly onAbort = () => this.stop();

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      let acknowledged = false;
      const ending = await this.connect(() => {
        acknowledged = true;
        failures = 0;
      });
      if (this.stopped) return;
      let step: NextStep = nextStepAfter(ending);
      let renewed = false;
      if (step.action === 'refresh-then-reconnect') {
        const failure = await this.renewCredentials();
        if (this.stopped) return;
        renewed = failure === null;
        step = failure ?? { action: 'reconnect' };
      }
      if (step.action === 'end') return this.fail(step.error);
      // A connection that worked and then dropped is no failure: only connections that never got going are.
      const dropped = acknowledged && (ending.kind === 'closed' || ending.kind === 'socket-error');
      if (!dropped) failures += 1;
      if (failures >= this.maxAttempts) return this.fail(this.lost(failures, ending));
      if (!renewed) await this.pause(retryDelayMs(failures, this.timing));
    }
  }

  /** One connection, until it ends. */
  private async connect(acknowledged: () => void): Promise<AttemptEnding> {
    const attempt = startSubscriptionAttempt(
      this.deps,
      {
        since: this.lastSequence,
        filter: this.options.filter,
        feedId: this.options.feedId,
        heartbeat: this.options.heartbeat,
      },
      {
        acknowledged,
        startsAfter: (sequence) => {
          this.startedAfter ??= sequence;
          this.newestAccepted ??= sequence;
        },
        event: (event) => this.accept(event),
      },
    );
    this.attempt = attempt;
    try {
      return await attempt.ended;
    } finally {
      attempt.dispose();
      this.attempt = null;
    }
  }

  private accept(event: BulletinEvent): void {
    if (this.newestAccepted !== undefined && event.sequence <= this.newestAccepted) return;
    this.newestAccepted = event.sequence;
    this.buffer.push(event);
  }

  /** After a 4401: null once the client has refreshed its session, else what to do instead. */
  private async renewCredentials(): Promise<NextStep | null> {
    try {
      await this.deps.onAuthExpired?.();
      return null;
    } catch (error) {
      return nextStepAfter({ kind: 'credentials-failed', error });
    }
  }

  private lost(failures: number, ending: AttemptEnding): BulwarkError {
    return new BulwarkError(
      'STREAM_LOST',
      `The event stream could not reconnect: ${failures} connection attempts in a row failed.`,
      {
        extensions: { attempts: failures, lastSequence: this.lastSequence, ...detailsOf(ending) },
        cause: causeOf(ending),
      },
    );
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.cutPauseShort(), ms);
      this.cutPauseShort = () => {
        clearTimeout(timer);
        this.cutPauseShort = () => undefined;
        resolve();
      };
    });
  }

  /** The consumer gets what is buffered, then `error`. */
  private fail(error: Error): void {
    this.buffer.fail(error);
    this.release();
  }

  private stop(): void {
    this.release();
    this.buffer.finish();
  }

  private release(): void {
    this.stopped = true;
    this.options.signal?.removeEventListener('abort', this.onAbort);
    this.attempt?.dispose();
    this.cutPauseShort();
  }
}

/** Opens the live `bulletinEvents` stream; see ResumingEventStream. */
export function openBulletinEventStream(deps: EventStreamDeps, options: EventStreamOptions = {}): BulletinEventStream {
  return new ResumingEventStream(deps, options);
}
