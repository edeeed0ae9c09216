import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrganizationId, startTestApp, type TestApp, userIdOf } from '@bulwark/testing';
import { ViewerRepository } from './viewer.repository';

/**
 * Every column of the tables a viewer is read from, sorted: those that make a viewer (viewer.repository.ts) move
 * the standing generation; the others must not, or every sign-in would make the live fan-out re-read everyone.
 * A new column fails the first test until it is put on one side or the other, here and in the migration.
 */
const MAKES_A_VIEWER: Record<string, string[]> = {
  users: ['id', 'organization_id', 'roles', 'clearance', 'active'],
  organizations: ['id', 'parent_id', 'vetted_tier', 'active', 'require_second_factor'],
  sessions: ['id', 'user_id', 'expires_at', 'revoked_at', 'second_factor'],
};
const NOT_PART_OF_A_VIEWER: Record<string, string[]> = {
  users: [
    'email',
    'display_name',
    'password_hash',
    'failed_sign_ins',
    'locked_until',
    'last_sign_in_at',
    'created_at',
    'updated_at',
  ],
  organizations: [
    'name',
    'short_name',
    'kind',
    'jurisdiction',
    'accepts_incident_reports',
    'allow_passwordless',
    'mail_detail',
    'created_at',
    'updated_at',
  ],
  sessions: ['created_at', 'revoked_reason', 'sign_in_method', 'user_agent', 'ip_address', 'last_used_at'],
};

describe('the viewer standing generation', () => {
  let t: TestApp;
  let rowOf: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    const userId = await userIdOf(t, 'clerk@fulton.ga.demo');
    const [session] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + interval '1 hour') RETURNING id`,
      [userId],
    );
    rowOf = { users: userId, organizations: await demoOrganizationId(t, 'GA-FULTON'), sessions: session?.id ?? '' };
  });
  afterAll(() => t.close());

  const generation = () => t.app.get(ViewerRepository).standingGeneration();

  /** Sets the column to itself: the column is in the UPDATE's SET list, which is what fires its trigger. */
  const touch = (table: string, column: string) =>
    t.dataSource.query(`UPDATE ${table} SET ${column} = ${column} WHERE id = $1`, [rowOf[table]]);

  it('knows every column of users, organizations and sessions as part of a viewer or not', async () => {
    for (const table of Object.keys(MAKES_A_VIEWER)) {
      const rows: { column_name: string }[] = await t.dataSource.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [table],
      );
      const known = [...(MAKES_A_VIEWER[table] ?? []), ...(NOT_PART_OF_A_VIEWER[table] ?? [])].sort();
      expect(rows.map((row) => row.column_name).sort(), table).toEqual(known);
    }
  });

  it('moves with each column that makes a viewer, once committed', async () => {
    for (const [table, columns] of Object.entries(MAKES_A_VIEWER)) {
      for (const column of columns) {
        const before = BigInt(await generation());
        await touch(table, column);
        expect(BigInt(await generation()) > before, `${table}.${column}`).toBe(true);
      }
    }
  });

  it('stays for the other columns, for a new session, and for a change rolled back', async () => {
    const before = await generation();
    for (const [table, columns] of Object.entries(NOT_PART_OF_A_VIEWER))
      for (const column of columns) await touch(table, column);
    await t.dataSource.query(`INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + interval '1 hour')`, [
      rowOf['users'],
    ]);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE users SET clearance = 'CLEAR' WHERE id = $1`, [rowOf['users']]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await generation()).toBe(before);
  });

  it('moves when a session, a user or an organization is deleted', async () => {
    const organizationId = rowOf['organizations'];
    const [organization] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO organizations (name, short_name, kind, parent_id, vetted_tier)
       SELECT 'Standing test ' || $2, 'ST-' || $2, kind, id, 'GREEN' FROM organizations WHERE id = $1 RETURNING id`,
      [organizationId, String(Date.now() % 1e6)],
    );
    const [user] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO users (email, display_name, organization_id, clearance, password_hash)
       VALUES ('standing-' || $2 || '@test.demo', 'Standing', $1, 'GREEN', 'x') RETURNING id`,
      [organization?.id, String(Date.now())],
    );
    const [session] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + interval '1 hour') RETURNING id`,
      [user?.id],
    );
    for (const [table, id] of [
      ['sessions', session?.id],
      ['users', user?.id],
      ['organizations', organization?.id],
    ] as const) {
      const before = BigInt(await generation());
      await t.dataSource.query(`DELETE FROM ${table} WHERE id = $1`, [id]);
      expect(BigInt(await generation()) > before, table).toBe(true);
    }
  });
});
