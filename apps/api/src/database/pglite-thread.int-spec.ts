import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database-handle';
import { pgliteDatabase } from './open-database';
import { PgliteThread } from './pglite-thread';
import { builtTemplatePath } from './pglite-template';

/** The built worker and template: `npm test` builds before it runs, as the server runs them. */
const BUILT_API = resolve(__dirname, '../../../../dist/apps/api');
const WORKER = join(BUILT_API, 'src/database/pglite-thread.worker.js');
const TEMPLATE = builtTemplatePath(join(BUILT_API, 'src/database'));
const BUILT = existsSync(WORKER) && TEMPLATE !== null;

describe.skipIf(!BUILT || Boolean(process.env['TEST_DATABASE_URL']))('PGlite on its worker thread', () => {
  let dataDir: string;
  let thread: PgliteThread;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'bulwark-thread-')), 'pglite');
    thread = new PgliteThread({ dataDir, template: TEMPLATE }, WORKER);
    expect(thread.creation).toBe('template');
    await thread.waitReady;
    handle = await pgliteDatabase(thread, 'PGlite (thread test)');
  });
  afterAll(async () => {
    await handle.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers queries with parameters and typed values, through TypeORM', async () => {
    const rows: { n: number; t: string; a: string[] }[] = await handle.dataSource.query(
      `SELECT $1::int + 1 AS n, upper($2) AS t, ARRAY['x', 'y'] AS a`,
      [41, 'bulwark'],
    );
    expect(rows).toEqual([{ n: 42, t: 'BULWARK', a: ['x', 'y'] }]);
  });

  it("gives PostgreSQL's errors with their SQLSTATE, and a failed transaction leaves nothing", async () => {
    await handle.dataSource.query('CREATE TABLE thread_probe (id int PRIMARY KEY)');
    await expect(
      handle.dataSource.transaction(async (manager) => {
        await manager.query('INSERT INTO thread_probe VALUES (1)');
        await manager.query('INSERT INTO thread_probe VALUES (1)');
      }),
    ).rejects.toMatchObject({ driverError: { code: '23505' } });
    expect(await handle.dataSource.query('SELECT count(*)::int AS count FROM thread_probe')).toEqual([{ count: 0 }]);
    await handle.dataSource.query('INSERT INTO thread_probe VALUES (2)');
  });

  it('keeps what was committed across a close and a new thread on the same directory', async () => {
    await handle.close();
    expect(thread.closed).toBe(true);
    thread = new PgliteThread({ dataDir, template: TEMPLATE }, WORKER);
    expect(thread.creation).toBe('existing');
    await thread.waitReady;
    handle = await pgliteDatabase(thread, 'PGlite (thread test)');
    expect(await handle.dataSource.query('SELECT id FROM thread_probe')).toEqual([{ id: 2 }]);
  });

  it('reports a directory it cannot open, and is closed after it', async () => {
    const aFile = join(dataDir, 'PG_VERSION');
    const broken = new PgliteThread({ dataDir: join(aFile, 'pglite'), template: null }, WORKER);
    await expect(broken.waitReady).rejects.toThrow('ENOTDIR');
    await broken.close();
    await expect(broken.execProtocolStream(new Uint8Array([0]))).rejects.toThrow('closed');
  });
});
