import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@bulwark/testing';
import { MIGRATIONS } from './migrations';

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
});
