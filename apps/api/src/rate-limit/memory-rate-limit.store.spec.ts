import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRateLimitStore } from './memory-rate-limit.store';

describe('MemoryRateLimitStore', () => {
  let now = 0;
  let store: MemoryRateLimitStore;
  afterEach(() => store.close());

  it('counts hits in a window that opens at the first hit, then starts over', async () => {
    store = new MemoryRateLimitStore(100, () => now);
    now = 1000;
    expect(await store.hit('k', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
    now = 31_000;
    expect(await store.hit('k', 60_000)).toEqual({ count: 2, resetInMs: 30_000 });
    expect(await store.hit('other', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
    now = 61_000;
    expect(await store.hit('k', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
  });

  it('stays bounded under a flood of distinct keys, dropping the oldest first', async () => {
    store = new MemoryRateLimitStore(100, () => now);
    now = 0;
    for (let i = 0; i < 1000; i++) await store.hit(`k${i}`, 60_000);
    expect(store.size).toBeLessThanOrEqual(100);
    expect((await store.hit('k999', 60_000)).count).toBe(2);
  });
});
