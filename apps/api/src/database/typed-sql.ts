import {
  type Compilable,
  type CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type RawBuilder,
  type Selectable,
  sql,
} from 'kysely';
import { returnedRows } from '@api/common/sql-results';
import type { DB } from './db-types.generated';
import type { DomainRow } from './domain-enums';

export type { DB } from './db-types.generated';

/** A table's row as a SELECT returns it (db-types.generated.ts): `Pick<Row<'users'>, 'id' | 'email'>`. */
export type Row<T extends keyof DB> = DomainRow<Selectable<DB[T]>>;

/** The row type of a compiled statement: `ResultOf<ReturnType<typeof someQuery>>`. */
export type ResultOf<Q> = Q extends CompiledQuery<infer R> ? R : never;

/** The transaction's time, as a column of a SELECT, SET or VALUES: `set({ updated_at: NOW })`. */
export const NOW = sql<Date>`now()`;

/** `ms` milliseconds after the transaction's time (null for null): when a retry or a lease is due. */
export function afterMs(ms: number | null): RawBuilder<Date | null> {
  return sql<Date | null>`now() + (${ms}::integer * interval '1 millisecond')`;
}

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

/** A statement written with Kysely's `sql` template (for what the builder cannot say), compiled the same way. */
export function sqlOfText<R>(statement: RawBuilder<R>): CompiledQuery<R> {
  return statement.compile(compiler);
}

/** Element types a list may be bound as (`arrayOf`): named here, as they are written into the SQL text. */
type ArrayElement = 'uuid' | 'text' | 'varchar' | 'tier' | 'category' | 'severity' | 'bulletin_status' | 'role';

/**
 * A list bound as one array value of a PostgreSQL type, `$1::uuid[]`, for `= ANY(…)` and `&&`. The cast keeps an
 * enum or uuid column compared as its own type, so its statistics and indexes stay in play.
 */
export function arrayOf<T>(values: readonly T[], type: ArrayElement): RawBuilder<T[]> {
  return sql<T[]>`${values}::${sql.raw(type)}[]`;
}

/** Whatever runs SQL: a DataSource, a transaction's EntityManager, a QueryRunner. */
export interface SqlExecutor {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Runs a compiled statement and returns its rows (RETURNING rows for an UPDATE or DELETE), typed by the query, with
 * enum columns typed as the domain's enums.
 */
export async function run<R>(executor: SqlExecutor, query: CompiledQuery<R>): Promise<DomainRow<R>[]> {
  return returnedRows<DomainRow<R>>(await executor.query(query.sql, [...query.parameters]));
}

/** The first row of `run`, or null. */
export async function runFirst<R>(executor: SqlExecutor, query: CompiledQuery<R>): Promise<DomainRow<R> | null> {
  return (await run(executor, query))[0] ?? null;
}

/** Marks a bound value in the text: a private-use character, which no SQL that libs/policy writes contains. */
const PLACEHOLDER = /\uE000(\d+)\uE000/;

/**
 * SQL that another module writes as text, binding its values through `param` (libs/policy's predicate, which must
 * stay the one writer of the access decision), as an expression in a Kysely statement, which numbers the values.
 * Column names in it are the writer's to get right; the policy's own tests run its SQL against the schema.
 */
export function sqlText<T>(write: (param: (value: unknown) => string) => string): RawBuilder<T> {
  const values: unknown[] = [];
  const text = write((value) => {
    values.push(value);
    return `\uE000${values.length - 1}\uE000`;
  });
  const pieces = text.split(PLACEHOLDER);
  const parts = pieces.map((piece, i) => (i % 2 === 0 ? sql.raw(piece) : sql.val(values[Number(piece)])));
  return sql<T>`${sql.join(parts, sql.raw(''))}`;
}
