import type { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@api/config/app-config';
import { closeDatabase, type DatabaseHandle } from './database-handle';
import { pgliteOptions, postgresOptions, type PostgresSettings } from './data-source-options';
import { runMigrations } from './run-migrations';
import { openPglite } from './pglite';

/** The database could not be opened: worded for one line on the console. */
export class DatabaseStartError extends Error {
  override readonly name = 'DatabaseStartError';
}

export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the configured server';
  }
}

function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
  if (error instanceof Error)
    return (error as Error & { code?: string }).code ?? error.message.split('\n')[0] ?? error.name;
  return String(error);
}

async function openPostgres(settings: PostgresSettings): Promise<DatabaseHandle> {
  const dataSource = new DataSource(postgresOptions(settings));
  const where = describePostgresUrl(settings.url);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseStartError(`Cannot connect to PostgreSQL at ${where}: ${reason(error)}`);
  }
  return {
    dataSource,
    engine: 'postgres',
    description: `PostgreSQL (${where})`,
    close: () => closeDatabase(dataSource, null),
  };
}

/** Wraps an open PGlite in a TypeORM data source. */
export async function pgliteDatabase(pglite: PGlite, description: string): Promise<DatabaseHandle> {
  const dataSource = new DataSource(pgliteOptions(pglite));
  await dataSource.initialize();
  return { dataSource, engine: 'pglite', description, close: () => closeDatabase(dataSource, pglite) };
}

async function openEmbedded(config: AppConfig): Promise<DatabaseHandle> {
  const engine = config.database;
  try {
    if (engine.kind === 'pglite-dir') {
      return await pgliteDatabase(
        await openPglite({ dataDir: engine.dataDir }),
        `PGlite (data directory ${engine.dataDir})`,
      );
    }
    return await pgliteDatabase(await openPglite({ memory: true }), 'PGlite (in memory, discarded at exit)');
  } catch (error) {
    throw new DatabaseStartError(`Cannot open the embedded database: ${reason(error)}`);
  }
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: AppConfig): Promise<DatabaseHandle> {
  const engine = config.database;
  const handle =
    engine.kind === 'postgres'
      ? await openPostgres({
          url: engine.url,
          poolSize: engine.poolSize,
          connectTimeoutMs: config.databaseConnectTimeoutMs,
          statementTimeoutMs: config.databaseStatementTimeoutMs,
        })
      : await openEmbedded(config);
  try {
    await runMigrations(handle);
  } catch (error) {
    await handle.close();
    throw new DatabaseStartError(`Database migration failed: ${reason(error)}`);
  }
  return handle;
}
