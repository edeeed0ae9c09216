import { describe, expect, it } from 'vitest';
import { type CatalogReader, dbTypesDrift, declaredTypes, readDbSchema, renderDbTypes } from './db-types';

interface Column {
  table_name: string;
  column_name: string;
  not_null?: boolean;
  defaulted?: boolean;
  generated_always?: boolean;
  type_name: string;
  type_kind?: string;
  element_name?: string;
  element_kind?: string;
}

/** A catalog as readDbSchema's two queries answer it: the columns first, then the enums' labels. */
function catalog(columns: Column[], enums: [string, string][] = []): CatalogReader {
  const answers = [
    columns.map((column) => ({
      not_null: true,
      defaulted: false,
      generated_always: false,
      type_kind: 'b',
      element_name: null,
      element_kind: null,
      ...column,
    })),
    enums.map(([enum_name, label]) => ({ enum_name, label })),
  ];
  return { query: () => Promise.resolve(answers.shift()) };
}

const USERS: Column[] = [
  { table_name: 'users', column_name: 'id', type_name: 'uuid', defaulted: true },
  { table_name: 'users', column_name: 'email', type_name: 'varchar' },
  { table_name: 'users', column_name: 'locked_until', type_name: 'timestamptz', not_null: false },
  { table_name: 'users', column_name: 'roles', type_name: '_role', element_name: 'role', element_kind: 'e' },
  { table_name: 'users', column_name: 'tier', type_name: 'tier', type_kind: 'e' },
  { table_name: 'users', column_name: 'sequence', type_name: 'int8' },
  { table_name: 'users', column_name: 'tags', type_name: '_varchar', element_name: 'varchar', element_kind: 'b' },
  { table_name: 'users', column_name: 'details', type_name: 'jsonb' },
];
const ENUMS: [string, string][] = [
  ['tier', 'CLEAR'],
  ['tier', 'RED'],
  ['role', 'VIEWER'],
];

describe('the database types generator', () => {
  it('types each column as node-postgres returns it, null and defaults included', async () => {
    const source = renderDbTypes(await readDbSchema(catalog(USERS, ENUMS)));
    expect(source).toContain(
      [
        'export interface UsersTable {',
        '  id: Generated<string>;',
        '  email: string;',
        '  locked_until: Timestamp | null;',
        '  roles: EnumArray<RoleEnum>;',
        '  tier: TierEnum;',
        '  sequence: Int8;',
        '  tags: string[];',
        '  details: Json;',
        '}',
      ].join('\n'),
    );
    expect(source).toContain("export type RoleEnum = 'VIEWER';\nexport type TierEnum = 'CLEAR' | 'RED';");
    expect(source).toContain('export interface DB {\n  users: UsersTable;\n}');
  });

  it('stops at a type it has no mapping for, naming the column', async () => {
    await expect(
      readDbSchema(catalog([{ table_name: 'hosts', column_name: 'mac', type_name: 'macaddr' }])),
    ).rejects.toThrow('hosts.mac: PostgreSQL type macaddr has no TypeScript type');
  });

  it('wraps a long enum as prettier does, and reads it back', async () => {
    const labels = Array.from({ length: 12 }, (_, index) => `LABEL_NUMBER_${index}`);
    const source = renderDbTypes(
      await readDbSchema(
        catalog(
          [{ table_name: 't', column_name: 'c', type_name: 'long', type_kind: 'e' }],
          labels.map((label) => ['long', label]),
        ),
      ),
    );
    expect(source).toContain("export type LongEnum =\n  | 'LABEL_NUMBER_0'\n  | 'LABEL_NUMBER_1'\n");
    expect(declaredTypes(source).get('enum LongEnum')).toBe(labels.map((label) => `'${label}'`).join(' | '));
  });

  it('names each column and enum that differ, and nothing when they agree', async () => {
    const committed = renderDbTypes(await readDbSchema(catalog(USERS, ENUMS)));
    expect(dbTypesDrift(committed, committed)).toEqual([]);
    const changed = USERS.map((column) =>
      column.column_name === 'email'
        ? { ...column, column_name: 'email_address' }
        : column.column_name === 'locked_until'
          ? { ...column, not_null: true }
          : column,
    );
    const migrated = renderDbTypes(await readDbSchema(catalog(changed, [...ENUMS, ['tier', 'AMBER']])));
    expect(dbTypesDrift(committed, migrated)).toEqual([
      "enum TierEnum: 'CLEAR' | 'RED' in db-types.generated.ts, 'CLEAR' | 'RED' | 'AMBER' in the migrated schema",
      'users.email: in db-types.generated.ts (string), not in the migrated schema',
      'users.email_address: in the migrated schema (string), not in db-types.generated.ts',
      'users.locked_until: Timestamp | null in db-types.generated.ts, Timestamp in the migrated schema',
    ]);
  });
});
