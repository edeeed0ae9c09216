import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  attemptBulletinMutation,
  CISA_ANALYST,
  CISA_PUBLISHER,
  createApiKey,
  createOrganization,
  createUser,
  DEMO,
  draftBulletin,
  errorOf,
  FBI_PUBLISHER,
  orgId,
  PUBLISH_BULLETIN,
  startTestApp,
  type TestApp,
  userId,
} from '@bulwark/testing';

/*
 * recipientOptions: who a bulletin at a tier may go to, with R7's verdict exactly as publishing decides it, and
 * nothing a drafter could not see already (people only for a writer cleared for RED).
 */

const EI_ISAC_ANALYST = 'analyst@eiisac.demo'; // ANALYST + PUBLISHER, clearance AMBER_STRICT
const VENDOR_CONTACT = 'contact@vendor.demo';

const OPTIONS = `query ($tier: Tier!, $search: String, $ids: [ID!], $first: Int, $after: String) {
  recipientOptions(tier: $tier, search: $search, ids: $ids, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id kind name offered reason reasonText organizationKind parentId email organizationId organizationName
    } }
  }
}`;

interface Option {
  id: string;
  kind: 'ORGANIZATION' | 'PERSON';
  name: string;
  offered: boolean;
  reason: string | null;
  reasonText: string | null;
  organizationKind: string | null;
  parentId: string | null;
  email: string | null;
  organizationId: string | null;
  organizationName: string | null;
}

interface OptionsPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Option }[];
}

