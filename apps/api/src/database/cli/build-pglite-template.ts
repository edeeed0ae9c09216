import 'reflect-metadata';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createMigratedSnapshot } from '../migrated-snapshot';

/**
 * Build step (`nx run api:pglite-template`, part of `npm run build`): an initdb'd, fully migrated, empty database,
 * gzipped, so a first start on a new data directory unpacks it instead of running initdb (docs/operations.md).
 */
async function main(): Promise<void> {
  const [target] = process.argv.slice(2);
  if (!target) {
    process.stderr.write('usage: node build-pglite-template.js <output.tar.gz>\n');
    process.exit(2);
  }
  const output = resolve(target);
  const started = performance.now();
  const snapshot = await createMigratedSnapshot({ compression: 'gzip' });
  await mkdir(dirname(output), { recursive: true });
  // Written beside it and renamed: a start never finds half a template.
  await writeFile(`${output}.partial`, new Uint8Array(await snapshot.arrayBuffer()));
  await rename(`${output}.partial`, output);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`PGlite template: ${output} (${Math.round(snapshot.size / 1024)} KB, ${seconds} s)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bulwark: cannot build the PGlite template: ${String(error)}\n`);
  process.exit(1);
});
