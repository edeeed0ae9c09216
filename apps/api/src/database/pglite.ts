import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { AppConfig } from '@api/config/app-config';

export type PgliteSource = { dataDir: string } | { memory: true } | { snapshot: Blob };

/**
 * PGlite's initdb writes shared_buffers = 128MB, and its single-user backend spends about 3 ms per MB of it at
 * every open (400 ms of a 3 s start, docs/benchmarks.md "Start-up profile"). An embedded database is small, and
 * a page that does not fit is read back from the operating system's file cache.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/** True when opening `source` runs initdb first (seconds, not a fraction of one). */
export function pgliteNeedsInitdb(source: PgliteSource): boolean {
  if ('dataDir' in source) return !existsSync(join(source.dataDir, 'PG_VERSION'));
  return 'memory' in source;
}

/** Opens the embedded database: a data directory that survives restarts, memory, or a prepared snapshot. */
export async function openPglite(source: PgliteSource): Promise<PGlite> {
  let pglite: PGlite;
  if ('dataDir' in source) {
    mkdirSync(source.dataDir, { recursive: true });
    pglite = new PGlite(source.dataDir, { startParams: PGLITE_START_PARAMS });
  } else if ('snapshot' in source) {
    pglite = new PGlite({ loadDataDir: source.snapshot, startParams: PGLITE_START_PARAMS });
  } else {
    pglite = new PGlite({ startParams: PGLITE_START_PARAMS });
  }
  await pglite.waitReady;
  return pglite;
}

export function embeddedSource(config: AppConfig): { source: PgliteSource; description: string } | null {
  const engine = config.database;
  if (engine.kind === 'pglite-dir')
    return { source: { dataDir: engine.dataDir }, description: `PGlite (data directory ${engine.dataDir})` };
  if (engine.kind === 'pglite-memory')
    return { source: { memory: true }, description: 'PGlite (in memory, discarded at exit)' };
  return null;
}
