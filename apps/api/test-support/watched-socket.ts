import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { BULLETIN_EVENTS, EventSubscriber } from './event-subscriber';
import type { TestApp } from './test-app';

export interface SocketClosure {
  readonly code: number;
  readonly reason: string;
  /** Date.now() when the client saw the close. */
  readonly at: number;
}

/** A connected graphql-ws socket holding one live `bulletinEvents` subscription; reports when the server closes it. */
export interface WatchedSocket {
  readonly subscriber: EventSubscriber;
  /** Resolves when the socket closes, whoever closes it. */
  readonly closed: Promise<SocketClosure>;
  isOpen(): boolean;
  dispose(): Promise<void>;
}

/** Opens a socket with `accessToken`, subscribes to bulletin events, and resolves once the server acknowledged it. */
export async function openWatchedSocket(
  t: TestApp | { url: string },
  credential: string | { readonly apiKey: string },
): Promise<WatchedSocket> {
  let closure: SocketClosure | null = null;
  let onClosed: (closure: SocketClosure) => void = () => undefined;
  const closed = new Promise<SocketClosure>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${t.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams:
      typeof credential === 'string' ? { authorization: `Bearer ${credential}` } : { 'x-api-key': credential.apiKey },
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
  });
  client.on('closed', (event) => {
    const { code, reason } = event as { code: number; reason: string };
    closure = { code, reason, at: Date.now() };
    onClosed(closure);
  });
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    void closed.then((c) => reject(new Error(`socket closed before connecting: ${c.code} ${c.reason}`)));
  });
  const subscriber = new EventSubscriber(client).start({}, BULLETIN_EVENTS);
  return {
    subscriber,
    closed,
    isOpen: () => closure === null,
    dispose: async () => {
      subscriber.end();
      await client.dispose();
    },
  };
}
