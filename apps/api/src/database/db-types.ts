/**
 * The row types of every table, read from a migrated database's catalog and written as TypeScript
 * (db-types.generated.ts, by `npm run db:types`): the one place raw SQL takes its row types from. Each column is
 * typed as the driver hands it over: node-postgres parses the text PostgreSQL sends, and PGlite reaches TypeORM
 * through the same client (data-source-options.ts), so one file holds for both engines.
 */

/** Runs one statement: a DataSource, an EntityManager or a QueryRunner. */
export interface CatalogReader {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export interface DbColumn {
  readonly name: string;
  /** The TypeScript type of a selected value, `| null` included. */
  readonly type: string;
  /** Omitted on insert: the column has a default (or is an identity). */
  readonly defaulted: boolean;
  /** Never written: a generated column, or an identity GENERATED ALWAYS. */
  readonly generatedAlways: boolean;
}

export interface DbSchema {
  /** PostgreSQL enum name → its labels in their declared order. */
  readonly enums: ReadonlyMap<string, readonly string[]>;
  /** Table name → its columns in their order in the table. */
  readonly tables: ReadonlyMap<string, readonly DbColumn[]>;
}

interface CatalogColumn {
  table_name: string;
  column_name: string;
  not_null: boolean;
  defaulted: boolean;
  generated_always: boolean;
  type_name: string;
  type_kind: string;
  element_name: string | null;
  element_kind: string | null;
}

const CATALOG_COLUMNS = `
  SELECT c.relname AS table_name, a.attname AS column_name, a.attnotnull AS not_null,
         (a.atthasdef OR a.attidentity <> '') AS defaulted,
         (a.attgenerated <> '' OR a.attidentity = 'a') AS generated_always,
         t.typname AS type_name, t.typtype::text AS type_kind, e.typname AS element_name, e.typtype::text AS element_kind
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    JOIN pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A'
   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
   ORDER BY c.relname, a.attnum`;

const CATALOG_ENUMS = `
  SELECT t.typname AS enum_name, e.enumlabel AS label
    FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
    JOIN pg_enum e ON e.enumtypid = t.oid
   WHERE n.nspname = 'public'
   ORDER BY t.typname, e.enumsortorder`;

/**
 * As node-postgres's parsers return each type (pg-types textParsers.js; checked on PGlite and PostgreSQL). A type
 * missing here stops the generator: add it as the driver returns it, not as it would be convenient.
 */
const SCALARS: Readonly<Record<string, string>> = {
  uuid: 'string',
  text: 'string',
  varchar: 'string',
  bpchar: 'string',
  inet: 'string',
  cidr: 'string',
  tsvector: 'string',
  bool: 'boolean',
  int2: 'number',
  int4: 'number',
  float4: 'number',
  float8: 'number',
  int8: 'Int8',
  numeric: 'Numeric',
  timestamptz: 'Timestamp',
  timestamp: 'Timestamp',
  date: 'Timestamp',
  json: 'Json',
  jsonb: 'Json',
};

/** Arrays of these arrive parsed; an array of anything else (an enum's) arrives as PostgreSQL's array literal. */
const ARRAY_ELEMENTS: Readonly<Record<string, string>> = {
  uuid: 'string[]',
  text: 'string[]',
  varchar: 'string[]',
  bpchar: 'string[]',
  inet: 'string[]',
  bool: 'boolean[]',
  int2: 'number[]',
  int4: 'number[]',
  float4: 'number[]',
  float8: 'number[]',
  int8: 'string[]',
  timestamptz: 'Date[]',
  timestamp: 'Date[]',
  date: 'Date[]',
};

function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

const enumTypeName = (name: string) => `${pascal(name)}Enum`;
const tableTypeName = (name: string) => `${pascal(name)}Table`;

function columnType(column: CatalogColumn): string {
  const where = `${column.table_name}.${column.column_name}`;
  let type: string | undefined;
  if (column.type_kind === 'e') type = enumTypeName(column.type_name);
  else if (column.element_name !== null) {
    type =
      column.element_kind === 'e'
        ? `EnumArray<${enumTypeName(column.element_name)}>`
        : ARRAY_ELEMENTS[column.element_name];
  } else type = SCALARS[column.type_name];
  if (!type) {
    throw new Error(
      `${where}: PostgreSQL type ${column.type_name} has no TypeScript type in db-types.ts; add it as node-postgres returns it`,
    );
  }
  return column.not_null ? type : `${type} | null`;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The public schema as the catalog describes it, in an order that does not depend on the server's collation. */
export async function readDbSchema(reader: CatalogReader): Promise<DbSchema> {
  const columns = (await reader.query(CATALOG_COLUMNS)) as CatalogColumn[];
  const labels = (await reader.query(CATALOG_ENUMS)) as { enum_name: string; label: string }[];
  const enums = new Map<string, string[]>();
  for (const { enum_name, label } of labels) enums.set(enum_name, [...(enums.get(enum_name) ?? []), label]);
  const tables = new Map<string, DbColumn[]>();
  for (const column of columns) {
    const list = tables.get(column.table_name) ?? [];
    list.push({
      name: column.column_name,
      type: columnType(column),
      defaulted: column.defaulted,
      generatedAlways: column.generated_always,
    });
    tables.set(column.table_name, list);
  }
  const sorted = <T>(map: Map<string, T>) => new Map([...map].sort(([a], [b]) => byCodeUnits(a, b)));
  return { enums: sorted(enums), tables: sorted(tables) };
}

const HEADER = `// Generated by \`npm run db:types\` from the database the migrations create: do not edit by hand.
// db-types.int-spec.ts fails, naming the column, when this file and the migrated schema disagree.
// Raw SQL takes its row types from here, through typed-sql.ts (\`sqlOf\`, \`Row<'table'>\`).
import type { ColumnType } from 'kysely';

/** Has a default: may be left out of an INSERT. */
export type Generated<T> =
  T extends ColumnType<infer S, infer I, infer U> ? ColumnType<S, I | undefined, U> : ColumnType<T, T | undefined, T>;
/** Computed by the database: never written. */
export type GeneratedAlways<T> =
  T extends ColumnType<infer S, infer _I, infer _U> ? ColumnType<S, never, never> : ColumnType<T, never, never>;
/** timestamptz, timestamp and date: parsed to a Date. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** bigint: a string, as a JavaScript number would lose digits past 2^53. */
export type Int8 = ColumnType<string, string | number | bigint, string | number | bigint>;
/** numeric: a string, for the same reason. */
export type Numeric = ColumnType<string, string | number, string | number>;
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** json and jsonb: parsed when read; written as JSON text (the driver would turn a JavaScript array into a SQL array). */
export type Json = ColumnType<JsonValue, string, string>;
/**
 * An array of an enum: node-postgres parses arrays of built-in types only, so it arrives as PostgreSQL's array
 * literal ('{VIEWER,ANALYST}'). Select \`column::text[]\` for a JavaScript array.
 */
export type EnumArray<E extends string> = ColumnType<string, readonly E[], readonly E[]>;
`;

const PRINT_WIDTH = 120;

/** One declaration per line, wrapped as prettier would, so the file is formatted as it is written. */
function enumDeclaration(name: string, labels: readonly string[]): string {
  const values = labels.map((label) => `'${label.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
  const line = `export type ${enumTypeName(name)} = ${values.join(' | ')};`;
  if (line.length <= PRINT_WIDTH) return line;
  const indented = `  ${values.join(' | ')};`;
  if (indented.length <= PRINT_WIDTH) return `export type ${enumTypeName(name)} =\n${indented}`;
  return [`export type ${enumTypeName(name)} =`, ...values.map((value) => `  | ${value}`)].join('\n') + ';';
}

function propertyName(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : `'${name.replace(/'/g, "\\'")}'`;
}

function columnDeclaration(column: DbColumn): string {
  const type = column.generatedAlways
    ? `GeneratedAlways<${column.type}>`
    : column.defaulted
      ? `Generated<${column.type}>`
      : column.type;
  return `  ${propertyName(column.name)}: ${type};`;
}

/** The text of db-types.generated.ts. */
export function renderDbTypes(schema: DbSchema): string {
  const parts = [HEADER];
  if (schema.enums.size > 0)
    parts.push([...schema.enums].map(([name, labels]) => enumDeclaration(name, labels)).join('\n') + '\n');
  for (const [table, columns] of schema.tables) {
    parts.push(
      [`export interface ${tableTypeName(table)} {`, ...columns.map(columnDeclaration), '}'].join('\n') + '\n',
    );
  }
  parts.push(
    [
      '/** Every table, by name: the database Kysely compiles queries against (typed-sql.ts). */',
      'export interface DB {',
      ...[...schema.tables.keys()].map((table) => `  ${propertyName(table)}: ${tableTypeName(table)};`),
      '}',
    ].join('\n') + '\n',
  );
  return parts.join('\n');
}

/**
 * What a db-types file declares, one entry a column (`users.email` → `string`) and one an enum (`enum TierEnum` →
 * its union), read back from the text renderDbTypes writes.
 */
export function declaredTypes(source: string): Map<string, string> {
  const declared = new Map<string, string>();
  const unquote = (name: string) => name.replace(/^'(.*)'$/, '$1');
  const interfaces = new Map<string, [string, string][]>();
  for (const [, name, body] of source.matchAll(/^export interface (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const members = [...body.matchAll(/^ {2}('[^']*'|[\w$]+): (.+);$/gm)].map(
      ([, key, type]) => [unquote(key), type] as [string, string],
    );
    interfaces.set(name, members);
  }
  for (const [table, interfaceName] of interfaces.get('DB') ?? []) {
    for (const [column, type] of interfaces.get(interfaceName) ?? []) declared.set(`${table}.${column}`, type);
  }
  for (const [, name, union] of source.matchAll(/^export type (\w+Enum) =([\s\S]*?);$/gm)) {
    const values = union
      .split('|')
      .map((value) => value.trim())
      .filter(Boolean);
    declared.set(`enum ${name}`, values.join(' | '));
  }
  return declared;
}

/**
 * How a committed db-types file differs from the one the migrated schema gives, a line per column or enum:
 * empty when they agree.
 */
export function dbTypesDrift(committed: string, migrated: string): string[] {
  const before = declaredTypes(committed);
  const after = declaredTypes(migrated);
  const drift: string[] = [];
  for (const [key, type] of after) {
    const was = before.get(key);
    if (was === undefined) drift.push(`${key}: in the migrated schema (${type}), not in db-types.generated.ts`);
    else if (was !== type) drift.push(`${key}: ${was} in db-types.generated.ts, ${type} in the migrated schema`);
  }
  for (const [key, type] of before) {
    if (!after.has(key)) drift.push(`${key}: in db-types.generated.ts (${type}), not in the migrated schema`);
  }
  return drift.sort(byCodeUnits);
}
