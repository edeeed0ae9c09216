import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptLogin,
  attemptRefresh,
  createApiKey,
  createUser,
  DEMO,
  errorOf,
  signIn,
  startTestApp,
  type TestApp,
  tokenOf,
  whoAmI,
  createOfficeWithAdmin,
} from '@bulwark/testing';

const VET =
  'mutation($id: ID!, $tier: Tier!) { vetOrganization(input: { id: $id, vettedTier: $tier }) { vettedTier } }';
const DEACTIVATE = 'mutation($id: ID!) { deactivateOrganization(input: { id: $id }) { active } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateOrganization(input: { id: $id }) { active } }';
const CLEARANCE = '{ viewer { clearance user { clearance } apiKey { clearance } } }';

interface Clearance {
  viewer: { clearance: string; user: { clearance: string } | null; apiKey: { clearance: string } | null };
}

describe("an organization's vetting and active state", () => {
  let t: TestApp;
  let platformAdmin: string;
  beforeAll(async () => {
    t = await startTestApp();
    platformAdmin = await tokenOf(t, DEMO.platformAdmin);
  });
  afterAll(() => t.close());

  it("lowering the vetting lowers members' and keys' effective clearance at once", async () => {
    const { office, admin } = await createOfficeWithAdmin(t, platformAdmin);
    const key = await createApiKey(t, admin.accessToken, { clearance: 'AMBER_STRICT' });
    expect((await t.gql.data<Clearance>(CLEARANCE, {}, { token: admin.accessToken })).viewer.clearance).toBe(
      'AMBER_STRICT',
    );

    const { vetOrganization } = await t.gql.data<{ vetOrganization: { vettedTier: string } }>(
      VET,
      { id: office.id, tier: 'GREEN' },
      { token: platformAdmin },
    );
    expect(vetOrganization.vettedTier).toBe('GREEN');

    const asUser = await t.gql.data<Clearance>(CLEARANCE, {}, { token: admin.accessToken });
    expect(asUser.viewer).toMatchObject({ clearance: 'GREEN', user: { clearance: 'AMBER_STRICT' } });
    const asKey = await t.gql.data<Clearance>(CLEARANCE, {}, { apiKey: key.secret });
    expect(asKey.viewer).toMatchObject({ clearance: 'GREEN', apiKey: { clearance: 'AMBER_STRICT' } });
  });

  it('refuses vetting by anyone but a platform administrator: FORBIDDEN, unchanged', async () => {
    const { office, admin } = await createOfficeWithAdmin(t, platformAdmin);
    const response = await t.gql.request(VET, { id: office.id, tier: 'RED' }, { token: admin.accessToken });
    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect((await t.gql.data<Clearance>(CLEARANCE, {}, { token: admin.accessToken })).viewer.clearance).toBe(
      'AMBER_STRICT',
    );
  });

  it("deactivating it shuts out its members' sessions, sign-ins and keys on the next request", async () => {
    const { office, admin } = await createOfficeWithAdmin(t, platformAdmin);
    const key = await createApiKey(t, admin.accessToken);
    const { deactivateOrganization } = await t.gql.data<{ deactivateOrganization: { active: boolean } }>(
      DEACTIVATE,
      { id: office.id },
      { token: platformAdmin },
    );
    expect(deactivateOrganization.active).toBe(false);

    expect(errorOf(await whoAmI(t, { token: admin.accessToken })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await attemptRefresh(t, admin.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await attemptLogin(t, admin.email, admin.password)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await whoAmI(t, { apiKey: key.secret })).code).toBe('UNAUTHENTICATED');
  });

  it('reactivating it does not revive the sessions that were open, but a new sign-in works', async () => {
    const { office } = await createOfficeWithAdmin(t, platformAdmin);
    const member = await createUser(t, platformAdmin, { organizationId: office.id });
    const tried = await signIn(t, member.email, member.password);
    const untouched = await signIn(t, member.email, member.password);
    await t.gql.data(DEACTIVATE, { id: office.id }, { token: platformAdmin });
    expect(errorOf(await whoAmI(t, { token: tried.accessToken })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await attemptRefresh(t, tried.refreshToken)).code).toBe('UNAUTHENTICATED');

    await t.gql.data(REACTIVATE, { id: office.id }, { token: platformAdmin });
    const fresh = await signIn(t, member.email, member.password);
    expect((await whoAmI(t, { token: fresh.accessToken })).data?.viewer.kind).toBe('USER');

    expect(errorOf(await whoAmI(t, { token: tried.accessToken })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await attemptRefresh(t, tried.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await whoAmI(t, { token: untouched.accessToken })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await attemptRefresh(t, untouched.refreshToken)).code).toBe('UNAUTHENTICATED');
  });
});
