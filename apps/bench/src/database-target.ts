import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';

/** A connection for the generator and the plans. */
export interface Runner {
  exec(sql: string): Promise<unknown>;
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

export interface DbTarget {
  kind: 'postgres' | 'pglite';
  description: string;
  /** What the API and the baselines get in their environment to open this database. */
  env: Record<string, string>;
  /** Opens a connection for the generator and the plans, then closes it. */
  withRunner<T>(work: (db: Runner) => Promise<T>): Promise<T>;
  cleanup(): Promise<void>;
}

/** PostgreSQL in a database created for this run when DATABASE_URL is set; a temporary PGlite directory otherwise. */
export async function openTarget(): Promise<DbTarget> {
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    const name = `bulwark_bench_${Date.now()}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      kind: 'postgres',
      description: `PostgreSQL ${url.host}/${name} (created for this run, dropped after)`,
      env: { DATABASE_URL: url.toString() },
      async withRunner(work) {
        const client = new Client({ connectionString: url.toString() });
        await client.connect();
        try {
          return await work({
            exec: (sql) => client.query(sql),
            query: async (sql, params) => (await client.query<Record<string, unknown>>(sql, params)).rows,
          });
        } finally {
          await client.end();
        }
      },
      async cleanup() {
        const client = new Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-bench-'));
  const dataDir = join(dir, 'pglite');
  return {
    kind: 'pglite',
    description: `PGlite data directory ${dataDir} (temporary)`,
    env: { BULWARK_DATA_DIR: dataDir, DATABASE_URL: '' },
    async withRunner(work) {
      const db = new PGlite(dataDir);
      await db.waitReady;
      try {
        return await work({
          exec: (sql) => db.exec(sql),
          query: async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows,
        });
      } finally {
        await db.close();
      }
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}
