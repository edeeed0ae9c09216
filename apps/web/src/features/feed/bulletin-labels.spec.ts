import { describe, expect, it } from 'vitest';
import { countBulletins } from './bulletin-labels';

describe('countBulletins', () => {
  it('says an exact count as it is', () => {
    expect(countBulletins(1)).toBe('1 bulletin');
    expect(countBulletins(0)).toBe('0 bulletins');
    expect(countBulletins(1000, true)).toBe('1,000 bulletins');
  });

  it('says a lower bound (the API stopped counting) as "at least", never as the exact figure', () => {
    expect(countBulletins(1000, false)).toBe('1,000+ bulletins');
  });
});
