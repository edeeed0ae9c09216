import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@api/config/load-config';
import type { DatabaseHandle } from './database-handle';
import { createMigratedSnapshot } from './migrated-snapshot';
import { MIGRATIONS } from './migrations';
import { openDatabase, pgliteDatabase } from './open-database';
import { openPglite } from './pglite';
import { builtTemplatePath, PGLITE_TEMPLATE_FILE } from './pglite-template';

const ON_POSTGRES = Boolean(process.env['TEST_DATABASE_URL']);

interface Opened {
  readonly handle: DatabaseHandle;
  readonly phases: { phase: string; from?: unknown; migrations?: unknown }[];
}

async function open(env: Record<string, string>, pgliteTemplate: string | null): Promise<Opened> {
  const phases: Opened['phases'] = [];
  const config = loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'false', ...env }, []);
  const handle = await openDatabase(config, {
    pgliteTemplate,
    onPhase: (phase, _message, fields) => phases.push({ phase, ...fields }),
  });
  return { handle, phases };
}

/** Tables, columns, indexes and recorded migrations: what "the full schema" means here. */
async function schemaOf(handle: DatabaseHandle): Promise<unknown> {
  const query = (sql: string): Promise<unknown[]> => handle.dataSource.query(sql);
  return {
    columns: await query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' ORDER BY table_name, column_name`,
    ),
    indexes: await query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`),
    migrations: await query('SELECT name FROM schema_migrations ORDER BY timestamp'),
  };
}

describe.skipIf(ON_POSTGRES)('a new PGlite database made from the built template', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bulwark-template-'));
  const template = join(scratch, PGLITE_TEMPLATE_FILE);
  const olderTemplate = join(scratch, 'older-template.tar.gz');
  let initdbSchema: unknown;

  beforeAll(async () => {
    const bytes = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());
    writeFileSync(template, await bytes(await createMigratedSnapshot({ compression: 'gzip' })));
    // A template built before the newest migration was written: the same, with that migration undone.
    const pglite = await openPglite({ memory: true, template });
    const older = await pgliteDatabase(pglite, 'older template');
    await older.dataSource.undoLastMigration({ transaction: 'each' });
    await older.dataSource.destroy();
    writeFileSync(olderTemplate, await bytes(await pglite.dumpDataDir('gzip')));
    await older.close();
  }, 180_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('without a template, runs initdb and applies every migration (as when running from sources)', async () => {
    const dataDir = join(scratch, 'initdb');
    const first = await open({ BULWARK_DATA_DIR: dataDir }, null);
    try {
      expect(first.phases).toEqual([
        { phase: 'database' },
        { phase: 'create-database', from: 'initdb' },
        { phase: 'migrations', migrations: MIGRATIONS.length },
      ]);
      initdbSchema = await schemaOf(first.handle);
      expect((initdbSchema as { migrations: unknown[] }).migrations).toHaveLength(MIGRATIONS.length);
    } finally {
      await first.handle.close();
    }
  }, 180_000);

  it('on an empty data directory, unpacks it: the full schema, nothing to migrate; a second start finds it', async () => {
    const dataDir = join(scratch, 'from-template');
    const first = await open({ BULWARK_DATA_DIR: dataDir }, template);
    try {
      expect(first.phases).toEqual([{ phase: 'database' }, { phase: 'create-database', from: 'template' }]);
      expect(await schemaOf(first.handle)).toEqual(initdbSchema);
      await first.handle.dataSource.query(`CREATE TABLE kept_across_starts (id int)`);
      await first.handle.dataSource.query(`INSERT INTO kept_across_starts VALUES (42)`);
    } finally {
      await first.handle.close();
    }

    const second = await open({ BULWARK_DATA_DIR: dataDir }, template);
    try {
      expect(second.phases).toEqual([{ phase: 'database' }]);
      expect(await second.handle.dataSource.query('SELECT id FROM kept_across_starts')).toEqual([{ id: 42 }]);
    } finally {
      await second.handle.close();
    }
  }, 180_000);

  it('applies the migrations written after the template was built', async () => {
    const first = await open({ BULWARK_DATA_DIR: join(scratch, 'older') }, olderTemplate);
    try {
      expect(first.phases).toEqual([
        { phase: 'database' },
        { phase: 'create-database', from: 'template' },
        { phase: 'migrations', migrations: 1 },
      ]);
      expect(await schemaOf(first.handle)).toEqual(initdbSchema);
    } finally {
      await first.handle.close();
    }
  }, 180_000);

  it('serves an in-memory database too', async () => {
    const memory = await open({ DATABASE_URL: 'memory://' }, template);
    try {
      expect(memory.phases).toEqual([{ phase: 'database' }, { phase: 'create-database', from: 'template' }]);
      expect(await schemaOf(memory.handle)).toEqual(initdbSchema);
    } finally {
      await memory.handle.close();
    }
  });

  it('is looked for from the code up to dist/apps/api, and absent from the sources', () => {
    expect(builtTemplatePath(scratch)).toBe(template);
    expect(builtTemplatePath(join(scratch, 'src', 'database'))).toBe(template);
    expect(builtTemplatePath(join(scratch, 'deeper', 'src', 'database'))).toBe(null);
    expect(builtTemplatePath(__dirname)).toBe(null);
  });
});
