import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  readonly requestId: string;
  /** The caller's address as the HTTP server sees it (behind a trusted proxy: the forwarded one). */
  readonly clientAddress?: string;
}

/** Carries the request id through every await of a request, so each log line can name it. */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

export function currentClientAddress(): string | undefined {
  return requestContext.getStore()?.clientAddress;
}
