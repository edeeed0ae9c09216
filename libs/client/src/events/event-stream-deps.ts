import type { BulletinEventFilter } from '../generated/graphql';

/** What the stream needs from the client that opens it. */
export interface EventStreamDeps {
  /** ws(s)://host/graphql */
  wsUrl: string;
  /** A WebSocket class: the option, or globalThis.WebSocket (on Node 20, the `ws` package's). */
  webSocketImpl: unknown;
  /** `{ apiKey }` or `{ authorization: 'Bearer …' }`; called on every (re)connection, so it may refresh first. */
  connectionParams: () => Promise<Record<string, unknown>>;
  /** The socket closed with 4401 (access token expired): refresh the session before the stream reconnects. */
  onAuthExpired?: () => Promise<void>;
}

export interface EventStreamOptions {
  /** One of the signed-in user's saved feeds; its filter replaces `filter`. */
  feedId?: string;
  filter?: BulletinEventFilter;
  /** Start after this sequence (a persisted `lastSequence`): the events missed since, then live ones. */
  since?: number;
  /** Aborting it ends the stream as `close()` does. */
  signal?: AbortSignal;
  /** Consecutive failed connections before the stream gives up with STREAM_LOST (default 10). */
  maxAttempts?: number;
  /** Backoff: the first wait is at most this long (default 500 ms)… */
  retryBaseMs?: number;
  /** …and no wait is longer than this (default 30 s). */
  retryCapMs?: number;
  /**
   * A ping every `intervalMs` (default 15 s); no pong within `timeoutMs` (default 10 s) counts as a drop, so a
   * connection that died silently (a NAT or proxy forgetting it) is noticed and resumed.
   */
  heartbeat?: { intervalMs: number; timeoutMs: number };
}
