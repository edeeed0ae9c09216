import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@bulwark/testing';
import { MIGRATIONS } from './migrations';
import { pendingMigrations } from './run-migrations';

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('are all applied', async () => {
    const applied: { name: string }[] = await t.dataSource.query(`SELECT name FROM schema_migrations ORDER BY id`);
    expect(applied.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
  });

  it('describe exactly what the entities declare (no drift: run `npm run migration:generate -- <Name>`)', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('are found pending by the cheap check a start makes: none when all are recorded, a missing one, or all', async () => {
    expect(await pendingMigrations(t.dataSource)).toEqual([]);
    const last = MIGRATIONS[MIGRATIONS.length - 1].name;
    await t.dataSource.query('DELETE FROM schema_migrations WHERE name = $1', [last]);
    expect(await pendingMigrations(t.dataSource)).toEqual([last]);
    // This file's own copy of the database, and its last test: nothing needs the table afterwards.
    await t.dataSource.query('ALTER TABLE schema_migrations RENAME TO schema_migrations_gone');
    expect(await pendingMigrations(t.dataSource)).toEqual(MIGRATIONS.map((migration) => migration.name));
  });
});
