import {
  type Compilable,
  type CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Selectable,
  sql,
} from 'kysely';
import { returnedRows } from '@api/common/sql-results';
import type { DB } from './db-types.generated';

export type { DB } from './db-types.generated';

/** A table's row as a SELECT returns it (db-types.generated.ts): `Pick<Row<'users'>, 'id' | 'email'>`. */
export type Row<T extends keyof DB> = Selectable<DB[T]>;

/** The row type of a compiled statement: `ResultOf<ReturnType<typeof someQuery>>`. */
export type ResultOf<Q> = Q extends CompiledQuery<infer R> ? R : never;

/** The transaction's time, as a column of a SELECT, SET or VALUES: `set({ updated_at: NOW })`. */
export const NOW = sql<Date>`now()`;

/**
 * Kysely as a compiler only: it never connects. Queries it builds run on TypeORM's connection (through `run`), so
 * they share its pool, PGlite's thread and the caller's transaction.
 */
const compiler = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/**
 * A statement checked against the migrated schema at compile time: a table, column or type that does not exist
 * there does not compile. `sqlOf((db) => db.selectFrom('users').select(['id', 'email']).where('id', '=', id))`.
 */
export function sqlOf<R>(build: (db: Kysely<DB>) => Compilable<R>): CompiledQuery<R> {
  return build(compiler).compile();
}

/** Whatever runs SQL: a DataSource, a transaction's EntityManager, a QueryRunner. */
export interface SqlExecutor {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** Runs a compiled statement and returns its rows (RETURNING rows for an UPDATE or DELETE), typed by the query. */
export async function run<R>(executor: SqlExecutor, query: CompiledQuery<R>): Promise<R[]> {
  return returnedRows<R>(await executor.query(query.sql, [...query.parameters]));
}

/** The first row of `run`, or null. */
export async function runFirst<R>(executor: SqlExecutor, query: CompiledQuery<R>): Promise<R | null> {
  return (await run(executor, query))[0] ?? null;
}
