import { resolve } from 'node:path';
import { DEFAULT_DATA_DIR } from '@api/config/embedded-defaults';
import { builtTemplatePath } from './pglite-template';
import { PgliteThread, pgliteThreadAvailable } from './pglite-thread';

/** A process-wide slot: bundle-loader.ts fills it before the bundle's own copy of this module exists. */
const EARLY = Symbol.for('bulwark.earlyPglite');
type Slot = { [EARLY]?: PgliteThread };

/**
 * Starts opening the embedded data directory on its thread before the server's code has loaded (bundle-loader.ts),
 * from the same two variables the configuration reads. The configuration is still the judge: `takeEarlyPglite`
 * gives the thread only to an open of the same directory, and a start that fails its configuration exits anyway.
 */
export function openEmbeddedEarly(env: NodeJS.ProcessEnv = process.env): void {
  if (env['DATABASE_URL'] || !pgliteThreadAvailable()) return;
  const dataDir = resolve(env['BULWARK_DATA_DIR'] || DEFAULT_DATA_DIR);
  (globalThis as Slot)[EARLY] = new PgliteThread({ dataDir, template: builtTemplatePath() });
}

/** The thread opened early for `dataDir`, once; any other is closed. */
export function takeEarlyPglite(dataDir: string): PgliteThread | null {
  const slot = globalThis as Slot;
  const early = slot[EARLY];
  delete slot[EARLY];
  if (!early) return null;
  if (early.source.dataDir === dataDir) return early;
  void early.close();
  return null;
}
