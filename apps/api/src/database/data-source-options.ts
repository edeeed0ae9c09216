import type { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

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

export function postgresOptions(url: string, poolSize: number, connectTimeoutMs: number): DataSourceOptions {
  return {
    ...COMMON,
    url,
    poolSize,
    connectTimeoutMS: connectTimeoutMs,
    applicationName: 'bulwark-api',
  };
}

/** PGlite is one session: TypeORM gets a pool of one connection, so transactions queue instead of interleaving. */
export function pgliteOptions(pglite: PGlite): DataSourceOptions {
  return { ...COMMON, poolSize: 1, extra: createPgConfig(pglite) };
}
