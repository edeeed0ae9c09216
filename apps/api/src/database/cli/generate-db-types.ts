import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDbTypes, readDbSchema } from '../db-types';
import { pgliteDatabase } from '../open-database';
import { openPglite } from '../pglite';
import { runMigrations } from '../run-migrations';

const DB_TYPES_FILE = 'apps/api/src/database/db-types.generated.ts';

/**
 * `npm run db:types`: applies every migration to a new, throwaway embedded database and writes the row type of
 * each of its tables to db-types.generated.ts. Run from the repository root after adding a migration.
 */
async function main(): Promise<void> {
  const handle = await pgliteDatabase(await openPglite({ memory: true, template: null }), 'db types generator');
  try {
    await runMigrations(handle);
    const schema = await readDbSchema(handle.dataSource);
    writeFileSync(join(process.cwd(), DB_TYPES_FILE), renderDbTypes(schema));
    process.stdout.write(`Wrote ${DB_TYPES_FILE} (${schema.tables.size} tables, ${schema.enums.size} enums).\n`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bulwark: cannot generate the database types: ${String(error)}\n`);
  process.exit(1);
});
