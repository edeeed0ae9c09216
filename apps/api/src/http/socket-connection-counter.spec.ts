import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SharedSocketPlaces, SocketPlace } from './redis-socket-places';
import { SOCKET_LIMIT_CLOSE_CODE, SocketConnectionCounter } from './socket-connection-counter';

const socket = () => ({ close: vi.fn() });

describe('SocketConnectionCounter', () => {
  it('admits up to the cap per viewer, closes the next with 4429, and frees places on release', () => {
    const counter = new SocketConnectionCounter(2, 100);
    const [a, b, c] = [{}, {}, {}];
    expect(counter.admit(a, 'user:1', '10.0.0.1', socket())).toBe(true);
    expect(counter.admit(b, 'user:1', '10.0.0.2', socket())).toBe(true);
    const refused = socket();
    expect(counter.admit(c, 'user:1', '10.0.0.3', refused)).toBe(false);
    expect(refused.close).toHaveBeenCalledWith(SOCKET_LIMIT_CLOSE_CODE, expect.any(String));
    expect(counter.admit({}, 'user:2', '10.0.0.1', socket())).toBe(true);

    counter.release(a);
    counter.release(a);
    counter.release(c);
    expect(counter.openFor({ viewer: 'user:1' })).toBe(1);
    expect(counter.admit(c, 'user:1', '10.0.0.3', socket())).toBe(true);
  });

  it('caps anonymous and signed-in sockets per address alike', () => {
    const counter = new SocketConnectionCounter(10, 2);
    expect(counter.admit({}, null, '10.0.0.1', socket())).toBe(true);
    expect(counter.admit({}, 'key:1', '10.0.0.1', socket())).toBe(true);
    expect(counter.admit({}, null, '10.0.0.1', socket())).toBe(false);
    expect(counter.admit({}, null, '10.0.0.2', socket())).toBe(true);
    expect(counter.openFor({ address: '10.0.0.1' })).toBe(2);
  });
});

/** The semantics of RedisSocketPlaces in memory (the Lua itself is covered by socket-caps-redis.int-spec.ts). */
class FakeSharedPlaces implements SharedSocketPlaces {
  readonly budgets = new Map<string, Map<string, number>>();
  failing = false;
  closed = false;
  gate: Promise<void> = Promise.resolve();
  readonly renewed: SocketPlace[][] = [];

  constructor(readonly leaseMs = 60_000) {}

  async take(member: string, budgets: readonly { key: string; cap: number }[]): Promise<boolean> {
    await this.gate;
    if (this.failing) throw new Error('redis down');
    const now = Date.now();
    for (const { key, cap } of budgets) {
      const members = this.members(key);
      for (const [m, expiry] of members) if (expiry <= now) members.delete(m);
      if (!members.has(member) && members.size >= cap) return false;
    }
    for (const { key } of budgets) this.members(key).set(member, now + this.leaseMs);
    return true;
  }

  renew(places: readonly SocketPlace[]): Promise<void> {
    this.renewed.push([...places]);
    for (const place of places)
      for (const key of place.budgets) this.members(key).set(place.member, Date.now() + this.leaseMs);
    return Promise.resolve();
  }

  give(places: readonly SocketPlace[]): Promise<void> {
    if (this.failing) return Promise.reject(new Error('redis down'));
    for (const place of places) for (const key of place.budgets) this.members(key).delete(place.member);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }

  held(key: string): number {
    return this.members(key).size;
  }

  private members(key: string): Map<string, number> {
    let members = this.budgets.get(key);
    if (!members) this.budgets.set(key, (members = new Map()));
    return members;
  }
}

