import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

/** Opens the embedded database: a data directory that survives restarts, memory, or a prepared snapshot. */
export async function openPglite(source: { dataDir: string } | { memory: true } | { snapshot: Blob }): Promise<PGlite> {
  let pglite: PGlite;
  if ('dataDir' in source) {
    mkdirSync(source.dataDir, { recursive: true });
    pglite = new PGlite(source.dataDir);
  } else if ('snapshot' in source) {
    pglite = new PGlite({ loadDataDir: source.snapshot });
  } else {
    pglite = new PGlite();
  }
  await pglite.waitReady;
  return pglite;
}
