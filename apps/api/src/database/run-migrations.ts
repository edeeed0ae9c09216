import type { DatabaseHandle } from './database-handle';

// Any fixed 64-bit number: instances starting together on one PostgreSQL take turns migrating.
const MIGRATION_LOCK_KEY = 7_461_013_027;

/** Applies pending migrations, each in its own transaction, one instance at a time. */
export async function runMigrations({ dataSource, engine }: DatabaseHandle): Promise<void> {
  // PGlite is one process and one session: there is nobody to take turns with.
  if (engine === 'pglite') {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}
