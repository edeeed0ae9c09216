import { MigrationExecutor, type DataSource, type QueryRunner } from 'typeorm';
import type { PhaseListener } from '@api/logging/startup-phases';
import type { DatabaseHandle } from './database-handle';

// Any fixed 64-bit number: instances starting together on one PostgreSQL take turns migrating.
const MIGRATION_LOCK_KEY = 7_461_013_027;

/** The names TypeORM records in the migrations table, as it derives them. */
function migrationNames(dataSource: DataSource): string[] {
  return dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
}

/**
 * The data source's migrations that the database has not recorded yet, read with two cheap queries. A database
 * that holds them all (every start but the first, and the first after an upgrade) needs none of TypeORM's
 * migration machinery: its table checks cost a tenth of a second on PGlite.
 */
export async function pendingMigrations(dataSource: DataSource, runner?: QueryRunner): Promise<string[]> {
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const [{ present }] = await dataSource.query<{ present: boolean }[]>(
    'SELECT to_regclass($1) IS NOT NULL AS present',
    [table],
    runner,
  );
  const names = migrationNames(dataSource);
  if (!present) return names;
  const applied = await dataSource.query<{ name: string }[]>(
    `SELECT name FROM ${dataSource.driver.escape(table)}`,
    [],
    runner,
  );
  const done = new Set(applied.map((row) => row.name));
  return names.filter((name) => !done.has(name));
}

/**
 * Applies pending migrations, each in its own transaction, one instance at a time, on one connection. Returns how
 * many it applied. DATABASE_STATEMENT_TIMEOUT_MS bounds requests, not schema changes: that connection runs without
 * it (waiting for the lock included, while another instance migrates) and gets it back before it returns to the
 * pool.
 */
export async function runMigrations(handle: DatabaseHandle, onPhase?: PhaseListener): Promise<number> {
  const { dataSource, engine } = handle;
  if ((await pendingMigrations(dataSource)).length === 0) return 0;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET statement_timeout = 0');
    // PGlite is one process and one session: there is nobody to take turns with.
    if (engine === 'postgres') await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    // Counted again under the lock: another instance may have applied some meanwhile.
    const pending = await pendingMigrations(dataSource, runner);
    if (pending.length === 0) return 0;
    onPhase?.('migrations', `migrating: ${pending.length} migration${pending.length === 1 ? '' : 's'} to apply`, {
      migrations: pending.length,
    });
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    return (await executor.executePendingMigrations()).length;
  } finally {
    if (engine === 'postgres')
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    // Back to the connection's own default (the configured limit). This fails only on a broken connection,
    // which the pool discards rather than reuses.
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
