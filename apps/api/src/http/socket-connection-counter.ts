import type { IncomingHttpHeaders } from 'node:http';

/**
 * Open graphql-ws connections per viewer (user or API key) and per client address, in this process. A socket
 * takes its places when it is accepted and gives them back when it closes; over either cap it is closed with
 * 4429 before it is acknowledged.
 */
export const SOCKET_LIMIT_CLOSE_CODE = 4429;

interface ClosableSocket {
  close(code: number, reason: string): void;
}

interface UpgradeRequest {
  headers?: IncomingHttpHeaders;
  socket?: { remoteAddress?: string };
}

export class SocketConnectionCounter {
  private readonly perViewer = new Map<string, number>();
  private readonly perAddress = new Map<string, number>();
  private readonly releases = new WeakMap<object, () => void>();

  constructor(
    private readonly maxPerViewer: number,
    private readonly maxPerAddress: number,
    private readonly trustProxy = false,
  ) {}

  /**
   * The client's address as Express's `req.ip` would give it: behind a trusted proxy (TRUST_PROXY) the first
   * X-Forwarded-For entry, else the peer. Without it every socket behind a proxy would share one address.
   */
  clientAddress(request: UpgradeRequest | undefined): string | undefined {
    const forwarded = this.trustProxy ? request?.headers?.['x-forwarded-for'] : undefined;
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    return first || request?.socket?.remoteAddress;
  }

  /**
   * Takes a place for `owner` (the connection's graphql-ws `extra`), or closes `socket` with 4429 and returns
   * false. `viewer` and `address` are budget keys (see rate-limit/client-keys.ts); an anonymous socket has no viewer.
   */
  admit(owner: object, viewer: string | null, address: string, socket: ClosableSocket | undefined): boolean {
    const full =
      (this.perAddress.get(address) ?? 0) >= this.maxPerAddress ||
      (viewer !== null && (this.perViewer.get(viewer) ?? 0) >= this.maxPerViewer);
    if (full) {
      socket?.close(SOCKET_LIMIT_CLOSE_CODE, 'Too many open connections');
      return false;
    }
    increment(this.perAddress, address, 1);
    if (viewer !== null) increment(this.perViewer, viewer, 1);
    this.releases.set(owner, () => {
      increment(this.perAddress, address, -1);
      if (viewer !== null) increment(this.perViewer, viewer, -1);
    });
    return true;
  }

  /** Gives back `owner`'s places; safe to call for a socket that never got one, and more than once. */
  release(owner: object): void {
    const release = this.releases.get(owner);
    this.releases.delete(owner);
    release?.();
  }

  openFor(key: { viewer?: string; address?: string }): number {
    if (key.viewer !== undefined) return this.perViewer.get(key.viewer) ?? 0;
    return key.address !== undefined ? (this.perAddress.get(key.address) ?? 0) : 0;
  }
}

function increment(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
