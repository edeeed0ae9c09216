import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  createApiKey,
  DEMO,
  demoOrganizationId,
  errorOf,
  startTestApp,
  type TestApp,
  tokenOf,
  whoAmI,
} from '@bulwark/testing';

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {
  secret apiKey { id name prefix roles clearance active expiresAt revokedAt lastUsedAt rotatedFromId } } }`;
const LIST = `query { apiKeys(first: 100) { edges { node {
  id name prefix roles clearance active lastUsedAt } } } }`;
const SECRET_FORMAT = /^bwk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

interface KeyNode {
  id: string;
  name: string;
  prefix: string;
  roles: string[];
  clearance: string;
  active: boolean;
  lastUsedAt: string | null;
}

describe('API keys of an organization', () => {
  let t: TestApp;
  let gaAdmin: string;
  let georgia: string;
  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await tokenOf(t, DEMO.gaAdmin);
    georgia = await demoOrganizationId(t, 'GA-SOS');
  });
  afterAll(() => t.close());

  const keysOfGeorgia = () => countRows(t, 'SELECT count(*) FROM api_keys WHERE organization_id = $1', [georgia]);

  async function listed(): Promise<{ nodes: KeyNode[]; raw: string }> {
    const response = await t.gql.request<{ apiKeys: { edges: { node: KeyNode }[] } }>(LIST, {}, { token: gaAdmin });
    return { nodes: response.data!.apiKeys.edges.map((edge) => edge.node), raw: JSON.stringify(response) };
  }

  it('creates a key whose secret is shown once, in the bwk_<prefix>_<secret> format', async () => {
    const { createApiKey: created } = await t.gql.data<{
      createApiKey: { secret: string; apiKey: KeyNode & { rotatedFromId: string | null } };
    }>(
      CREATE,
      { input: { name: '  Georgia SIEM  ', roles: ['VIEWER'], clearance: 'AMBER_STRICT' } },
      { token: gaAdmin },
    );
    const match = SECRET_FORMAT.exec(created.secret);
    expect(match).not.toBeNull();
    expect(match![1]).toBe(created.apiKey.prefix);
    expect(created.apiKey).toMatchObject({
      name: 'Georgia SIEM',
      roles: ['VIEWER'],
      clearance: 'AMBER_STRICT',
      active: true,
      expiresAt: null,
      revokedAt: null,
      lastUsedAt: null,
      rotatedFromId: null,
    });

    const { nodes, raw } = await listed();
    expect(nodes.find((node) => node.id === created.apiKey.id)).toMatchObject({ prefix: created.apiKey.prefix });
    expect(raw).not.toContain(match![2]);
    const rows: { secret_hash: string }[] = await t.dataSource.query('SELECT secret_hash FROM api_keys WHERE id = $1', [
      created.apiKey.id,
    ]);
    expect(rows[0].secret_hash).not.toContain(match![2]);
  });

  it('has no field that shows a secret again', async () => {
    const response = await t.gql.request('{ apiKeys { edges { node { secret } } } }', {}, { token: gaAdmin });
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
  });

  it('authenticates with X-Api-Key as kind API_KEY, and records lastUsedAt', async () => {
    const key = await createApiKey(t, gaAdmin, { roles: ['VIEWER', 'ANALYST'] });
    expect((await listed()).nodes.find((node) => node.id === key.id)?.lastUsedAt).toBeNull();

    const { data } = await t.gql.request<{ viewer: { kind: string; roles: string[] } }>(
      '{ viewer { kind roles } }',
      {},
      { apiKey: key.secret },
    );
    expect(data?.viewer).toEqual({ kind: 'API_KEY', roles: ['ANALYST', 'VIEWER'] });
    const used = (await listed()).nodes.find((node) => node.id === key.id);
    expect(used?.lastUsedAt).not.toBeNull();
    expect(Date.now() - new Date(used!.lastUsedAt!).getTime()).toBeLessThan(60_000);
  });

  it.each([
    ['the PUBLISHER role', { roles: ['PUBLISHER'] }],
    ['the ORG_ADMIN role', { roles: ['VIEWER', 'ORG_ADMIN'] }],
    ['no role', { roles: [] }],
    ["clearance above the organization's vetting", { clearance: 'RED' }],
    ['an expiry in the past', { expiresAt: new Date(Date.now() - 60_000).toISOString() }],
    ['an expiry more than two years ahead', { expiresAt: new Date(Date.now() + 3 * 365 * 86_400_000).toISOString() }],
    ['an empty name', { name: '' }],
  ])('refuses %s: BAD_USER_INPUT, no key made', async (_name, overrides) => {
    const before = await keysOfGeorgia();
    const input = { name: 'refused key', roles: ['VIEWER'], clearance: 'GREEN', ...overrides };
    const response = await t.gql.request(CREATE, { input }, { token: gaAdmin });
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(await keysOfGeorgia()).toBe(before);
  });

  it("names the organization's vetting when the clearance is too high", async () => {
    const response = await t.gql.request(
      CREATE,
      { input: { name: 'too high', roles: ['VIEWER'], clearance: 'RED' } },
      { token: gaAdmin },
    );
    expect(errorOf(response).message).toMatch(/Georgia Secretary of State.*AMBER_STRICT/);
  });

  it('refuses a plain VIEWER and the API key itself: FORBIDDEN', async () => {
    const key = await createApiKey(t, gaAdmin);
    const input = { name: 'nope', roles: ['VIEWER'], clearance: 'GREEN' };
    const asViewer = await t.gql.request(CREATE, { input }, { token: await tokenOf(t, DEMO.gaOfficial) });
    const asKey = await t.gql.request(CREATE, { input }, { apiKey: key.secret });
    expect(errorOf(asViewer).code).toBe('FORBIDDEN');
    expect(errorOf(asKey).code).toBe('FORBIDDEN');
  });

  it('refuses a key with a valid prefix but a wrong secret', async () => {
    const key = await createApiKey(t, gaAdmin);
    const forged = `bwk_${key.prefix}_${'A'.repeat(43)}`;
    const response = await whoAmI(t, { apiKey: forged });
    expect(response.data ?? null).toBeNull();
    expect(errorOf(response).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await whoAmI(t, { apiKey: 'bwk_garbage' })).code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired key', async () => {
    const key = await createApiKey(t, gaAdmin);
    await t.dataSource.query("UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1", [key.id]);
    expect(errorOf(await whoAmI(t, { apiKey: key.secret })).code).toBe('UNAUTHENTICATED');
    expect((await listed()).nodes.find((node) => node.id === key.id)?.active).toBe(false);
  });
});
