import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, DEMO, demoOrganizationId, startTestApp, type TestApp, tokenOf } from '@bulwark/testing';

const VIEWER = `{ viewer {
  kind roles permissions clearance
  organization { id shortName }
  user { email clearance }
  apiKey { id prefix clearance }
} }`;

interface ViewerData {
  viewer: {
    kind: string;
    roles: string[];
    permissions: string[];
    clearance: string;
    organization: { id: string; shortName: string };
    user: { email: string; clearance: string } | null;
    apiKey: { id: string; prefix: string; clearance: string } | null;
  };
}

describe('viewer', () => {
  let t: TestApp;
  let gaAdmin: string;
  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await tokenOf(t, DEMO.gaAdmin);
  });
  afterAll(() => t.close());

  it('describes a signed-in user: kind, roles, permissions, effective clearance, organization, user', async () => {
    const { viewer } = await t.gql.data<ViewerData>(VIEWER, {}, { token: gaAdmin });
    expect(viewer).toEqual({
      kind: 'USER',
      roles: ['ORG_ADMIN', 'VIEWER'],
      permissions: [
        'BULLETIN_ACKNOWLEDGE',
        'BULLETIN_NOTE',
        'BULLETIN_READ',
        'FEED_MANAGE_OWN',
        'INCIDENT_REPORT',
        'ORGANIZATION_READ',
        'ORG_API_KEYS_MANAGE',
        'ORG_AUDIT_READ',
        'ORG_USERS_MANAGE',
        'ORG_WEBHOOKS_MANAGE',
      ],
      clearance: 'AMBER',
      organization: { id: await demoOrganizationId(t, 'GA-SOS'), shortName: 'GA-SOS' },
      user: { email: DEMO.gaAdmin, clearance: 'AMBER' },
      apiKey: null,
    });
  });

  it('grants a plain VIEWER no administrative permission', async () => {
    const { viewer } = await t.gql.data<ViewerData>(VIEWER, {}, { token: await tokenOf(t, DEMO.gaOfficial) });
    expect(viewer.roles).toEqual(['VIEWER']);
    expect(viewer.clearance).toBe('AMBER_STRICT');
    expect(viewer.permissions).not.toContain('ORG_USERS_MANAGE');
    expect(viewer.permissions).not.toContain('ORGANIZATIONS_MANAGE');
  });

  it('describes an API key: kind API_KEY, its prefix, its own clearance, no user', async () => {
    const key = await createApiKey(t, gaAdmin, { roles: ['VIEWER'], clearance: 'AMBER_STRICT' });
    const { viewer } = await t.gql.data<ViewerData>(VIEWER, {}, { apiKey: key.secret });
    expect(viewer).toMatchObject({
      kind: 'API_KEY',
      roles: ['VIEWER'],
      clearance: 'AMBER_STRICT',
      organization: { shortName: 'GA-SOS' },
      user: null,
      apiKey: { id: key.id, prefix: key.prefix, clearance: 'AMBER_STRICT' },
    });
    expect(key.secret.startsWith(`bwk_${key.prefix}_`)).toBe(true);
  });
});