describe('SocketConnectionCounter with shared places (REDIS_URL)', () => {
  const counters: SocketConnectionCounter[] = [];
  const instance = (store: SharedSocketPlaces, maxPerViewer = 2, maxPerAddress = 100) => {
    const counter = new SocketConnectionCounter(maxPerViewer, maxPerAddress, false, store);
    counters.push(counter);
    return counter;
  };
  afterEach(async () => {
    await Promise.all(counters.splice(0).map((counter) => counter.close()));
    vi.useRealTimers();
  });

  it('holds the viewer cap across instances, and a release on one frees a place for the other', async () => {
    const store = new FakeSharedPlaces();
    const [a, b] = [instance(store), instance(store)];
    const first = {};
    expect(await a.admit(first, 'user:1', '10.0.0.1', socket())).toBe(true);
    expect(await a.admit({}, 'user:1', '10.0.0.1', socket())).toBe(true);
    const refused = socket();
    expect(await b.admit({}, 'user:1', '10.0.0.2', refused)).toBe(false);
    expect(refused.close).toHaveBeenCalledWith(SOCKET_LIMIT_CLOSE_CODE, 'Too many open connections');
    expect(b.openFor({ viewer: 'user:1' })).toBe(0);

    a.release(first);
    expect(store.held('viewer:user:1')).toBe(1);
    expect(await b.admit({}, 'user:1', '10.0.0.2', socket())).toBe(true);
    expect(store.held('address:10.0.0.2')).toBe(1);
  });

  it('takes the viewer and the address places together or not at all', async () => {
    const store = new FakeSharedPlaces();
    const counter = instance(store, 10, 1);
    expect(await counter.admit({}, null, '10.0.0.1', socket())).toBe(true);
    expect(await counter.admit({}, 'user:1', '10.0.0.1', socket())).toBe(false);
    expect(store.held('viewer:user:1')).toBe(0);
  });

  it('falls back to this instance’s own count while the shared store fails', async () => {
    const store = new FakeSharedPlaces();
    const [a, b] = [instance(store), instance(store)];
    expect(await a.admit({}, 'user:1', '10.0.0.1', socket())).toBe(true);
    expect(await a.admit({}, 'user:1', '10.0.0.1', socket())).toBe(true);
    store.failing = true;
    expect(await b.admit({}, 'user:1', '10.0.0.2', socket())).toBe(true);
    expect(await b.admit({}, 'user:1', '10.0.0.2', socket())).toBe(true);
    const refused = socket();
    expect(await b.admit({}, 'user:1', '10.0.0.2', refused)).toBe(false);
    expect(refused.close).toHaveBeenCalledWith(SOCKET_LIMIT_CLOSE_CODE, expect.any(String));
    expect(b.openFor({ viewer: 'user:1' })).toBe(2);
  });

  it('gives back the place of a socket that closed while its admission was in flight', async () => {
    const store = new FakeSharedPlaces();
    const counter = instance(store);
    let open!: () => void;
    store.gate = new Promise((resolve) => (open = resolve));
    const owner = {};
    const admission = counter.admit(owner, 'user:1', '10.0.0.1', socket());
    counter.release(owner);
    open();
    expect(await admission).toBe(false);
    expect(counter.openFor({ viewer: 'user:1' })).toBe(0);
    // The fake applies the take after the give (Redis would run them in order): the lease clears it.
    expect(store.held('viewer:user:1')).toBeLessThanOrEqual(1);
  });

  it('renews every place it holds about three times per lease, and gives them all back on close', async () => {
    vi.useFakeTimers();
    const store = new FakeSharedPlaces(300);
    const counter = instance(store);
    await counter.admit({}, 'user:1', '10.0.0.1', socket());
    await counter.admit({}, null, '10.0.0.1', socket());
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.renewed.length).toBeGreaterThanOrEqual(9);
    expect(store.renewed.at(-1)?.map((place) => place.budgets)).toEqual([
      ['address:10.0.0.1', 'viewer:user:1'],
      ['address:10.0.0.1'],
    ]);
    // Renewed, so still held: a place of an instance that stopped renewing would have lapsed by now.
    const other = instance(store);
    expect(await other.admit({}, 'user:1', '10.0.0.2', socket())).toBe(true);
    expect(await other.admit({}, 'user:1', '10.0.0.2', socket())).toBe(false);

    await Promise.all([counter.close(), other.close()]);
    expect(store.held('address:10.0.0.1')).toBe(0);
    expect(store.closed).toBe(true);
    const renewals = store.renewed.length;
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.renewed.length).toBe(renewals);
  });
});
