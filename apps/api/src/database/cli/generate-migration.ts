import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pgliteDatabase } from '../open-database';
import { openPglite } from '../pglite';
import { runMigrations } from '../run-migrations';

type Query = { query: string; parameters?: unknown[] };

/** TypeORM repeats CREATE/DROP TYPE for an enum shared by several tables (enumName): keep the first of each. */
function onceEach<T extends Query>(queries: readonly T[]): T[] {
  const seen = new Set<string>();
  return queries.filter((q) => {
    if (!/^(CREATE|DROP) TYPE /.test(q.query)) return true;
    if (seen.has(q.query)) return false;
    seen.add(q.query);
    return true;
  });
}

/**
 * `npm run migration:generate -- AddBulletins`: applies every migration to a throwaway embedded database,
 * asks TypeORM what the entities still need, and writes that as a new migration. Run from the repository root.
 */
/** The index lists every `<epoch>-<Name>.ts` in the folder, oldest first: rebuilt, never edited by hand. */
function migrationIndex(dir: string): string {
  const files = readdirSync(dir)
    .filter((file) => /^\d{13}-[A-Za-z0-9]+\.ts$/.test(file))
    .sort()
    .map((file) => file.replace(/\.ts$/, ''));
  const classOf = (file: string) => {
    const [stamp, name] = file.split('-') as [string, string];
    return `${name}${stamp}`;
  };
  return [
    ...files.map((file) => `import { ${classOf(file)} } from './${file}';`),
    '',
    '/** Every migration, oldest first. `npm run migration:generate -- <Name>` rebuilds this list. */',
    `export const MIGRATIONS: Function[] = [${files.map(classOf).join(', ')}];`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]{2,80}$/.test(name)) {
    process.stderr.write('usage: npm run migration:generate -- <PascalCaseName>\n');
    process.exit(2);
  }
  const handle = await pgliteDatabase(await openPglite({ memory: true, template: null }), 'migration generator');
  await runMigrations(handle);
  const { upQueries, downQueries } = await handle.dataSource.driver.createSchemaBuilder().log();
  await handle.close();
  if (upQueries.length === 0) {
    process.stdout.write('No changes: the migrations already describe every entity.\n');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const sql = (queries: typeof upQueries) =>
    onceEach(queries).map(
      (q) =>
        `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
    );
  const source = [
    "import type { MigrationInterface, QueryRunner } from 'typeorm';",
    '',
    `export class ${className} implements MigrationInterface {`,
    `  name = '${className}';`,
    '',
    '  public async up(queryRunner: QueryRunner): Promise<void> {',
    ...sql(upQueries),
    '  }',
    '',
    '  public async down(queryRunner: QueryRunner): Promise<void> {',
    ...sql([...downQueries].reverse()),
    '  }',
    '}',
    '',
  ].join('\n');
  const dir = join(process.cwd(), 'apps/api/src/database/migrations');
  const file = `${timestamp}-${name}`;
  writeFileSync(join(dir, `${file}.ts`), source);
  writeFileSync(join(dir, 'index.ts'), migrationIndex(dir));
  process.stdout.write(
    `Wrote apps/api/src/database/migrations/${file}.ts (${upQueries.length} statements). Run npm run format.\n`,
  );
}

void main();
