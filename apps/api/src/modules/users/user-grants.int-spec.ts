import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  createUser,
  DEMO,
  demoOrganizationId,
  errorOf,
  startTestApp,
  type TestApp,
  tokenOf,
  uniqueTag,
  userIdOf,
} from '@bulwark/testing';

const UPDATE = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id roles clearance displayName } }';
const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
const ACCESS = 'SELECT roles::text[] AS roles, clearance::text AS clearance, active FROM users WHERE id = $1';

function userInput(overrides: Record<string, unknown> = {}) {
  return {
    email: `grant-${uniqueTag()}@ga.demo`,
    displayName: 'Georgia Staff',
    roles: ['VIEWER'],
    clearance: 'GREEN',
    initialPassword: 'a long enough password',
    ...overrides,
  };
}

describe('what may be granted to a user', () => {
  let t: TestApp;
  let gaAdmin: string;
  let platformAdmin: string;
  let gaAdminId: string;
  let platformAdminId: string;
  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await tokenOf(t, DEMO.gaAdmin);
    platformAdmin = await tokenOf(t, DEMO.platformAdmin);
    gaAdminId = await userIdOf(t, DEMO.gaAdmin);
    platformAdminId = await userIdOf(t, DEMO.platformAdmin);
  });
  afterAll(() => t.close());

  async function access(id: string): Promise<unknown> {
    return (await t.dataSource.query<unknown[]>(ACCESS, [id]))[0];
  }

  it('an org admin raising their own clearance or roles: FORBIDDEN, unchanged', async () => {
    const before = await access(gaAdminId);
    for (const change of [{ clearance: 'AMBER_STRICT' }, { roles: ['ORG_ADMIN', 'VIEWER', 'PUBLISHER'] }]) {
      const response = await t.gql.request(UPDATE, { input: { id: gaAdminId, ...change } }, { token: gaAdmin });
      expect(errorOf(response).code).toBe('FORBIDDEN');
    }
    expect(await access(gaAdminId)).toEqual(before);
  });

  it('a platform admin changing their own roles: FORBIDDEN, unchanged', async () => {
    const before = await access(platformAdminId);
    const response = await t.gql.request(
      UPDATE,
      { input: { id: platformAdminId, roles: ['PLATFORM_ADMIN', 'VIEWER', 'ORG_ADMIN'] } },
      { token: platformAdmin },
    );
    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect(await access(platformAdminId)).toEqual(before);
  });

  it('nobody deactivates themselves: FORBIDDEN, still active', async () => {
    for (const [id, token] of [
      [gaAdminId, gaAdmin],
      [platformAdminId, platformAdmin],
    ] as const) {
      const response = await t.gql.request(
        'mutation($id: ID!) { deactivateUser(input: { id: $id }) { id } }',
        { id },
        {
          token,
        },
      );
      expect(errorOf(response).code).toBe('FORBIDDEN');
      expect(await access(id)).toMatchObject({ active: true });
    }
  });

  it('anyone may change their own display name', async () => {
    const { updateUser } = await t.gql.data<{ updateUser: { displayName: string } }>(
      UPDATE,
      { input: { id: gaAdminId, displayName: 'Georgia Admin (renamed)' } },
      { token: gaAdmin },
    );
    expect(updateUser.displayName).toBe('Georgia Admin (renamed)');
  });

  it("an org admin grants clearance up to the organization's vetting, not above it (naming it)", async () => {
    const user = await createUser(t, gaAdmin);
    const raised = await t.gql.data<{ updateUser: { clearance: string } }>(
      UPDATE,
      { input: { id: user.id, clearance: 'AMBER_STRICT' } },
      { token: gaAdmin },
    );
    expect(raised.updateUser.clearance).toBe('AMBER_STRICT');

    const response = await t.gql.request(UPDATE, { input: { id: user.id, clearance: 'RED' } }, { token: gaAdmin });
    const error = errorOf(response);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('Georgia Secretary of State');
    expect(error.message).toContain('AMBER_STRICT');
    expect(await access(user.id)).toMatchObject({ clearance: 'AMBER_STRICT' });
  });

  it('refuses to create a Georgia user with RED clearance: BAD_USER_INPUT, nothing created', async () => {
    const input = userInput({ clearance: 'RED' });
    const response = await t.gql.request(CREATE, { input }, { token: gaAdmin });
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).message).toMatch(/Georgia Secretary of State.*AMBER_STRICT/);
    expect(await countRows(t, 'SELECT count(*) FROM users WHERE email = $1', [input.email])).toBe(0);
  });

  it('PLATFORM_ADMIN granted by an org admin: FORBIDDEN, nothing changed', async () => {
    const input = userInput({ roles: ['PLATFORM_ADMIN'] });
    expect(errorOf(await t.gql.request(CREATE, { input }, { token: gaAdmin })).code).toBe('FORBIDDEN');
    expect(await countRows(t, 'SELECT count(*) FROM users WHERE email = $1', [input.email])).toBe(0);

    const user = await createUser(t, gaAdmin);
    const response = await t.gql.request(
      UPDATE,
      { input: { id: user.id, roles: ['VIEWER', 'PLATFORM_ADMIN'] } },
      { token: gaAdmin },
    );
    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect(await access(user.id)).toMatchObject({ roles: ['VIEWER'] });
  });

  it("PLATFORM_ADMIN granted by a platform admin to a non-platform organization's user: BAD_USER_INPUT", async () => {
    const user = await createUser(t, gaAdmin);
    const response = await t.gql.request(
      UPDATE,
      { input: { id: user.id, roles: ['PLATFORM_ADMIN'] } },
      { token: platformAdmin },
    );
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(await access(user.id)).toMatchObject({ roles: ['VIEWER'] });

    const platform = await demoOrganizationId(t, 'BULWARK');
    const staff = await createUser(t, platformAdmin, { organizationId: platform, roles: ['PLATFORM_ADMIN'] });
    expect(await access(staff.id)).toMatchObject({ roles: ['PLATFORM_ADMIN'] });
  });

  it('refuses a duplicate email in another case: CONFLICT, one user only', async () => {
    const user = await createUser(t, gaAdmin);
    const response = await t.gql.request(
      CREATE,
      { input: userInput({ email: user.email.toUpperCase() }) },
      {
        token: gaAdmin,
      },
    );
    expect(errorOf(response).code).toBe('CONFLICT');
    expect(await countRows(t, 'SELECT count(*) FROM users WHERE lower(email) = $1', [user.email])).toBe(1);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }],
    ['a 201-character display name', { displayName: 'x'.repeat(201) }],
    ['an unknown role', { roles: ['SUPERUSER'] }],
    ['no role at all', { roles: [] }],
    ['a short password', { initialPassword: 'short' }],
  ])('refuses %s: BAD_USER_INPUT, nothing created', async (_name, overrides) => {
    const before = await countRows(t, 'SELECT count(*) FROM users');
    const response = await t.gql.request(CREATE, { input: userInput(overrides) }, { token: gaAdmin });
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(await countRows(t, 'SELECT count(*) FROM users')).toBe(before);
  });
});
