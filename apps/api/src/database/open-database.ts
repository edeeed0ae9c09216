import { DataSource } from 'typeorm';
import type { AppConfig } from '@api/config/app-config';
import type { PhaseListener } from '@api/logging/startup-phases';
import { closeDatabase, type DatabaseHandle, type PgliteSession } from './database-handle';
import { takeEarlyPglite } from './early-database';
import { pgliteOptions, postgresOptions, type PostgresSettings } from './data-source-options';
import { runMigrations } from './run-migrations';
import { embeddedSource, openPglite } from './pglite';
import { pgliteCreation } from './pglite-source';
import { PgliteThread, pgliteThreadAvailable } from './pglite-thread';

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

/** Wraps an open PGlite, in-process or on its thread, in a TypeORM data source. */
export async function pgliteDatabase(pglite: PgliteSession, description: string): Promise<DatabaseHandle> {
  const dataSource = new DataSource(pgliteOptions(pglite));
  await dataSource.initialize();
  return { dataSource, engine: 'pglite', description, close: () => closeDatabase(dataSource, pglite) };
}

export interface OpenDatabaseOptions {
  /** Told as each slow step begins (start-server logs them). */
  readonly onPhase?: PhaseListener;
  /** PGlite: the template a new database is made from; by default the built one (pglite-template.ts), null: none. */
  readonly pgliteTemplate?: string | null;
}

const CREATION_MESSAGES = {
  template: 'creating the database from the built template (first start only)',
  initdb:
    'creating a new database by PostgreSQL initdb (first start only, a few seconds: no built template, as when ' +
    'running from sources; `npm run build` makes one)',
} as const;

async function openEmbedded(config: AppConfig, options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const { onPhase } = options;
  const embedded = embeddedSource(config, options.pgliteTemplate);
  if (!embedded) throw new Error('not an embedded database');
  onPhase?.('database', `opening the database: ${embedded.description}`);
  const { source } = embedded;
  const thread =
    'dataDir' in source && pgliteThreadAvailable()
      ? (takeEarlyPglite(source.dataDir) ?? new PgliteThread(source))
      : null;
  const creation = thread?.creation ?? pgliteCreation(source);
  if (creation !== 'existing') onPhase?.('create-database', CREATION_MESSAGES[creation], { from: creation });
  try {
    if (thread) await thread.waitReady;
    return await pgliteDatabase(thread ?? (await openPglite(source)), embedded.description);
  } catch (error) {
    await thread?.close();
    throw new DatabaseStartError(`Cannot open the embedded database: ${reason(error)}`);
  }
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: AppConfig, options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const engine = config.database;
  if (engine.kind === 'postgres')
    options.onPhase?.('database', `opening the database: PostgreSQL (${describePostgresUrl(engine.url)})`);
  const handle =
    engine.kind === 'postgres'
      ? await openPostgres({
          url: engine.url,
          poolSize: engine.poolSize,
          connectTimeoutMs: config.databaseConnectTimeoutMs,
          statementTimeoutMs: config.databaseStatementTimeoutMs,
        })
      : await openEmbedded(config, options);
  try {
    await runMigrations(handle, options.onPhase);
  } catch (error) {
    await handle.close();
    throw new DatabaseStartError(`Database migration failed: ${reason(error)}`);
  }
  return handle;
}
