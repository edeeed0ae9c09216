import { type Client, createClient, type FormattedExecutionResult, type Sink } from 'graphql-ws/client';
import type { BulletinEvent } from '../bulwark-types';
import {
  BulletinEventsDocument,
  type BulletinEventsSubscription,
  type BulletinEventsSubscriptionVariables,
  LatestEventSequenceDocument,
  type LatestEventSequenceQuery,
} from '../generated/graphql';
import type { EventStreamDeps, EventStreamOptions } from './event-stream-deps';
import type { AttemptEnding } from './stream-ending';
import { type ClosableSocket, closeSocket, trackingWebSocketClass } from './tracked-web-socket';

export interface AttemptRequest extends Pick<EventStreamOptions, 'filter' | 'feedId' | 'heartbeat'> {
  /** Where to start; undefined: at the head of the log, read over the same socket first. */
  since: number | undefined;
}

export interface AttemptListener {
  /** The server accepted the connection's credentials (connection_ack). */
  acknowledged(): void;
  /** The head of the log the subscription starts from, when the request named none. */
  startsAfter(sequence: number): void;
  event(event: BulletinEvent): void;
}

/** One connection of the stream: a socket, (the head of the log,) one `bulletinEvents` subscription on it. */
export interface SubscriptionAttempt {
  /** Resolves once, with how the connection ended; never rejects. */
  readonly ended: Promise<AttemptEnding>;
  /** Closes the socket (even one still connecting); nothing is reported after it. */
  dispose(): void;
}

/** How long graphql-ws keeps an idle socket: between the head query and the subscription it stays open. */
const HOLD_IDLE_SOCKET_MS = 1_000;
/** A ping every 15 s; no pong within 10 s means the connection froze (a NAT or proxy dropped it silently). */
const DEFAULT_HEARTBEAT = { intervalMs: 15_000, timeoutMs: 10_000 };

function isCloseLike(value: unknown): value is { code: number; reason: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'number' &&
    'reason' in value
  );
}

function endingOfError(error: unknown): AttemptEnding {
  if (Array.isArray(error)) return { kind: 'graphql-errors', errors: error };
  if (isCloseLike(error)) return { kind: 'closed', code: error.code, reason: error.reason };
  return { kind: 'socket-error', error };
}

const FROZE: AttemptEnding = { kind: 'closed', code: 4499, reason: 'No pong: the connection froze.' };

class SocketSubscription implements SubscriptionAttempt {
  readonly ended: Promise<AttemptEnding>;
  private settle: (ending: AttemptEnding) => void = () => undefined;
  private done = false;
  private credentialsFailure: { readonly error: unknown } | null = null;
  /** Every socket graphql-ws opened for this attempt (one, unless it had to open another). */
  private readonly sockets: ClosableSocket[] = [];
  private pongOverdue: ReturnType<typeof setTimeout> | undefined;
  private client: Client | null = null;

  constructor(
    private readonly deps: EventStreamDeps,
    private readonly request: AttemptRequest,
    private readonly listener: AttemptListener,
  ) {
    this.ended = new Promise((resolve) => (this.settle = resolve));
    try {
      this.client = this.createClient();
    } catch (error) {
      this.finish({ kind: 'unusable', error });
      return;
    }
    if (request.since !== undefined) this.subscribeAfter(request.since);
    else this.subscribeAfterHead();
  }

  dispose(): void {
    this.finish({ kind: 'completed' });
    void Promise.resolve(this.client?.dispose()).catch(() => undefined);
    this.sockets.forEach(closeSocket);
  }

  private createClient(): Client {
    const heartbeat = this.request.heartbeat ?? DEFAULT_HEARTBEAT;
    return createClient({
      url: this.deps.wsUrl,
      webSocketImpl: trackingWebSocketClass(this.deps.webSocketImpl, (socket) => this.sockets.push(socket)),
      lazy: true,
      lazyCloseTimeout: HOLD_IDLE_SOCKET_MS,
      keepAlive: heartbeat.intervalMs,
      // The stream reconnects by itself, with `since`; graphql-ws would resubscribe with the first variables.
      retryAttempts: 0,
      connectionParams: async () => {
        try {
          return await this.deps.connectionParams();
        } catch (error) {
          this.credentialsFailure = { error };
          throw error;
        }
      },
      on: {
        connected: () => {
          if (!this.done) this.listener.acknowledged();
        },
        closed: (event) => this.finish(endingOfError(event)),
        ping: (received) => {
          if (received || this.done) return;
          clearTimeout(this.pongOverdue);
          this.pongOverdue = setTimeout(() => this.finish(FROZE), heartbeat.timeoutMs);
        },
        pong: (received) => {
          if (received) clearTimeout(this.pongOverdue);
        },
      },
    });
  }

  private subscribeAfter(since: number): void {
    const { filter, feedId } = this.request;
    const variables: BulletinEventsSubscriptionVariables = { since, filter, feedId };
    this.client?.subscribe(
      { query: BulletinEventsDocument.toString(), variables },
      this.sinkOf<BulletinEventsSubscription>(
        (data) => this.listener.event(data.bulletinEvents),
        () => this.finish({ kind: 'completed' }),
      ),
    );
  }

  /** Reads the head of the log on the socket, then subscribes after it: a reconnection can resume from there. */
  private subscribeAfterHead(): void {
    let head: number | undefined;
    this.client?.subscribe(
      { query: LatestEventSequenceDocument.toString() },
      this.sinkOf<LatestEventSequenceQuery>(
        (data) => (head = data.latestEventSequence),
        () => {
          if (head === undefined) return this.finish({ kind: 'completed' });
          this.listener.startsAfter(head);
          this.subscribeAfter(head);
        },
      ),
    );
  }

  private sinkOf<T>(onData: (data: T) => void, onComplete: () => void): Sink<FormattedExecutionResult<T>> {
    return {
      next: (result) => {
        if (this.done) return;
        if (result.errors?.length) this.finish({ kind: 'graphql-errors', errors: result.errors });
        else if (result.data) onData(result.data);
      },
      error: (error) => this.finish(endingOfError(error)),
      complete: () => {
        if (!this.done) onComplete();
      },
    };
  }

  /** The first ending wins; a failure to produce credentials explains whatever close followed it. */
  private finish(ending: AttemptEnding): void {
    if (this.done) return;
    this.done = true;
    clearTimeout(this.pongOverdue);
    const { credentialsFailure } = this;
    this.settle(credentialsFailure ? { kind: 'credentials-failed', error: credentialsFailure.error } : ending);
  }
}

/** Opens one connection and its subscription at once. */
export function startSubscriptionAttempt(
  deps: EventStreamDeps,
  request: AttemptRequest,
  listener: AttemptListener,
): SubscriptionAttempt {
  return new SocketSubscription(deps, request, listener);
}
