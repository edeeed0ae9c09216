import type { Logger } from 'pino';

interface EmitterShape {
  emit(event: string | symbol, ...args: unknown[]): boolean;
}

/** ws's own errors for a client that broke the protocol (a message over maxPayload, a bad frame): WS_ERR_*. */
function isClientFault(error: unknown): error is { code: string; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('WS_ERR_');
}

/**
 * ws closes the socket itself on a client's protocol fault, with the fault's code (1009 for a message over the
 * cap, 1002 or 1007 for a bad frame), then emits `error`; graphql-ws answers every such `error` by printing it
 * with its stack on stderr as an "internal error". A client's fault is not ours: one `warn` line, no stack, and
 * graphql-ws is not told. Any other socket error goes on to graphql-ws as before.
 */
export function quietClientFaults(socket: EmitterShape, logger: Logger): void {
  const emit = socket.emit.bind(socket);
  socket.emit = (event: string | symbol, ...args: unknown[]): boolean => {
    if (event !== 'error' || !isClientFault(args[0])) return emit(event, ...args);
    logger.warn({ code: args[0].code, reason: args[0].message }, 'WebSocket closed: the client broke the protocol');
    return true;
  };
}
