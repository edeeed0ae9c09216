import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';

/** Written by `nx run api:pglite-template` (part of `npm run build`) into dist/apps/api, next to the code. */
export const PGLITE_TEMPLATE_FILE = 'pglite-template.tar.gz';

/**
 * The built template, or null (running from sources, or a build without it). Looked for from this module's folder
 * up to dist/apps/api, so it is found whether the code runs as separate files (src/database) or bundled higher up.
 */
export function builtTemplatePath(from: string = __dirname): string | null {
  let folder = from;
  for (let level = 0; level < 3; level++) {
    const candidate = join(folder, PGLITE_TEMPLATE_FILE);
    if (existsSync(candidate)) return candidate;
    folder = dirname(folder);
  }
  return null;
}

/**
 * A template read and unpacked whole before PGlite writes a byte of it, so a damaged file fails here and never
 * leaves a half-written data directory behind.
 */
export async function readPgliteTemplate(path: string): Promise<Blob> {
  const tar = await promisify(gunzip)(await readFile(path));
  return new Blob([new Uint8Array(tar)], { type: 'application/x-tar' });
}
