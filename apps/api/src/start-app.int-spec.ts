import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { MigrationExecutor } from 'typeorm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mailSettled } from '@bulwark/testing';
import { loadConfig } from './config/load-config';
import { StartupPhases } from './logging/startup-phases';
import { startApp, type StartedApp } from './start-app';

const ON_POSTGRES = Boolean(process.env['TEST_DATABASE_URL']);

interface Start {
  readonly started: StartedApp;
  readonly phases: string[];
  /** The next transaction id: any row written, any schema change, takes one. */
  nextXid(): Promise<string>;
  close(): Promise<void>;
}

async function start(dataDir: string): Promise<Start> {
  const lines: { phase?: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const config = loadConfig({ NODE_ENV: 'test', BULWARK_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' }, []);
  const started = await startApp({ config, logger, phases: new StartupPhases(logger) });
  return {
    started,
    phases: lines.flatMap((line) => (line.phase ? [line.phase] : [])),
    async nextXid() {
      const [row] = await started.database.dataSource.query<{ xid: string }[]>(
        'SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xid',
      );
      return row.xid;
    },
    async close() {
      await started.app.close();
      await started.database.close();
    },
  };
}

describe.skipIf(ON_POSTGRES)('the start on a PGlite data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bulwark-start-'));
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}-mail`, { recursive: true, force: true });
  });

  it('creates, migrates and seeds once, announcing each phase; a second start migrates and writes nothing', async () => {
    const first = await start(dataDir);
    expect(first.phases).toEqual([
      'database',
      'create-database',
      'migrations',
      'demo-community',
      'application',
      'demo-bulletins',
      'demo-incidents',
      'init',
      'listen',
    ]);
    const bulletins = await first.started.database.dataSource.query<unknown[]>('SELECT id FROM bulletins');
    expect(bulletins.length).toBeGreaterThan(0);
    // The demo clerk's feed mails HIGH and CRITICAL Georgia bulletins at once: without SMTP_URL, as files.
    await mailSettled(first.started.database);
    const sent = await first.started.database.dataSource.query<{ id: string }[]>(
      "SELECT m.id FROM mails m JOIN users u ON u.id = m.user_id WHERE u.email = 'clerk@fulton.ga.demo' AND m.status = 'SENT'",
    );
    expect(sent.length).toBeGreaterThan(0);
    expect(readdirSync(`${dataDir}-mail`).sort()).toEqual(sent.map(({ id }) => `${id}.eml`).sort());
    const eml = readFileSync(join(`${dataDir}-mail`, `${sent[0].id}.eml`), 'utf8');
    expect(eml).toMatch(/^To: clerk@fulton\.ga\.demo\r$/m);
    expect(eml).toMatch(/^X-Bulwark-Tlp: TLP:/m);
    const xidAfterFirst = await first.nextXid();
    await first.close();

    const migrationRuns = vi.spyOn(MigrationExecutor.prototype, 'executePendingMigrations');
    try {
      const second = await start(dataDir);
      try {
        expect(second.phases).toEqual(['database', 'application', 'init', 'listen']);
        expect(migrationRuns).not.toHaveBeenCalled();
        // Not one INSERT, UPDATE, DELETE or DDL statement took effect: no transaction id was handed out.
        expect(await second.nextXid()).toBe(xidAfterFirst);
        expect(await second.started.database.dataSource.query('SELECT id FROM bulletins')).toHaveLength(
          bulletins.length,
        );
      } finally {
        await second.close();
      }
    } finally {
      migrationRuns.mockRestore();
    }
  }, 180_000);
});
