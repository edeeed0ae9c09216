import { randomUUID } from 'node:crypto';
import { requestContext } from '@api/logging/request-context';

/**
 * A request id per graphql-ws operation, as HTTP gives one per request: its errors carry it in
 * `extensions.requestId` and the log lines written while they are formatted carry it as `reqId`. graphql-ws
 * runs its hooks outside any HTTP request, so each hook that formats errors runs inside `within`.
 */
export class SocketRequestIds {
  // Keyed by graphql-ws's per-socket context: a socket that closes takes its ids with it.
  private readonly bySocket = new WeakMap<object, Map<string, string>>();

  /** A fresh id for operation `id` on this socket (a client may reuse an operation id once it has completed). */
  begin(socket: object, id: string): string {
    let ids = this.bySocket.get(socket);
    if (!ids) {
      ids = new Map();
      this.bySocket.set(socket, ids);
    }
    const requestId = randomUUID();
    ids.set(id, requestId);
    return requestId;
  }

  /** Runs `work` with the operation's request id (a fresh one if `begin` was not called) as the current one. */
  within<T>(socket: object, id: string, work: () => T): T {
    const requestId = this.bySocket.get(socket)?.get(id) ?? this.begin(socket, id);
    return requestContext.run({ requestId }, work);
  }

  /** The operation is over (completed, or ended by an error). */
  end(socket: object, id: string): void {
    this.bySocket.get(socket)?.delete(id);
  }
}
