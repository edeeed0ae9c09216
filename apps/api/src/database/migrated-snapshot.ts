import type { DatabaseHandle } from './database-handle';
import { pgliteDatabase } from './open-database';
import { openPglite } from './pglite';
import { runMigrations } from './run-migrations';

export interface MigratedSnapshotOptions {
  readonly compression: 'gzip' | 'none';
  /** Runs after the migrations and before the dump: the test suite seeds its demo community here. */
  readonly fill?: (handle: DatabaseHandle) => Promise<void>;
}

/**
 * An initdb'd, fully migrated database, dumped as a tar: the built template (empty: demo data is loaded at start
 * when DEMO_DATA asks for it) and the test suite's prepared database (seeded) both come from here.
 */
export async function createMigratedSnapshot({ compression, fill }: MigratedSnapshotOptions): Promise<Blob> {
  const pglite = await openPglite({ memory: true, template: null });
  const handle = await pgliteDatabase(pglite, 'template');
  try {
    await runMigrations(handle);
    await fill?.(handle);
    // Written out now, so a database made from the dump starts without replaying the write-ahead log.
    await handle.dataSource.query('CHECKPOINT');
    await handle.dataSource.destroy();
    return await pglite.dumpDataDir(compression);
  } finally {
    await handle.close();
  }
}
