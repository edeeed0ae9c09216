import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import type { BrowserSession } from '@web/auth/browser-session';
import { type ApiError, apiErrorFromBody } from './api-error';

/** What the reader sees of the live connection. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** Server close codes the client acts on (see docs/api.md). */
const TOKEN_EXPIRED = 4401;
const FORBIDDEN_AT_CONNECT = 4403;
const PING_EVERY_MS = 10_000;
const PONG_WITHIN_MS = 5_000;
const MAX_BACKOFF_MS = 30_000;

export interface LiveStreamOptions<TData, TVariables> {
  readonly session: BrowserSession;
  readonly document: TypedDocumentNode<TData, TVariables>;
  /** Everything but `since`, which the stream keeps itself. */
  readonly variables: Omit<TVariables, 'since'>;
  /** Start after this sequence (from latestEventSequence read before the page). */
  readonly since: number | null;
  /**
   * The sequence each message carries, for resuming with `since`. Absent for a subscription with no `since`
   * (one that sends its whole state at every subscription): it is then sent its variables alone.
   */
  readonly sequenceOf?: (data: TData) => number;
  readonly onData: (data: TData) => void;
  readonly onStatus: (status: LiveStatus) => void;
  /** The server no longer keeps events after `since` (a long sleep): reload the page, then stream anew. */
  readonly onExpired: () => void;
  /** An error retrying will not fix (a bad filter, a feed that was deleted). */
  readonly onFatal: (error: ApiError) => void;
}

function socketUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'number';
}

/**
 * A subscription that survives sleep, network loss and token expiry: every (re)connection subscribes again
 * with `since` set to the last sequence received, so the server sends what was missed, once, in order (R16).
 * Returns a function that closes it.
 */
export function openLiveStream<TData, TVariables>(options: LiveStreamOptions<TData, TVariables>): () => void {
  const { session } = options;
  let since = options.since;
  let client: Client | null = null;
  let closed = false;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const status = (next: LiveStatus) => {
    if (!closed) options.onStatus(next);
  };

  const drop = () => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    const old = client;
    client = null;
    void old?.dispose();
  };

  const retry = (delayMs?: number) => {
    drop();
    if (closed) return;
    if (!navigator.onLine) return status('offline'); // the 'online' event connects again
    status('reconnecting');
    const backoff = delayMs ?? Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** attempt) * (0.75 + Math.random() / 2);
    attempt += 1;
    retryTimer = setTimeout(connect, backoff);
  };

  const onClosed = async (error: unknown) => {
    if (closed) return;
    if (isCloseEvent(error) && (error.code === TOKEN_EXPIRED || error.code === FORBIDDEN_AT_CONNECT)) {
      const renewed = await session.recoverFromRejectedToken();
      if (!renewed) return drop(); // signed out: the app shows the sign-in page
      return retry(0);
    }
    if (Array.isArray(error)) {
      const problem = apiErrorFromBody({ errors: error }, 200, null);
      const reason = (error[0] as { extensions?: { reason?: unknown } } | undefined)?.extensions?.reason;
      drop();
      if (reason === 'SINCE_EXPIRED') return options.onExpired();
      if (problem.code === 'UNAUTHENTICATED' && (await session.recoverFromRejectedToken())) return retry(0);
      return options.onFatal(problem);
    }
    retry();
  };

  function connect(): void {
    drop();
    if (closed) return;
    if (!navigator.onLine) return status('offline');
    status(attempt === 0 ? 'connecting' : 'reconnecting');
    let socket: WebSocket | null = null;
    let pongTimer: ReturnType<typeof setTimeout> | null = null;
    const current = createClient({
      url: socketUrl(),
      lazy: false,
      retryAttempts: 0,
      keepAlive: PING_EVERY_MS,
      connectionParams: async () => {
        const token = await session.accessToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      on: {
        opened: (opened) => (socket = opened as WebSocket),
        connected: () => {
          attempt = 0;
          status('live');
        },
        // A socket that stops answering pings (a laptop that slept, a dead Wi-Fi) is closed and replaced.
        ping: (received) => {
          if (!received) pongTimer = setTimeout(() => socket?.close(4408, 'No pong'), PONG_WITHIN_MS);
        },
        pong: (received) => {
          if (received && pongTimer) clearTimeout(pongTimer);
        },
        closed: () => {
          if (pongTimer) clearTimeout(pongTimer);
        },
      },
    });
    client = current;
    current.subscribe<TData>(
      {
        query: print(options.document),
        variables: options.sequenceOf ? { ...options.variables, since } : options.variables,
      },
      {
        next: (result) => {
          if (current !== client) return;
          if (result.errors?.length) return void onClosed(result.errors);
          if (!result.data) return;
          if (options.sequenceOf) since = options.sequenceOf(result.data);
          options.onData(result.data);
        },
        error: (error) => {
          if (current === client) void onClosed(error);
        },
        complete: () => {
          if (current === client) retry();
        },
      },
    );
  }

  const goOffline = () => {
    drop();
    status('offline');
  };
  const goOnline = () => {
    attempt = 0;
    connect();
  };
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);
  connect();

  return () => {
    closed = true;
    window.removeEventListener('offline', goOffline);
    window.removeEventListener('online', goOnline);
    drop();
  };
}
