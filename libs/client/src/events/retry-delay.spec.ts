import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry-delay';

const timing = { baseMs: 500, capMs: 30_000 };

describe('retryDelayMs', () => {
  it('waits a random time up to a ceiling that doubles with each failure', () => {
    expect([0, 1, 2, 3].map((failures) => retryDelayMs(failures, timing, () => 0.999_999))).toEqual([
      499, 999, 1_999, 3_999,
    ]);
    expect(retryDelayMs(3, timing, () => 0.5)).toBe(2_000);
  });

  it('can wait no time at all (full jitter) and never waits past the cap', () => {
    expect(retryDelayMs(5, timing, () => 0)).toBe(0);
    expect(retryDelayMs(10, timing, () => 0.999_999)).toBe(29_999);
    expect(retryDelayMs(10_000, timing, () => 0.999_999)).toBe(29_999);
  });

  it('stays within [0, ceiling) with the real random source', () => {
    for (let i = 0; i < 200; i++) {
      const delay = retryDelayMs(2, timing);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(2_000);
    }
  });
});
