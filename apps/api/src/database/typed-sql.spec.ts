import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { Tier } from '@bulwark/domain';
import { sql } from 'kysely';
import { run, runFirst, sqlOf, sqlText } from './typed-sql';

const ROOT = join(__dirname, '../../../..');
const DB_TYPES_FILE = join(__dirname, 'db-types.generated.ts');

/** Queries the compiler rejects: `npm run typecheck` fails if one of them ever compiles. */
const REJECTED = [
  // @ts-expect-error -- users has no column full_name
  sqlOf((db) => db.selectFrom('users').select(['id', 'full_name'])),
  // @ts-expect-error -- users.active is a boolean
  sqlOf((db) => db.selectFrom('users').select('id').where('active', '=', 'yes')),
  // @ts-expect-error -- there is no table user
  sqlOf((db) => db.selectFrom('user').selectAll()),
];

/** The TypeScript errors of `source` compiled beside this file, with db-types.generated.ts replaced by `dbTypes`. */
let previous: ts.Program | undefined;

function compileErrors(source: string, dbTypes: string): string[] {
  const { options } = ts.parseJsonConfigFileContent(
    ts.readConfigFile(join(ROOT, 'tsconfig.base.json'), (path) => ts.sys.readFile(path)).config,
    ts.sys,
    ROOT,
  );
  const fixture = join(__dirname, 'typed-sql.fixture.ts');
  const replaced: Record<string, string> = { [fixture]: source, [DB_TYPES_FILE]: dbTypes };
  const disk = ts.createCompilerHost({ ...options, noEmit: true });
  const host: ts.CompilerHost = {
    ...disk,
    fileExists: (path) => path in replaced || disk.fileExists(path),
    readFile: (path) => replaced[path] ?? disk.readFile(path),
    getSourceFile: (path, language, onError) => {
      const text = replaced[path];
      return text === undefined
        ? disk.getSourceFile(path, language, onError)
        : ts.createSourceFile(path, text, language);
    },
  };
  const program = ts.createProgram([fixture], { ...options, noEmit: true }, host, previous);
  previous = program;
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('typed SQL', () => {
  it("builds even what it would not compile: the check is the type checker's (REJECTED above)", () => {
    expect(REJECTED.map((query) => query.sql)).toEqual([
      'select "id", "full_name" from "users"',
      'select "id" from "users" where "active" = $1',
      'select * from "user"',
    ]);
  });

  it('compiles a query to PostgreSQL text and parameters, without a connection', () => {
    const query = sqlOf((db) =>
      db
        .selectFrom('users as u')
        .innerJoin('organizations as o', 'o.id', 'u.organization_id')
        .select(['u.id', 'o.active as organization_active'])
        .where('u.email', '=', 'ada@example.org'),
    );
    expect(query.sql).toBe(
      'select "u"."id", "o"."active" as "organization_active" from "users" as "u" inner join "organizations" as "o" on "o"."id" = "u"."organization_id" where "u"."email" = $1',
    );
    expect(query.parameters).toEqual(['ada@example.org']);
  });

  it('runs on the executor it is given, and returns the RETURNING rows of an UPDATE', async () => {
    const calls: [string, unknown[] | undefined][] = [];
    // TypeORM answers an UPDATE with [rows, affected count].
    const executor = {
      query: (sql: string, parameters?: unknown[]) => {
        calls.push([sql, parameters]);
        return Promise.resolve([[{ id: 'u1' }], 1]);
      },
    };
    const query = sqlOf((db) => db.updateTable('users').set({ active: false }).where('id', '=', 'u1').returning('id'));
    expect(await run(executor, query)).toEqual([{ id: 'u1' }]);
    expect(await runFirst(executor, query)).toEqual({ id: 'u1' });
    expect(calls[0]).toEqual(['update "users" set "active" = $1 where "id" = $2 returning "id"', [false, 'u1']]);
  });

  it("numbers the values of SQL written as text among the statement's own, each bound where it was", () => {
    const readable = sqlText<boolean>(
      (param) => `(o.kind = ${param('STATE')} AND o.id = ANY(${param(['a', 'b'])}::uuid[]))`,
    );
    const query = sqlOf((db) =>
      db
        .selectFrom('organizations as o')
        .select('o.id')
        .where('o.active', '=', true)
        .where(readable)
        .where(sql<boolean>`o.name <> ${'x'}`),
    );
    expect(query.sql).toBe(
      'select "o"."id" from "organizations" as "o" where "o"."active" = $1 and (o.kind = $2 AND o.id = ANY($3::uuid[])) and o.name <> $4',
    );
    expect(query.parameters).toEqual([true, 'STATE', ['a', 'b'], 'x']);
  });

  it("types an enum column's value as the domain's enum", async () => {
    const executor = { query: () => Promise.resolve([{ tier: 'AMBER' }]) };
    const row = await runFirst(
      executor,
      sqlOf((db) => db.selectFrom('bulletin_revisions').select('tier')),
    );
    const tier: Tier | undefined = row?.tier;
    expect(tier).toBe(Tier.AMBER);
  });

  // Two TypeScript programs over the API's types: seconds, not milliseconds.
  it('refuses, at compile time, a query that names a column a migration renamed', { timeout: 60_000 }, () => {
    const query = `import { runFirst, sqlOf, type SqlExecutor } from './typed-sql';
      export const name = (db: SqlExecutor, id: string): Promise<string | undefined> =>
        runFirst(db, sqlOf((k) => k.selectFrom('users').select('display_name').where('id', '=', id)))
          .then((row) => row?.display_name);`;
    const committed = readFileSync(DB_TYPES_FILE, 'utf8');
    expect(compileErrors(query, committed)).toEqual([]);
    // What `npm run db:types` writes after `ALTER TABLE users RENAME COLUMN display_name TO full_name`.
    const renamed = committed.replace(/^( {2})display_name: string;$/m, '$1full_name: string;');
    expect(renamed).not.toBe(committed);
    const errors = compileErrors(query, renamed);
    expect(errors.join('\n')).toContain(`Argument of type '"display_name"' is not assignable`);
  });
});
