import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the database comes from. A new data directory, or memory, is created from `template` (a built, migrated
 * database: see pglite-template.ts) when there is one, by PostgreSQL's initdb (seconds) when it is null.
 */
export type PgliteSource =
  { dataDir: string; template: string | null } | { memory: true; template: string | null } | { snapshot: Blob };

/** How opening `source` gets its database: it exists already, from the built template, or by initdb (seconds). */
export function pgliteCreation(source: PgliteSource): 'existing' | 'template' | 'initdb' {
  if ('snapshot' in source) return 'existing';
  if ('dataDir' in source && existsSync(join(source.dataDir, 'PG_VERSION'))) return 'existing';
  return source.template ? 'template' : 'initdb';
}
