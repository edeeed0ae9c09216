import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { pgliteDatabase, openDatabase } from '@api/database/open-database';
import { createMigratedSnapshot } from '@api/database/migrated-snapshot';
import { openPglite } from '@api/database/pglite';
import type { DatabaseHandle } from '@api/database/database-handle';
import { runMigrations } from '@api/database/run-migrations';
import { seedDemoData } from '@api/database/seed/demo-seed';
import { loadConfig } from '@api/config/load-config';

export const TEST_DEMO_PASSWORD = 'demo-password';

/** What global setup prepared: a PGlite snapshot file, or a template database on PostgreSQL. */
export type PreparedDatabase =
  { kind: 'pglite'; snapshotPath: string } | { kind: 'postgres'; serverUrl: string; template: string };

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function seed(handle: DatabaseHandle): Promise<void> {
  await seedDemoData(handle.dataSource, TEST_DEMO_PASSWORD);
}

/** Once per test run: a migrated database with the demo community, to copy for each test file. */
export async function prepareDatabase(serverUrl: string | undefined): Promise<PreparedDatabase> {
  if (!serverUrl) {
    const snapshot = await createMigratedSnapshot({
      compression: 'none',
      fill: seed,
    });
    const snapshotPath = join(tmpdir(), `bulwark-test-${process.pid}-${randomBytes(4).toString('hex')}.tar`);
    await writeFile(snapshotPath, Buffer.from(await snapshot.arrayBuffer()));
    return { kind: 'pglite', snapshotPath };
  }
  const template = `bulwark_tpl_${process.pid}_${randomBytes(3).toString('hex')}`;
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE ${template}`));
  const handle = await openDatabase(
    loadConfig({ NODE_ENV: 'test', DATABASE_URL: withDatabase(serverUrl, template), DATABASE_POOL_SIZE: '2' }, []),
  );
  await runMigrations(handle);
  await seed(handle);
  await handle.close();
  return { kind: 'postgres', serverUrl, template };
}

export async function discardPreparedDatabase(prepared: PreparedDatabase): Promise<void> {
  if (prepared.kind === 'pglite') return;
  await admin(prepared.serverUrl, async (client) => {
    const leftovers = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${prepared.template.replace('_tpl_', '_t_')}%`,
    ]);
    for (const { datname } of leftovers.rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await client.query(`DROP DATABASE IF EXISTS ${prepared.template} WITH (FORCE)`);
  });
}

/**
 * A fresh database of its own for one test app: a copy of the prepared one. `statementTimeoutMs` is the app's
 * DATABASE_STATEMENT_TIMEOUT_MS, applied on PostgreSQL only (as openDatabase does).
 */
export async function freshDatabase(prepared: PreparedDatabase, statementTimeoutMs?: number): Promise<DatabaseHandle> {
  if (prepared.kind === 'pglite') {
    const snapshot = new Blob([await readFile(prepared.snapshotPath)]);
    return pgliteDatabase(await openPglite({ snapshot }), 'PGlite (test snapshot)');
  }
  const name = `${prepared.template.replace('_tpl_', '_t_')}_${randomBytes(4).toString('hex')}`;
  await admin(prepared.serverUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${prepared.template}`));
  const handle = await openDatabase(
    loadConfig(
      {
        NODE_ENV: 'test',
        DATABASE_URL: withDatabase(prepared.serverUrl, name),
        DATABASE_POOL_SIZE: '5',
        ...(statementTimeoutMs === undefined ? {} : { DATABASE_STATEMENT_TIMEOUT_MS: String(statementTimeoutMs) }),
      },
      [],
    ),
  );
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin(prepared.serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
