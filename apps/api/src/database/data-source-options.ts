import type { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { PgliteSession } from './database-handle';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SerialPgClient } from './serial-pg-client';

const COMMON = {
  type: 'postgres',
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsTableName: 'schema_migrations',
  synchronize: false,
  migrationsRun: false,
  // gen_random_uuid() exists on PostgreSQL 13+ and PGlite alike; uuid-ossp does not exist in PGlite.
  uuidExtension: 'pgcrypto',
  installExtensions: false,
  logging: false,
} as const;

export interface PostgresSettings {
  readonly url: string;
  readonly poolSize: number;
  readonly connectTimeoutMs: number;
  /** Sent with each new connection, so the server cancels a statement past it (57014); 0: none. */
  readonly statementTimeoutMs: number;
}

export function postgresOptions(settings: PostgresSettings): DataSourceOptions {
  return {
    ...COMMON,
    url: settings.url,
    poolSize: settings.poolSize,
    connectTimeoutMS: settings.connectTimeoutMs,
    applicationName: 'bulwark-api',
    extra: {
      Client: SerialPgClient,
      // Sent in the startup packet, so they are the session's defaults, which RESET restores. JIT off: the API's
      // queries are short, and compiling cost more than it saved (a re-read of 1,000 sessions: 26 ms with JIT, 11
      // without; docs/benchmarks.md).
      options: '-c jit=off',
      ...(settings.statementTimeoutMs > 0 && { statement_timeout: settings.statementTimeoutMs }),
    },
  };
}

/**
 * PGlite is one session: TypeORM gets a pool of one connection, so transactions queue instead of interleaving.
 * No statement_timeout: PGlite accepts `SET statement_timeout` but never cancels (see docs/operations.md).
 */
export function pgliteOptions(pglite: PgliteSession): DataSourceOptions {
  // The adapter calls only what PgliteSession names (waitReady, execProtocolStream with throwOnError off).
  const config = createPgConfig(pglite as PGlite);
  return { ...COMMON, poolSize: 1, extra: { ...config, Client: SerialPgClient } };
}
