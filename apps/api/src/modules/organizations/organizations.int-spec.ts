import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  createOrganization,
  DEMO,
  demoOrganizationId,
  errorOf,
  startTestApp,
  type TestApp,
  tokenOf,
  uniqueTag,
} from '@bulwark/testing';

const ORGANIZATION = `query($id: ID!) { organization(id: $id) {
  id name shortName kind jurisdiction vettedTier active parent { shortName } children { shortName } } }`;
const CREATE = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {
  id name shortName kind jurisdiction parent { id shortName } } }`;

interface OrganizationRow {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  jurisdiction: string | null;
  vettedTier: string;
  active: boolean;
  parent: { shortName: string } | null;
  children: { shortName: string }[];
}

describe('organizations, managed by a platform administrator', () => {
  let t: TestApp;
  let platformAdmin: string;
  let georgia: string;
  let fulton: string;
  beforeAll(async () => {
    t = await startTestApp();
    platformAdmin = await tokenOf(t, DEMO.platformAdmin);
    georgia = await demoOrganizationId(t, 'GA-SOS');
    fulton = await demoOrganizationId(t, 'GA-FULTON');
  });
  afterAll(() => t.close());

  async function read(id: string): Promise<OrganizationRow> {
    return (await t.gql.data<{ organization: OrganizationRow }>(ORGANIZATION, { id }, { token: platformAdmin }))
      .organization;
  }

  it('creates an organization under a parent; parent and children resolve', async () => {
    const tag = uniqueTag().toUpperCase();
    const { createOrganization: created } = await t.gql.data<{ createOrganization: { id: string } }>(
      CREATE,
      {
        input: {
          name: `  DeKalb County Elections ${tag} `,
          shortName: `GA-DEKALB-${tag}`,
          kind: 'LOCAL',
          parentId: georgia,
          jurisdiction: 'GA',
          vettedTier: 'AMBER',
        },
      },
      { token: platformAdmin },
    );
    expect(await read(created.id)).toEqual({
      id: created.id,
      name: `DeKalb County Elections ${tag}`,
      shortName: `GA-DEKALB-${tag}`,
      kind: 'LOCAL',
      jurisdiction: 'GA',
      vettedTier: 'AMBER',
      active: true,
      parent: { shortName: 'GA-SOS' },
      children: [],
    });
    expect((await read(georgia)).children.map((child) => child.shortName)).toContain(`GA-DEKALB-${tag}`);
  });

  it('resolves the demo tree: Georgia has Cobb and Fulton, Fulton has Georgia as parent', async () => {
    const ga = await read(georgia);
    expect(ga.parent).toBeNull();
    expect(ga.children.map((child) => child.shortName)).toEqual(expect.arrayContaining(['GA-COBB', 'GA-FULTON']));
    expect((await read(fulton)).parent).toEqual({ shortName: 'GA-SOS' });
  });

  it('renames, re-kinds and clears the jurisdiction, changing only the fields given', async () => {
    const office = await createOrganization(t, platformAdmin, { jurisdiction: 'GA', parentId: georgia });
    const { updateOrganization } = await t.gql.data<{ updateOrganization: OrganizationRow }>(
      UPDATE,
      { input: { id: office.id, name: `${office.name} (renamed)`, kind: 'STATE', jurisdiction: null } },
      { token: platformAdmin },
    );
    expect(updateOrganization).toMatchObject({
      name: `${office.name} (renamed)`,
      shortName: office.shortName,
      kind: 'STATE',
      jurisdiction: null,
      parent: { shortName: 'GA-SOS' },
    });
  });

  it('re-parents an organization, and detaches it with parentId: null', async () => {
    const office = await createOrganization(t, platformAdmin, { parentId: georgia });
    const pennsylvania = await demoOrganizationId(t, 'PA-SOS');
    await t.gql.data(UPDATE, { input: { id: office.id, parentId: pennsylvania } }, { token: platformAdmin });
    expect((await read(office.id)).parent).toEqual({ shortName: 'PA-SOS' });
    expect((await read(georgia)).children.map((child) => child.shortName)).not.toContain(office.shortName);
    await t.gql.data(UPDATE, { input: { id: office.id, parentId: null } }, { token: platformAdmin });
    expect((await read(office.id)).parent).toBeNull();
  });

  it('refuses a re-parent that makes a cycle (Georgia under Fulton County): BAD_USER_INPUT, nothing changed', async () => {
    const response = await t.gql.request(
      UPDATE,
      { input: { id: georgia, parentId: fulton } },
      { token: platformAdmin },
    );
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect((await read(georgia)).parent).toBeNull();
    expect((await read(fulton)).parent).toEqual({ shortName: 'GA-SOS' });
  });

  it('refuses a deeper cycle (a state under its grandchild): BAD_USER_INPUT, nothing changed', async () => {
    const state = await createOrganization(t, platformAdmin, { kind: 'STATE' });
    const county = await createOrganization(t, platformAdmin, { parentId: state.id });
    const town = await createOrganization(t, platformAdmin, { parentId: county.id });
    const response = await t.gql.request(
      UPDATE,
      { input: { id: state.id, parentId: town.id } },
      {
        token: platformAdmin,
      },
    );
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect((await read(state.id)).parent).toBeNull();
  });

  it('refuses an organization as its own parent: BAD_USER_INPUT, nothing changed', async () => {
    const office = await createOrganization(t, platformAdmin);
    const response = await t.gql.request(
      UPDATE,
      { input: { id: office.id, parentId: office.id } },
      {
        token: platformAdmin,
      },
    );
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect((await read(office.id)).parent).toBeNull();
  });

  it('refuses a parent that does not exist: BAD_USER_INPUT, nothing created', async () => {
    const before = await countRows(t, 'SELECT count(*) FROM organizations');
    const response = await t.gql.request(
      CREATE,
      {
        input: {
          name: 'Orphan Office',
          shortName: 'ORPHAN',
          kind: 'LOCAL',
          vettedTier: 'GREEN',
          parentId: '00000000-0000-4000-8000-000000000000',
        },
      },
      { token: platformAdmin },
    );
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(await countRows(t, 'SELECT count(*) FROM organizations')).toBe(before);
  });

  it('refuses a duplicate name or short name: CONFLICT, nothing created', async () => {
    const before = await countRows(t, 'SELECT count(*) FROM organizations');
    const base = { kind: 'STATE', vettedTier: 'GREEN' };
    const sameName = await t.gql.request(
      CREATE,
      { input: { ...base, name: 'Georgia Secretary of State', shortName: 'GA-SOS-TWO' } },
      { token: platformAdmin },
    );
    const sameShortName = await t.gql.request(
      CREATE,
      { input: { ...base, name: 'Another Georgia Office', shortName: 'GA-SOS' } },
      { token: platformAdmin },
    );
    expect(errorOf(sameName).code).toBe('CONFLICT');
    expect(errorOf(sameShortName).code).toBe('CONFLICT');
    expect(await countRows(t, 'SELECT count(*) FROM organizations')).toBe(before);
  });

  it('refuses renaming onto an existing short name: CONFLICT, unchanged', async () => {
    const office = await createOrganization(t, platformAdmin);
    const response = await t.gql.request(
      UPDATE,
      { input: { id: office.id, shortName: 'CISA' } },
      {
        token: platformAdmin,
      },
    );
    expect(errorOf(response).code).toBe('CONFLICT');
    expect((await read(office.id)).shortName).toBe(office.shortName);
  });

  it.each([
    ['an unknown jurisdiction', { jurisdiction: 'XX' }],
    ['a lower-case short name', { shortName: 'ga-lower' }],
    ['a short name starting with a digit', { shortName: '9LIVES' }],
    ['a one-letter name', { name: 'X' }],
  ])('refuses %s: BAD_USER_INPUT, nothing created', async (_name, overrides) => {
    const before = await countRows(t, 'SELECT count(*) FROM organizations');
    const input = { name: `Invalid Office ${uniqueTag()}`, shortName: 'INVALID', kind: 'LOCAL', vettedTier: 'GREEN' };
    const response = await t.gql.request(CREATE, { input: { ...input, ...overrides } }, { token: platformAdmin });
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(await countRows(t, 'SELECT count(*) FROM organizations')).toBe(before);
  });

  it('answers a malformed id with null or BAD_USER_INPUT, never INTERNAL', async () => {
    const response = await t.gql.request<{ organization: null }>(
      ORGANIZATION,
      { id: 'not-a-uuid' },
      {
        token: platformAdmin,
      },
    );
    expect(response.data?.organization ?? null).toBeNull();
    expect([undefined, 'BAD_USER_INPUT']).toContain(response.errors?.[0]?.extensions?.code);
  });

  it('refuses an organization administrator: FORBIDDEN, nothing changed', async () => {
    const gaAdmin = await tokenOf(t, DEMO.gaAdmin);
    const response = await t.gql.request(
      UPDATE,
      { input: { id: georgia, name: 'Georgia (taken over)' } },
      {
        token: gaAdmin,
      },
    );
    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect((await read(georgia)).name).toBe('Georgia Secretary of State');
  });
});
