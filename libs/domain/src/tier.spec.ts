import { describe, expect, it } from 'vitest';
import { Tier, tierCovers, tiersUpTo } from './tier';

describe('tiers', () => {
  it('orders CLEAR < GREEN < AMBER < AMBER_STRICT < RED', () => {
    expect(tierCovers(Tier.RED, Tier.CLEAR)).toBe(true);
    expect(tierCovers(Tier.AMBER, Tier.AMBER_STRICT)).toBe(false);
    expect(tierCovers(Tier.AMBER_STRICT, Tier.AMBER)).toBe(true);
  });

  it('lists the tiers a clearance covers', () => {
    expect(tiersUpTo(Tier.AMBER)).toEqual([Tier.CLEAR, Tier.GREEN, Tier.AMBER]);
    expect(tiersUpTo(Tier.CLEAR)).toEqual([Tier.CLEAR]);
  });
});
