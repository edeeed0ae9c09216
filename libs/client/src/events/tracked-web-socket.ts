import { BulwarkError } from '../errors';

/** The part of a WebSocket (the browser's, or the `ws` package's) that the stream touches itself. */
export interface ClosableSocket {
  readonly readyState: number;
  close(code?: number, reason?: string): void;
}

type WebSocketClass = new (url: string, protocols?: string | string[]) => ClosableSocket;

const CONNECTING = 0;
const OPEN = 1;

/**
 * The given WebSocket class, extended to report each socket it creates. graphql-ws can only close a socket once
 * the server acknowledged it; the stream must also close one that is still connecting (a `close()` or an abort
 * while the server is unreachable), or it would linger until the operating system gives up on it.
 */
export function trackingWebSocketClass(webSocketImpl: unknown, created: (socket: ClosableSocket) => void): unknown {
  if (typeof webSocketImpl !== 'function') {
    throw new BulwarkError(
      'NETWORK',
      "No WebSocket implementation: pass webSocketImpl (on Node 20, the 'ws' package's WebSocket).",
    );
  }
  const Base = webSocketImpl as WebSocketClass;
  return class TrackedWebSocket extends Base {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      created(this);
    }
  };
}

/** Closes a socket that is still connecting or open; one already closing or closed is left alone. */
export function closeSocket(socket: ClosableSocket): void {
  if (socket.readyState === CONNECTING || socket.readyState === OPEN) socket.close(1000, 'Normal Closure');
}
