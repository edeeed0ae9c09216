import type { DataSource, EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { UnitOfWork } from './unit-of-work';

/** A DataSource whose transactions only say what they did: BEGIN, then COMMIT or ROLLBACK, with the manager given. */
function journaled(): { unit: UnitOfWork; journal: string[]; manager: EntityManager } {
  const journal: string[] = [];
  const manager = { name: 'the transaction manager' } as unknown as EntityManager;
  const dataSource = {
    async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
      journal.push('BEGIN');
      try {
        const result = await work(manager);
        journal.push('COMMIT');
        return result;
      } catch (error) {
        journal.push('ROLLBACK');
        throw error;
      }
    },
  } as unknown as DataSource;
  return { unit: new UnitOfWork(dataSource), journal, manager };
}

describe('UnitOfWork', () => {
  it("runs the work in one transaction with its manager, commits, and gives back the work's result", async () => {
    const { unit, journal, manager } = journaled();
    const result = await unit.run((given) => {
      expect(given).toBe(manager);
      return Promise.resolve(42);
    });
    expect(result).toBe(42);
    expect(journal).toEqual(['BEGIN', 'COMMIT']);
  });

  it("rolls back when the work throws, and gives back the work's own error", async () => {
    const { unit, journal } = journaled();
    const failure = new Error('refused');
    await expect(unit.run(() => Promise.reject(failure))).rejects.toBe(failure);
    expect(journal).toEqual(['BEGIN', 'ROLLBACK']);
  });

  it('refuses a unit opened inside an open one at once (on PGlite it would wait forever), and the outer rolls back', async () => {
    const { unit, journal } = journaled();
    const outer = unit.run(async () => {
      await unit.run(() => Promise.resolve('inner'));
    });
    await expect(outer).rejects.toThrow('A unit of work was opened inside another');
    expect(journal).toEqual(['BEGIN', 'ROLLBACK']);
  });

  it('lets units run side by side, and a unit start from work that continues after its own unit ended', async () => {
    const { unit, journal } = journaled();
    expect(await Promise.all([unit.run(() => Promise.resolve(1)), unit.run(() => Promise.resolve(2))])).toEqual([1, 2]);
    let outerEnded!: () => void;
    const ended = new Promise<void>((resolve) => (outerEnded = resolve));
    let afterwards: Promise<string> | undefined;
    await unit.run(() => {
      afterwards = ended.then(() => unit.run(() => Promise.resolve('after the commit')));
      return Promise.resolve();
    });
    outerEnded();
    expect(await afterwards).toBe('after the commit');
    expect(journal).toEqual(['BEGIN', 'BEGIN', 'COMMIT', 'COMMIT', 'BEGIN', 'COMMIT', 'BEGIN', 'COMMIT']);
  });
});
