import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  createUser,
  DEMO,
  demoOrganizationId,
  errorOf,
  signIn,
  startTestApp,
  type TestApp,
  tokenOf,
  userIdOf,
} from '@bulwark/testing';

const USER =
  'query($id: ID!) { user(id: $id) { id email displayName roles clearance active organization { shortName } } }';

interface UserRow {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  clearance: string;
  active: boolean;
  organization: { shortName: string };
}

describe("an organization administrator manages their own organization's users only", () => {
  let t: TestApp;
  let gaAdmin: string;
  let platformAdmin: string;
  let georgia: string;
  let pennsylvania: string;
  let paUserId: string;
  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await tokenOf(t, DEMO.gaAdmin);
    platformAdmin = await tokenOf(t, DEMO.platformAdmin);
    georgia = await demoOrganizationId(t, 'GA-SOS');
    pennsylvania = await demoOrganizationId(t, 'PA-SOS');
    paUserId = await userIdOf(t, DEMO.paOfficial);
  });
  afterAll(() => t.close());

  async function paUserAsPlatformAdmin(): Promise<UserRow> {
    return (await t.gql.data<{ user: UserRow }>(USER, { id: paUserId }, { token: platformAdmin })).user;
  }

  it('creates a user in their own organization, who can then sign in', async () => {
    const user = await createUser(t, gaAdmin, { roles: ['ANALYST'], clearance: 'AMBER_STRICT' });
    expect(user.organizationId).toBe(georgia);
    const { user: read } = await t.gql.data<{ user: UserRow }>(USER, { id: user.id }, { token: gaAdmin });
    expect(read).toMatchObject({ roles: ['ANALYST'], clearance: 'AMBER_STRICT', active: true });
    expect((await signIn(t, user.email, user.password)).accessToken).toBeTruthy();
  });

  it('cannot create a user in Pennsylvania: NOT_FOUND, nothing created', async () => {
    const email = 'intruder@pa.demo';
    const response = await t.gql.request(
      `mutation($org: ID!) { createUser(input: { organizationId: $org, email: "${email}", displayName: "Intruder",
        roles: [VIEWER], clearance: GREEN, initialPassword: "a long enough password" }) { id } }`,
      { org: pennsylvania },
      { token: gaAdmin },
    );
    expect(errorOf(response).code).toBe('NOT_FOUND');
    expect(await countRows(t, 'SELECT count(*) FROM users WHERE email = $1', [email])).toBe(0);
  });

  it('cannot read a Pennsylvania user: the same null as an id that does not exist', async () => {
    const foreign = await t.gql.request<{ user: UserRow | null }>(USER, { id: paUserId }, { token: gaAdmin });
    const missing = await t.gql.request<{ user: UserRow | null }>(
      USER,
      { id: '00000000-0000-4000-8000-000000000000' },
      { token: gaAdmin },
    );
    expect(foreign).toMatchObject({ data: { user: null }, errors: undefined });
    expect(missing).toMatchObject({ data: { user: null }, errors: undefined });
  });

  it('answers a malformed id with null or BAD_USER_INPUT, never INTERNAL', async () => {
    const response = await t.gql.request<{ user: null }>(USER, { id: 'not-a-uuid' }, { token: gaAdmin });
    expect(response.data?.user ?? null).toBeNull();
    expect([undefined, 'BAD_USER_INPUT']).toContain(response.errors?.[0]?.extensions?.code);
  });

  it('cannot update a Pennsylvania user: NOT_FOUND, and the user is unchanged', async () => {
    const before = await paUserAsPlatformAdmin();
    const response = await t.gql.request(
      'mutation($id: ID!) { updateUser(input: { id: $id, displayName: "Hijacked", clearance: GREEN }) { id } }',
      { id: paUserId },
      { token: gaAdmin },
    );
    expect(errorOf(response)).toEqual({ code: 'NOT_FOUND', message: 'User not found.' });
    expect(await paUserAsPlatformAdmin()).toEqual(before);
  });

  it('cannot deactivate a Pennsylvania user: NOT_FOUND, and the user can still sign in', async () => {
    const response = await t.gql.request(
      'mutation($id: ID!) { deactivateUser(input: { id: $id }) { id } }',
      { id: paUserId },
      { token: gaAdmin },
    );
    expect(errorOf(response)).toEqual({ code: 'NOT_FOUND', message: 'User not found.' });
    expect((await paUserAsPlatformAdmin()).active).toBe(true);
    expect((await signIn(t, DEMO.paOfficial)).accessToken).toBeTruthy();
  });

  it('lists only Georgia users, even when asked for Pennsylvania', async () => {
    type Page = { users: { totalCount: number; edges: { node: { organization: { shortName: string } } }[] } };
    const LIST = `query($filter: UserFilter) { users(first: 100, filter: $filter) {
      totalCount edges { node { organization { shortName } } } } }`;
    const own = await t.gql.data<Page>(LIST, {}, { token: gaAdmin });
    expect(own.users.totalCount).toBe(
      await countRows(t, 'SELECT count(*) FROM users WHERE organization_id = $1', [georgia]),
    );
    expect(new Set(own.users.edges.map((edge) => edge.node.organization.shortName))).toEqual(new Set(['GA-SOS']));
    const foreign = await t.gql.data<Page>(LIST, { filter: { organizationId: pennsylvania } }, { token: gaAdmin });
    expect(foreign.users).toEqual({ totalCount: 0, edges: [] });
  });

  it('a platform administrator sees every user', async () => {
    const { users } = await t.gql.data<{ users: { totalCount: number } }>(
      '{ users(first: 1) { totalCount } }',
      {},
      { token: platformAdmin },
    );
    expect(users.totalCount).toBe(await countRows(t, 'SELECT count(*) FROM users'));
    const { user } = await t.gql.data<{ user: UserRow }>(USER, { id: paUserId }, { token: platformAdmin });
    expect(user.email).toBe(DEMO.paOfficial);
  });

  it('a platform administrator creates a user in any organization, but not cleared above themselves (R9)', async () => {
    const user = await createUser(t, platformAdmin, { organizationId: pennsylvania, clearance: 'GREEN' });
    expect(user.organizationId).toBe(pennsylvania);
    // The platform administrator holds GREEN: an AMBER account they could sign in to would read past R1–R8.
    const before = await t.dataSource.query('SELECT count(*) FROM users');
    const response = await t.gql.request(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          organizationId: pennsylvania,
          email: `too-high-${Date.now()}@pa.demo`,
          displayName: 'Too high',
          roles: ['VIEWER'],
          clearance: 'AMBER',
          initialPassword: 'a-long-enough-password',
        },
      },
      { token: platformAdmin },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.dataSource.query('SELECT count(*) FROM users')).toEqual(before);
  });
});