describe('recipientOptions (R7, R15)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  async function options(email: string, variables: Record<string, unknown>): Promise<OptionsPage> {
    const token = await accountToken(t, email);
    return (await t.gql.data<{ recipientOptions: OptionsPage }>(OPTIONS, variables, { token })).recipientOptions;
  }

  async function attempt(email: string | null, variables: Record<string, unknown>) {
    const credentials = email ? { token: await accountToken(t, email) } : {};
    return t.gql.request(OPTIONS, variables, credentials);
  }

  const nodes = (page: OptionsPage) => page.edges.map((edge) => edge.node);

  it('offers AMBER organizations by vetting, says why the others are not, and gives the tree', async () => {
    const page = await options(CISA_ANALYST, { tier: 'AMBER', first: 100 });
    const all = nodes(page);
    const organizations: { count: string }[] = await t.dataSource.query('SELECT count(*) FROM organizations');
    expect(page.totalCount).toBe(Number(organizations[0]?.count));
    expect(all.every((option) => option.kind === 'ORGANIZATION' && option.email === null)).toBe(true);
    // Ordered by name, as the organizations directory is.
    const names = all.map((option) => option.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const byId = new Map(all.map((option) => [option.id, option]));
    const vendorOption = byId.get(await orgId(t, 'VENDOR-BSI'));
    expect(vendorOption).toMatchObject({
      offered: false,
      reason: 'VETTING_BELOW_TIER',
      reasonText: 'vetted GREEN',
      organizationKind: 'PRIVATE',
    });
    const georgia = await orgId(t, 'GA-SOS');
    expect(byId.get(georgia)).toMatchObject({
      offered: true,
      reason: null,
      reasonText: null,
      organizationKind: 'STATE',
    });
    expect(byId.get(await orgId(t, 'GA-FULTON'))).toMatchObject({
      offered: true,
      organizationKind: 'LOCAL',
      parentId: georgia,
    });
    expect(byId.get(await orgId(t, 'CISA'))).toMatchObject({ organizationKind: 'FEDERAL', parentId: null });
    expect(byId.get(await orgId(t, 'EI-ISAC'))).toMatchObject({ organizationKind: 'ISAC' });
  });

  it('pages and searches like the other lists', async () => {
    const first = await options(CISA_ANALYST, { tier: 'AMBER_STRICT', first: 5 });
    expect(first.edges).toHaveLength(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await options(CISA_ANALYST, { tier: 'AMBER_STRICT', first: 5, after: first.pageInfo.endCursor });
    expect(second.edges).toHaveLength(5);
    const firstIds = new Set(nodes(first).map((option) => option.id));
    expect(nodes(second).some((option) => firstIds.has(option.id))).toBe(false);

    const fulton = nodes(await options(CISA_ANALYST, { tier: 'AMBER_STRICT', search: 'fulton' }));
    expect(fulton.map((option) => option.name)).toEqual(['Fulton County Elections']);
    // AMBER_STRICT: a county vetted AMBER no longer fits.
    expect(fulton[0]).toMatchObject({ offered: false, reason: 'VETTING_BELOW_TIER', reasonText: 'vetted AMBER' });
  });

  it('says "deactivated" for a deactivated organization', async () => {
    const admin = await accountToken(t, DEMO.platformAdmin);
    const office = await createOrganization(t, admin, { vettedTier: 'RED' });
    await t.gql.data(
      'mutation ($id: ID!) { deactivateOrganization(input: { id: $id }) { id } }',
      { id: office.id },
      {
        token: admin,
      },
    );
    const [option] = nodes(await options(CISA_ANALYST, { tier: 'AMBER', ids: [office.id] }));
    expect(option).toMatchObject({ id: office.id, offered: false, reason: 'DEACTIVATED', reasonText: 'deactivated' });
  });

  it('agrees with publishing: an organization not offered is the one publishing refuses, naming it', async () => {
    const ids = [await orgId(t, 'GA-SOS'), await orgId(t, 'GA-FULTON')];
    const verdicts = nodes(await options(CISA_ANALYST, { tier: 'AMBER_STRICT', ids }));
    expect(verdicts.map((option) => [option.name, option.offered])).toEqual([
      ['Georgia Secretary of State', true],
      ['Fulton County Elections', false],
    ]);

    const draft = await draftBulletin(t, {
      tier: 'AMBER_STRICT',
      recipientOrganizations: ['GA-SOS', 'GA-FULTON'],
    });
    const refused = errorOf(
      await attemptBulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, {
        id: draft.id,
        expectedVersion: draft.version,
      }),
    );
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toContain('Fulton County Elections is vetted AMBER, below AMBER_STRICT');
    expect(refused.message).not.toContain('Georgia Secretary of State');
  });

  it('re-checks a draft’s recipients when the tier changes, naming those that no longer fit', async () => {
    const ids = [await orgId(t, 'GA-SOS'), await orgId(t, 'VENDOR-BSI'), await orgId(t, 'GA-FULTON')];
    const atAmber = nodes(await options(CISA_ANALYST, { tier: 'AMBER', ids }));
    expect(atAmber.map((option) => [option.id, option.offered, option.reasonText])).toEqual([
      [ids[0], true, null],
      [ids[1], false, 'vetted GREEN'],
      [ids[2], true, null],
    ]);
    const atStrict = nodes(await options(CISA_ANALYST, { tier: 'AMBER_STRICT', ids }));
    expect(atStrict.filter((option) => !option.offered).map((option) => option.reasonText)).toEqual([
      'vetted GREEN',
      'vetted AMBER',
    ]);
    const atRed = nodes(await options(CISA_ANALYST, { tier: 'RED', ids }));
    expect(atRed.map((option) => option.reason)).toEqual(Array(3).fill('NOT_ADDRESSED_BY_TIER'));
    expect(atRed[0]?.reasonText).toBe('RED goes to named people, not organizations');
    const atGreen = nodes(await options(CISA_ANALYST, { tier: 'GREEN', ids }));
    expect(atGreen.map((option) => option.reasonText)).toEqual(Array(3).fill('GREEN names no recipients'));
    // Listing CLEAR or GREEN offers nobody: they reach everyone they reach.
    expect(await options(CISA_ANALYST, { tier: 'GREEN' })).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
    // Ids that name nobody are left out.
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(nodes(await options(CISA_ANALYST, { tier: 'AMBER', ids: [missing, ids[0]] })).map((o) => o.id)).toEqual([
      ids[0],
    ]);
  });

  it('offers RED people by effective clearance, to a writer cleared for RED', async () => {
    const page = await options(CISA_ANALYST, { tier: 'RED', search: '.demo', first: 100 });
    const byEmail = new Map(nodes(page).map((option) => [option.email, option]));
    expect(byEmail.get(FBI_PUBLISHER)).toMatchObject({
      kind: 'PERSON',
      name: 'FBI Publisher',
      offered: true,
      organizationId: await orgId(t, 'FBI'),
      organizationName: 'Federal Bureau of Investigation',
      organizationKind: null,
      parentId: null,
    });
    expect(byEmail.get(DEMO.gaOfficial)).toMatchObject({
      offered: false,
      reason: 'CLEARANCE_BELOW_TIER',
      reasonText: 'clearance AMBER_STRICT',
    });
    expect(byEmail.get(VENDOR_CONTACT)).toMatchObject({ offered: false, reasonText: 'clearance GREEN' });

    // Clearance as granted is capped by the organization's vetting (R6): RED granted at a GREEN vendor is GREEN.
    const admin = await accountToken(t, DEMO.platformAdmin);
    const capped = await createUser(t, admin, { organizationId: await orgId(t, 'VENDOR-BSI') });
    await t.dataSource.query(`UPDATE users SET clearance = 'RED' WHERE id = $1`, [capped.id]);
    const [cappedOption] = nodes(await options(CISA_ANALYST, { tier: 'RED', ids: [capped.id] }));
    expect(cappedOption).toMatchObject({ offered: false, reasonText: 'clearance GREEN' });

    // A deactivated person is not listed; re-checked by id, they are named as deactivated, as publishing names them.
    const gaAdmin = await accountToken(t, DEMO.gaAdmin);
    const leaver = await createUser(t, gaAdmin, { displayName: 'Leaving Official', clearance: 'AMBER' });
    await t.gql.data(
      'mutation ($id: ID!) { deactivateUser(input: { id: $id }) { id } }',
      { id: leaver.id },
      {
        token: gaAdmin,
      },
    );
    const listed = nodes(await options(CISA_ANALYST, { tier: 'RED', search: leaver.email }));
    expect(listed).toEqual([]);
    const [gone] = nodes(await options(CISA_ANALYST, { tier: 'RED', ids: [leaver.id] }));
    expect(gone).toMatchObject({ offered: false, reason: 'DEACTIVATED', reasonText: 'deactivated' });

    const draft = await draftBulletin(t, {
      tier: 'RED',
      recipientUsers: [FBI_PUBLISHER, leaver.email],
      stage: 'IN_REVIEW',
      approver: CISA_PUBLISHER,
    });
    const refused = errorOf(
      await attemptBulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, {
        id: draft.id,
        expectedVersion: draft.version,
      }),
    );
    expect(refused.message).toContain(`<${leaver.email}> is not active`);
    expect(refused.message).not.toContain(FBI_PUBLISHER);
  });

  it('shows people only to a writer cleared for RED, and no tier above the writer’s clearance', async () => {
    // The EI-ISAC analyst is cleared AMBER_STRICT: RED is refused as writing it would be.
    const red = errorOf(await attempt(EI_ISAC_ANALYST, { tier: 'RED' }));
    expect(red.code).toBe('BAD_USER_INPUT');
    expect(red.message).toBe('You cannot write at RED: your clearance is AMBER_STRICT.');
    // Re-checking user ids at a tier they may write tells them nothing about those people.
    const people = [await userId(t, FBI_PUBLISHER), await userId(t, DEMO.gaOfficial)];
    const georgia = await orgId(t, 'GA-SOS');
    const page = nodes(await options(EI_ISAC_ANALYST, { tier: 'AMBER', ids: [...people, georgia] }));
    expect(page.map((option) => option.id)).toEqual([georgia]);
    // The CISA analyst (RED) gets them.
    const cleared = nodes(await options(CISA_ANALYST, { tier: 'AMBER', ids: people }));
    expect(cleared.map((option) => [option.kind, option.reason])).toEqual([
      ['PERSON', 'NOT_ADDRESSED_BY_TIER'],
      ['PERSON', 'NOT_ADDRESSED_BY_TIER'],
    ]);
  });

  it('is for people who may draft: viewers are FORBIDDEN, API keys too, the anonymous UNAUTHENTICATED', async () => {
    expect(errorOf(await attempt(DEMO.gaOfficial, { tier: 'AMBER' })).code).toBe('FORBIDDEN');
    expect(errorOf(await attempt(null, { tier: 'AMBER' })).code).toBe('UNAUTHENTICATED');
    const key = await createApiKey(t, await accountToken(t, DEMO.gaAdmin), { roles: ['ANALYST'], clearance: 'AMBER' });
    const byKey = errorOf(await t.gql.request(OPTIONS, { tier: 'AMBER' }, { apiKey: key.secret }));
    expect(byKey.code).toBe('FORBIDDEN');
  });

  it('refuses bad input with BAD_USER_INPUT', async () => {
    const georgia = await orgId(t, 'GA-SOS');
    const bad: Record<string, unknown>[] = [
      { tier: 'AMBER', first: 101 },
      { tier: 'AMBER', first: 0 },
      { tier: 'AMBER', search: 'x'.repeat(101) },
      { tier: 'AMBER', ids: ['not-a-uuid'] },
      { tier: 'AMBER', ids: [] },
      { tier: 'AMBER', ids: [georgia, georgia] },
      {
        tier: 'AMBER',
        ids: Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
      },
      { tier: 'AMBER', ids: [georgia], search: 'ga' },
      { tier: 'AMBER', after: 'forged' },
    ];
    for (const variables of bad) {
      expect(errorOf(await attempt(CISA_ANALYST, variables)).code, JSON.stringify(variables).slice(0, 80)).toBe(
        'BAD_USER_INPUT',
      );
    }
  });
});
