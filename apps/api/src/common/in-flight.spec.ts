import { describe, expect, it } from 'vitest';
import { InFlight } from './in-flight';

describe('InFlight', () => {
  it('shares one run among calls for the same key while it runs, and runs afresh once it has settled', async () => {
    const inFlight = new InFlight<string, number>();
    let runs = 0;
    const start = () => Promise.resolve(++runs);
    const together = await Promise.all([inFlight.run('a', start), inFlight.run('a', start), inFlight.run('b', start)]);
    expect(together).toEqual([1, 1, 2]);
    expect(await inFlight.run('a', start)).toBe(3);
  });

  it('gives a failure to every caller of that run, and forgets it', async () => {
    const inFlight = new InFlight<string, number>();
    const failing = () => Promise.reject(new Error('down'));
    const results = await Promise.allSettled([inFlight.run('a', failing), inFlight.run('a', () => Promise.resolve(1))]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(await inFlight.run('a', () => Promise.resolve(2))).toBe(2);
  });
});
