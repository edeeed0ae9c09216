import type { IncomingHttpHeaders } from 'node:http';
import type { Permission } from '@bulwark/domain';
import type { ViewerContext } from '@bulwark/policy';
import type { PushChannel } from '@api/graphql/push/push-channel';
import type { RequestLoaders } from '@api/graphql/request-loaders';

/** The signed-in caller of one request: what the policy needs, plus what the API shows about them. */
export interface RequestViewer extends ViewerContext {
  readonly permissions: readonly Permission[];
  readonly sessionId: string | null;
}

/**
 * What every GraphQL resolver and guard sees as `req`, over HTTP and over WebSocket alike. The guard fills
 * `viewer`; a WebSocket connection fills it per message from its connection parameters.
 */
export interface ViewerCarrier {
  headers: IncomingHttpHeaders;
  ip?: string;
  viewer?: RequestViewer;
  /** Over WebSocket: closes the connection with a code the client acts on (4401: refresh and resume). */
  closeSocket?: (code: number, reason: string) => void;
}

/** One graphql-ws operation (a subscription) on its socket. */
export interface SocketOperation {
  /** The operation id the client chose. */
  readonly id: string;
  /** Ends when the client completes the operation or the socket closes. */
  readonly signal: AbortSignal;
  abort(): void;
  /**
   * Writes one message, already serialised, to the socket at once. False when the socket holds more unsent bytes
   * than it should (a client reading slowly): wait for `drained()` before writing more.
   */
  write(message: string | Buffer): boolean;
  drained(): Promise<void>;
}

export interface GqlContext {
  req: ViewerCarrier;
  loaders: RequestLoaders;
  /** Over WebSocket only. */
  operation?: SocketOperation;
  /** Over WebSocket only: how a subscription's pushes are rendered and written (graphql/push). */
  push?: PushChannel;
}
