import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { startPeriodicTask } from '@api/common/periodic-task';
import type { SharedSocketPlaces, SocketPlace } from './redis-socket-places';

/**
 * Open graphql-ws connections per viewer (user or API key) and per client address. A socket takes its places
 * when it is accepted and gives them back when it closes; over either cap it is closed with 4429 before it is
 * acknowledged.
 *
 * Without Redis the caps hold per process. With Redis (`shared`) they hold across instances: each place is also
 * a leased member of one sorted set per budget, taken atomically for the viewer and the address together
 * (redis-socket-places.ts). This instance renews its leases a few times per lease, and gives them back on close
 * and at shutdown; a crashed instance's places lapse with their lease. When Redis fails during an admission the
 * socket is judged on this process's own count (the per-instance cap) and a warning is logged: locking every
 * client out while Redis is down would turn a cache outage into an API outage.
 */
export const SOCKET_LIMIT_CLOSE_CODE = 4429;

interface ClosableSocket {
  close(code: number, reason: string): void;
}

interface UpgradeRequest {
  headers?: IncomingHttpHeaders;
  socket?: { remoteAddress?: string };
}

interface Place extends SocketPlace {
  readonly viewer: string | null;
  readonly address: string;
}

/** Budget names in the shared store: `address:<addressKey>`, `viewer:<viewerKey>`. */
const ADDRESS = 'address:';
const VIEWER = 'viewer:';
const WARNING_INTERVAL_MS = 60_000;
/** Renewals per lease: a lease survives two renewals failing in a row. */
const RENEWALS_PER_LEASE = 3;

export class SocketConnectionCounter implements OnModuleDestroy {
  private readonly perViewer = new Map<string, number>();
  private readonly perAddress = new Map<string, number>();
  /** Owner (graphql-ws `extra`) to its place; a Map, as renewal walks every place this instance holds. */
  private readonly places = new Map<object, Place>();
  private readonly instanceId = randomUUID();
  private readonly logger = new Logger('WebSocketCaps');
  private readonly stopRenewal: () => void = () => undefined;
  private sequence = 0;
  private lastWarning = 0;
  private closed = false;

  constructor(
    private readonly maxPerViewer: number,
    private readonly maxPerAddress: number,
    private readonly trustProxy = false,
    private readonly shared?: SharedSocketPlaces,
  ) {
    if (shared)
      this.stopRenewal = startPeriodicTask(
        Math.max(1, Math.floor(shared.leaseMs / RENEWALS_PER_LEASE)),
        this.logger,
        'WebSocket cap lease renewal',
        () => this.renew(),
      );
  }

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
   * Synchronous in memory; a promise when the places are shared through Redis.
   */
  admit(
    owner: object,
    viewer: string | null,
    address: string,
    socket: ClosableSocket | undefined,
  ): boolean | Promise<boolean> {
    if (!this.shared) {
      const fits = this.fitsLocally(viewer, address, 0);
      if (fits) this.hold(owner, viewer, address);
      else refuse(socket);
      return fits;
    }
    return this.admitShared(this.shared, owner, viewer, address, socket);
  }

  /** Gives back `owner`'s places; safe to call for a socket that never got one, and more than once. */
  release(owner: object): void {
    const place = this.places.get(owner);
    if (!place) return;
    this.forget(owner, place);
    // Sent on the connection that took the place, so it runs after the take even if that is still in flight.
    if (this.shared && !this.closed) this.shared.give([place]).catch((error: unknown) => this.warn(error));
  }

  openFor(key: { viewer?: string; address?: string }): number {
    if (key.viewer !== undefined) return this.perViewer.get(key.viewer) ?? 0;
    return key.address !== undefined ? (this.perAddress.get(key.address) ?? 0) : 0;
  }

  /** Extends the leases of every place this instance holds (the periodic task; exposed for tests). */
  async renew(): Promise<void> {
    if (this.shared && !this.closed && this.places.size > 0) await this.shared.renew([...this.places.values()]);
  }

  /** At shutdown: gives back this instance's places at once, rather than when their leases lapse. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopRenewal();
    if (!this.shared) return;
    try {
      await this.shared.give([...this.places.values()]);
    } catch (error) {
      this.warn(error);
    }
    await this.shared.close();
  }

  onModuleDestroy(): Promise<void> {
    return this.close();
  }

  private async admitShared(
    shared: SharedSocketPlaces,
    owner: object,
    viewer: string | null,
    address: string,
    socket: ClosableSocket | undefined,
  ): Promise<boolean> {
    // Held here before Redis answers: a close meanwhile finds it, and the fallback below counts it.
    const place = this.hold(owner, viewer, address);
    let admitted: boolean;
    try {
      admitted = await shared.take(
        place.member,
        place.budgets.map((key) => ({ key, cap: key === ADDRESS + address ? this.maxPerAddress : this.maxPerViewer })),
      );
    } catch (error) {
      this.warn(error);
      admitted = this.fitsLocally(viewer, address, 1);
    }
    if (!admitted) {
      if (this.places.get(owner) === place) this.forget(owner, place);
      refuse(socket);
      return false;
    }
    // Closed while waiting: release() has already given the place back.
    return this.places.get(owner) === place;
  }

  /** Whether this process's own count, `pending` of them not yet admitted, leaves room on both caps. */
  private fitsLocally(viewer: string | null, address: string, pending: number): boolean {
    return (
      (this.perAddress.get(address) ?? 0) - pending < this.maxPerAddress &&
      (viewer === null || (this.perViewer.get(viewer) ?? 0) - pending < this.maxPerViewer)
    );
  }

  private hold(owner: object, viewer: string | null, address: string): Place {
    this.release(owner);
    const place: Place = {
      member: `${this.instanceId}:${++this.sequence}`,
      budgets: viewer === null ? [ADDRESS + address] : [ADDRESS + address, VIEWER + viewer],
      viewer,
      address,
    };
    this.places.set(owner, place);
    increment(this.perAddress, address, 1);
    if (viewer !== null) increment(this.perViewer, viewer, 1);
    return place;
  }

  private forget(owner: object, place: Place): void {
    this.places.delete(owner);
    increment(this.perAddress, place.address, -1);
    if (place.viewer !== null) increment(this.perViewer, place.viewer, -1);
  }

  private warn(error: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < WARNING_INTERVAL_MS) return;
    this.lastWarning = now;
    this.logger.warn(
      `shared WebSocket caps unavailable (${(error as Error).message}); admitting on this instance's count`,
    );
  }
}

function refuse(socket: ClosableSocket | undefined): void {
  socket?.close(SOCKET_LIMIT_CLOSE_CODE, 'Too many open connections');
}

function increment(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
