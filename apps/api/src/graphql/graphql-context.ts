import type { IncomingHttpHeaders } from 'node:http';
import type { GqlContext, RequestViewer, SocketOperation, ViewerCarrier } from '@api/auth/request-viewer';
import { API_KEY_ENDED_REASON, SESSION_ENDED_REASON, type SessionSockets } from '@api/auth/session-sockets';
import type { ViewerAuthenticator } from '@api/auth/viewer-authenticator';
import type { SocketConnectionCounter } from '@api/http/socket-connection-counter';
import { addressKey, viewerKey } from '@api/rate-limit/client-keys';
import { RequestLoaders } from './request-loaders';

/** What a graphql-ws connection keeps between its messages: the credentials it presented, never a viewer. */
export interface SocketState {
  credentialHeaders: IncomingHttpHeaders;
  remoteAddress?: string;
}

interface RawSocket {
  readonly readyState: number;
  readonly OPEN: number;
  readonly bufferedAmount: number;
  close(code: number, reason: string): void;
  send(data: string | Buffer, options?: { binary: boolean }): void;
}

interface SocketExtra {
  request?: { socket?: { remoteAddress?: string } };
  socket?: RawSocket;
  bulwark?: SocketState;
}

/** connectionParams { authorization: "Bearer …" } or { apiKey: "…" } become the headers an HTTP call would send. */
export function credentialHeadersFrom(
  connectionParams: Readonly<Record<string, unknown>> | undefined,
): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  const authorization = connectionParams?.['authorization'] ?? connectionParams?.['Authorization'];
  const apiKey = connectionParams?.['apiKey'] ?? connectionParams?.['x-api-key'];
  if (typeof authorization === 'string') headers.authorization = authorization;
  if (typeof apiKey === 'string') headers['x-api-key'] = apiKey;
  return headers;
}

/**
 * Checks a socket's credentials once at connection (a bad token is refused with close code 4403); they are
 * checked again for every operation and push, since a user can be deactivated while the socket stays open.
 * A socket signed in with a session or an API key is held under it (`sessionSockets`), so that ending the session
 * or revoking the key closes it.
 */
export function socketConnectHandler(
  authenticator: ViewerAuthenticator,
  sockets?: SocketConnectionCounter,
  sessionSockets?: SessionSockets,
) {
  return async (ctx: { connectionParams?: Readonly<Record<string, unknown>>; extra: unknown }): Promise<boolean> => {
    const extra = ctx.extra as SocketExtra;
    const state: SocketState = {
      credentialHeaders: credentialHeadersFrom(ctx.connectionParams),
      remoteAddress: sockets ? sockets.clientAddress(extra.request) : extra.request?.socket?.remoteAddress,
    };
    let viewer;
    try {
      viewer = await authenticator.authenticate({ headers: { ...state.credentialHeaders } });
    } catch {
      return false;
    }
    // Over the open-socket cap per viewer or address: closed with 4429 (the place is given back in onClose).
    if (sockets && !(await sockets.admit(extra, viewerKey(viewer), addressKey(state.remoteAddress), extra.socket)))
      return false;
    const held = viewer && heldUnder(viewer);
    if (sessionSockets && held && extra.socket && !sessionSockets.hold(extra, held.id, extra.socket, held.reason))
      return false;
    extra.bulwark = state;
    return true;
  };
}

/** The credential a socket is held under, so that ending it closes the socket (SessionSockets). */
function heldUnder(viewer: RequestViewer): { id: string; reason: string } | null {
  if (viewer.sessionId) return { id: viewer.sessionId, reason: SESSION_ENDED_REASON };
  if (viewer.apiKeyId) return { id: viewer.apiKeyId, reason: API_KEY_ENDED_REASON };
  return null;
}

/**
 * One request shape for HTTP and WebSocket. Over a socket every operation gets a fresh carrier, so the
 * viewer is authenticated again for each one: a deactivation reaches open sockets at once (R8).
 */
export function graphqlContext(input: { req?: ViewerCarrier; extra?: unknown }, operationId?: unknown): GqlContext {
  if (input.req) return { req: input.req, loaders: new RequestLoaders() };
  const extra = input.extra as SocketExtra | undefined;
  const state = extra?.bulwark;
  const closeSocket = (code: number, reason: string) => extra?.socket?.close(code, reason);
  return {
    req: { headers: { ...state?.credentialHeaders }, ip: state?.remoteAddress, closeSocket },
    loaders: new RequestLoaders(),
    operation:
      extra?.socket && typeof operationId === 'string' ? socketOperation(extra.socket, operationId) : undefined,
  };
}

/** Past this many bytes waiting to be written to one socket, pushes to it wait for them to go (a slow client). */
const SOCKET_HIGH_WATER_BYTES = 1 << 20;

function socketOperation(socket: RawSocket, id: string): SocketOperation {
  const controller = new AbortController();
  return {
    id,
    signal: controller.signal,
    abort: () => controller.abort(),
    // As graphql-ws writes its own messages: nothing to a socket that is no longer open.
    write: (message) => {
      if (socket.readyState !== socket.OPEN) return true;
      // A text frame, also when the message comes already encoded.
      socket.send(message, { binary: false });
      return socket.bufferedAmount <= SOCKET_HIGH_WATER_BYTES;
    },
    drained: async () => {
      while (socket.readyState === socket.OPEN && socket.bufferedAmount > SOCKET_HIGH_WATER_BYTES / 2)
        await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}
