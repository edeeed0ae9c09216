import type { Pushed } from './pushed';

/**
 * One subscription's way to its socket, for a source that writes its pushes itself (the live fan-out) instead
 * of yielding them one by one to graphql-ws.
 */
export interface PushChannel {
  /** The payload of a `next` message as JSON text, rendered once per group of subscribers (PushRenderer). */
  render(pushed: Pushed<object>): Promise<string>;
  /** Writes a rendered payload as this operation's `next`; false when the socket is full: wait for `drained()`. */
  write(payload: string): boolean;
  drained(): Promise<void>;
}
