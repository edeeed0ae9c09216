import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApiKey,
  createSignedInUser,
  DEMO,
  demoOrganizationId,
  errorOf,
  startTestApp,
  type TestApp,
  tokenOf,
  whoAmI,
} from '@bulwark/testing';

const REVOKE = 'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { id active revokedAt } }';
const ROTATE = `mutation($id: ID!, $grace: Int!) { rotateApiKey(input: { id: $id, expireOldAfterSeconds: $grace }) {
  secret apiKey { id prefix name roles clearance expiresAt rotatedFromId } } }`;
const KEY_STATE = 'SELECT revoked_at, expires_at FROM api_keys WHERE id = $1';

interface Rotated {
  rotateApiKey: {
    secret: string;
    apiKey: {
      id: string;
      prefix: string;
      name: string;
      roles: string[];
      clearance: string;
      expiresAt: string | null;
      rotatedFromId: string | null;
    };
  };
}

describe('revoking and rotating API keys', () => {
  let t: TestApp;
  let gaAdmin: string;
  let paAdmin: string;
  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await tokenOf(t, DEMO.gaAdmin);
    const platformAdmin = await tokenOf(t, DEMO.platformAdmin);
    paAdmin = (
      await createSignedInUser(t, platformAdmin, {
        organizationId: await demoOrganizationId(t, 'PA-SOS'),
        roles: ['ORG_ADMIN'],
        clearance: 'GREEN',
      })
    ).accessToken;
  });
  afterAll(() => t.close());

  const works = async (secret: string) => (await whoAmI(t, { apiKey: secret })).data?.viewer.kind === 'API_KEY';

  it('a revoked key is refused on its next use', async () => {
    const key = await createApiKey(t, gaAdmin);
    expect(await works(key.secret)).toBe(true);
    const { revokeApiKey } = await t.gql.data<{ revokeApiKey: { active: boolean; revokedAt: string } }>(
      REVOKE,
      { id: key.id },
      { token: gaAdmin },
    );
    expect(revokeApiKey.active).toBe(false);
    expect(revokeApiKey.revokedAt).not.toBeNull();
    expect(errorOf(await whoAmI(t, { apiKey: key.secret })).code).toBe('UNAUTHENTICATED');
  });

  it('rotation without grace: the old key is dead at once, the new one works and names the old', async () => {
    const key = await createApiKey(t, gaAdmin, { roles: ['VIEWER', 'ANALYST'], clearance: 'AMBER' });
    const { rotateApiKey } = await t.gql.data<Rotated>(ROTATE, { id: key.id, grace: 0 }, { token: gaAdmin });
    expect(rotateApiKey.apiKey).toMatchObject({
      rotatedFromId: key.id,
      roles: ['ANALYST', 'VIEWER'],
      clearance: 'AMBER',
    });
    expect(rotateApiKey.apiKey.prefix).not.toBe(key.prefix);
    expect(errorOf(await whoAmI(t, { apiKey: key.secret })).code).toBe('UNAUTHENTICATED');
    expect(await works(rotateApiKey.secret)).toBe(true);
  });

  it('rotation with a grace period: both keys work until it ends', async () => {
    const key = await createApiKey(t, gaAdmin);
    const { rotateApiKey } = await t.gql.data<Rotated>(ROTATE, { id: key.id, grace: 3600 }, { token: gaAdmin });
    expect(await works(key.secret)).toBe(true);
    expect(await works(rotateApiKey.secret)).toBe(true);
    const [old] = await t.dataSource.query<{ expires_at: Date; revoked_at: Date | null }[]>(KEY_STATE, [key.id]);
    expect(old.revoked_at).toBeNull();
    expect(Math.abs(new Date(old.expires_at).getTime() - (Date.now() + 3600_000))).toBeLessThan(60_000);
  });

  it("rotation with a grace period keeps the old key's expiry for the new key", async () => {
    const expiresAt = new Date(Date.now() + 30 * 86_400_000);
    const key = await createApiKey(t, gaAdmin, { expiresAt: expiresAt.toISOString() });
    const { rotateApiKey } = await t.gql.data<Rotated>(ROTATE, { id: key.id, grace: 3600 }, { token: gaAdmin });
    expect(rotateApiKey.apiKey.expiresAt).not.toBeNull();
    expect(new Date(rotateApiKey.apiKey.expiresAt!).getTime()).toBe(expiresAt.getTime());
  });

  it('refuses to rotate a revoked key: BAD_USER_INPUT', async () => {
    const key = await createApiKey(t, gaAdmin);
    await t.gql.data(REVOKE, { id: key.id }, { token: gaAdmin });
    const response = await t.gql.request(ROTATE, { id: key.id, grace: 0 }, { token: gaAdmin });
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
  });

  it("another organization's admin can neither see, revoke nor rotate it: NOT_FOUND, the key still works", async () => {
    const key = await createApiKey(t, gaAdmin);
    expect(errorOf(await t.gql.request(REVOKE, { id: key.id }, { token: paAdmin }))).toEqual({
      code: 'NOT_FOUND',
      message: 'API key not found.',
    });
    expect(errorOf(await t.gql.request(ROTATE, { id: key.id, grace: 0 }, { token: paAdmin })).code).toBe('NOT_FOUND');
    const { apiKeys } = await t.gql.data<{ apiKeys: { edges: { node: { id: string } }[] } }>(
      '{ apiKeys(first: 100) { edges { node { id } } } }',
      {},
      { token: paAdmin },
    );
    expect(apiKeys.edges.map((edge) => edge.node.id)).not.toContain(key.id);

    expect(await works(key.secret)).toBe(true);
    const [state] = await t.dataSource.query<{ revoked_at: Date | null }[]>(KEY_STATE, [key.id]);
    expect(state.revoked_at).toBeNull();
    expect(await t.dataSource.query('SELECT id FROM api_keys WHERE rotated_from_id = $1', [key.id])).toEqual([]);
  });
});
