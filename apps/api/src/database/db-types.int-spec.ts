import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@bulwark/testing';
import { dbTypesDrift, readDbSchema, renderDbTypes } from './db-types';

const DB_TYPES_FILE = join(__dirname, 'db-types.generated.ts');

/** A fixture, never in MIGRATIONS: a renamed column, and one that became nullable. */
class RenameDisplayNameFixture implements MigrationInterface {
  name = 'RenameDisplayNameFixture';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE users RENAME COLUMN display_name TO full_name');
    await queryRunner.query('ALTER TABLE sessions ALTER COLUMN expires_at DROP NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE sessions ALTER COLUMN expires_at SET NOT NULL');
    await queryRunner.query('ALTER TABLE users RENAME COLUMN full_name TO display_name');
  }
}

describe('the committed database types (db-types.generated.ts)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('match the schema the migrations create (run `npm run db:types` after adding a migration)', async () => {
    const generated = renderDbTypes(await readDbSchema(t.dataSource));
    if (process.env['UPDATE_DB_TYPES'] === '1') writeFileSync(DB_TYPES_FILE, generated);
    const committed = readFileSync(DB_TYPES_FILE, 'utf8');
    expect(dbTypesDrift(committed, generated)).toEqual([]);
    expect(committed).toBe(generated);
  });

  it('fail on a migration that renames a column, naming it', async () => {
    const committed = readFileSync(DB_TYPES_FILE, 'utf8');
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await new RenameDisplayNameFixture().up(runner);
      const drift = dbTypesDrift(committed, renderDbTypes(await readDbSchema(runner)));
      expect(drift).toEqual([
        'sessions.expires_at: Timestamp in db-types.generated.ts, Timestamp | null in the migrated schema',
        'users.display_name: in db-types.generated.ts (string), not in the migrated schema',
        'users.full_name: in the migrated schema (string), not in db-types.generated.ts',
      ]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
