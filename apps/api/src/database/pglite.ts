import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { AppConfig } from '@api/config/app-config';
import { builtTemplatePath, readPgliteTemplate } from './pglite-template';
import { type PgliteSource, pgliteCreation } from './pglite-source';

/**
 * PGlite's initdb writes shared_buffers = 128MB, and its single-user backend spends about 3 ms per MB of it at
 * every open (docs/benchmarks.md "Start-up profile"). An embedded database is small, and
 * a page that does not fit is read back from the operating system's file cache.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** Opens the embedded database: a data directory that survives restarts, memory, or a prepared snapshot. */
export async function openPglite(source: PgliteSource): Promise<PGlite> {
  const creation = pgliteCreation(source);
  const loadDataDir =
    'snapshot' in source
      ? source.snapshot
      : creation === 'template' && source.template
        ? await readPgliteTemplate(source.template)
        : undefined;
  const options = { startParams: PGLITE_START_PARAMS, ...(loadDataDir && { loadDataDir }) };
  let pglite: PGlite;
  if ('dataDir' in source) {
    mkdirSync(source.dataDir, { recursive: true });
    pglite = new PGlite(source.dataDir, options);
  } else {
    pglite = new PGlite(options);
  }
  await pglite.waitReady;
  return pglite;
}

/** `template`: the built one by default; null creates a new database by initdb. */
export function embeddedSource(
  config: AppConfig,
  template: string | null = builtTemplatePath(),
): { source: PgliteSource; description: string } | null {
  const engine = config.database;
  if (engine.kind === 'pglite-dir')
    return { source: { dataDir: engine.dataDir, template }, description: `PGlite (data directory ${engine.dataDir})` };
  if (engine.kind === 'pglite-memory')
    return { source: { memory: true, template }, description: 'PGlite (in memory, discarded at exit)' };
  return null;
}
