import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { AppConfig } from '@api/config/app-config';
import { builtTemplatePath, readPgliteTemplate } from './pglite-template';

/**
 * Where the database comes from. A new data directory, or memory, is created from `template` (a built, migrated
 * database: see pglite-template.ts) when there is one, by PostgreSQL's initdb (seconds) when it is null.
 */
export type PgliteSource =
  { dataDir: string; template: string | null } | { memory: true; template: string | null } | { snapshot: Blob };

/**
 * PGlite's initdb writes shared_buffers = 128MB, and its single-user backend spends about 3 ms per MB of it at
 * every open (400 ms of a 3 s start, docs/benchmarks.md "Start-up profile"). An embedded database is small, and
 * a page that does not fit is read back from the operating system's file cache.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/** How opening `source` gets its database: it exists already, from the built template, or by initdb (seconds). */
export function pgliteCreation(source: PgliteSource): 'existing' | 'template' | 'initdb' {
  if ('snapshot' in source) return 'existing';
  if ('dataDir' in source && existsSync(join(source.dataDir, 'PG_VERSION'))) return 'existing';
  return source.template ? 'template' : 'initdb';
}

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
