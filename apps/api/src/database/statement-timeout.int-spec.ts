import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@bulwark/testing';
import { postgresOptions } from './data-source-options';
import { runMigrations } from './run-migrations';

const ON_POSTGRES = Boolean(process.env['TEST_DATABASE_URL']);
const LIMIT_MS = 200;

/** Longer than LIMIT_MS on purpose: a migration must not be cut by the request limit. */
class SlowMigration1700000000000 implements MigrationInterface {
  name = 'SlowMigration1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT pg_sleep(0.6)');
  }
  async down(): Promise<void> {}
}

async function statementTimeout(dataSource: DataSource): Promise<string | undefined> {
  const [row] = await dataSource.query<{ statement_timeout: string }[]>('SHOW statement_timeout');
  return row?.statement_timeout;
}

function sqlState(error: unknown): unknown {
  return (error as { code?: unknown }).code;
}

describe.skipIf(!ON_POSTGRES)('DATABASE_STATEMENT_TIMEOUT_MS on PostgreSQL (TEST_DATABASE_URL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DATABASE_STATEMENT_TIMEOUT_MS: String(LIMIT_MS), REQUEST_TIMEOUT_MS: '1000' });
  });
  afterAll(() => t?.close());

  it('is set on the connections of the app’s own data source', async () => {
    expect(await statementTimeout(t.dataSource)).toBe(`${LIMIT_MS}ms`);
  });

  it('comes with JIT compilation off on those connections', async () => {
    expect(await t.dataSource.query('SHOW jit')).toEqual([{ jit: 'off' }]);
  });

  it('cancels a statement that runs past it with 57014, and the pool keeps working', async () => {
    const started = Date.now();
    const error: unknown = await t.dataSource.query('SELECT pg_sleep(3)').then(
      () => null,
      (e: unknown) => e,
    );
    const elapsed = Date.now() - started;
    expect(sqlState(error)).toBe('57014');
    expect(elapsed).toBeGreaterThanOrEqual(LIMIT_MS - 20);
    expect(elapsed).toBeLessThan(2000);
    expect(await t.dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('does not cut a migration longer than it, and the connection gets the limit back', async () => {
    // The test database of this app (a throwaway copy): the slow migration is recorded there only.
    const { url } = t.dataSource.options as { url?: string };
    const dataSource = new DataSource({
      ...postgresOptions({
        url: url ?? '',
        poolSize: 1,
        connectTimeoutMs: 5000,
        statementTimeoutMs: LIMIT_MS,
      }),
      migrations: [SlowMigration1700000000000],
    });
    await dataSource.initialize();
    try {
      await runMigrations({ dataSource, engine: 'postgres', description: 'test', close: () => dataSource.destroy() });
      const applied = await dataSource.query<unknown[]>(`SELECT name FROM schema_migrations WHERE name = $1`, [
        'SlowMigration1700000000000',
      ]);
      expect(applied).toHaveLength(1);
      // A pool of one: this is the connection the migration ran on.
      expect(await statementTimeout(dataSource)).toBe(`${LIMIT_MS}ms`);
    } finally {
      await dataSource.destroy();
    }
  });
});

describe.skipIf(ON_POSTGRES)('DATABASE_STATEMENT_TIMEOUT_MS on PGlite', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DATABASE_STATEMENT_TIMEOUT_MS: String(LIMIT_MS), REQUEST_TIMEOUT_MS: '1000' });
  });
  afterAll(() => t?.close());

  it('is not applied: PGlite accepts statement_timeout but never cancels (docs/operations.md)', async () => {
    expect(await statementTimeout(t.dataSource)).toBe('0');
  });
});
