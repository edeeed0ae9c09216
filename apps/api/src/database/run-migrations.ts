import { MigrationExecutor } from 'typeorm';
import type { DatabaseHandle } from './database-handle';

// Any fixed 64-bit number: instances starting together on one PostgreSQL take turns migrating.
const MIGRATION_LOCK_KEY = 7_461_013_027;

/**
 * Applies pending migrations, each in its own transaction, one instance at a time, on one connection.
 * DATABASE_STATEMENT_TIMEOUT_MS bounds requests, not schema changes: that connection runs without it (waiting for the
 * lock included, while another instance migrates) and gets it back before it returns to the pool.
 */
export async function runMigrations({ dataSource, engine }: DatabaseHandle): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET statement_timeout = 0');
    // PGlite is one process and one session: there is nobody to take turns with.
    if (engine === 'postgres') await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    await executor.executePendingMigrations();
  } finally {
    if (engine === 'postgres')
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    // Back to the connection's own default (the configured limit). This fails only on a broken connection,
    // which the pool discards rather than reuses.
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
