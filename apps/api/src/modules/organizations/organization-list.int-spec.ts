import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, demoOrganizationId, errorOf, startTestApp, type TestApp, tokenOf } from '@bulwark/testing';

const LIST = `query($first: Int!, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name shortName } }
  }
}`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { name: string; shortName: string } }[];
}

/** Nothing in this file writes: every test reads the demo community as seeded. */
describe('the organization directory', () => {
  let t: TestApp;
  let viewer: string;
  beforeAll(async () => {
    t = await startTestApp();
    viewer = await tokenOf(t, DEMO.gaOfficial);
  });
  afterAll(() => t.close());

  async function page(variables: Record<string, unknown>): Promise<Page> {
    return (await t.gql.data<{ organizations: Page }>(LIST, { first: 20, ...variables }, { token: viewer }))
      .organizations;
  }

  const shortNames = (p: Page) => p.edges.map((edge) => edge.node.shortName);

  it('filters by kind: 51 state offices (every state and DC)', async () => {
    const states = await page({ first: 100, filter: { kind: 'STATE' } });
    expect(states.totalCount).toBe(51);
    expect(states.edges).toHaveLength(51);
    expect(states.pageInfo.hasNextPage).toBe(false);
    expect(shortNames(states)).toEqual(expect.arrayContaining(['GA-SOS', 'PA-SOS', 'DC-SOS']));
  });

  it('filters by jurisdiction, case-insensitively', async () => {
    const georgia = await page({ filter: { jurisdiction: 'ga' } });
    expect(georgia.totalCount).toBe(3);
    expect(shortNames(georgia).sort()).toEqual(['GA-COBB', 'GA-FULTON', 'GA-SOS']);
  });

  it('filters by parent: the direct children only', async () => {
    const children = await page({ filter: { parentId: await demoOrganizationId(t, 'GA-SOS') } });
    expect(shortNames(children)).toEqual(['GA-COBB', 'GA-FULTON']);
    expect(children.totalCount).toBe(2);
  });

  it('searches name and short name, case-insensitively, combined with other filters', async () => {
    expect(shortNames(await page({ filter: { search: 'isac' } })).sort()).toEqual(['EI-ISAC', 'MS-ISAC']);
    expect(shortNames(await page({ filter: { search: 'county', kind: 'LOCAL', jurisdiction: 'GA' } }))).toEqual([
      'GA-COBB',
      'GA-FULTON',
    ]);
    expect(await page({ filter: { search: '%' } })).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('pages through the state offices in name order with no gap and no duplicate', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    const pages: Page[] = [];
    do {
      const current: Page = await page({ first: 20, filter: { kind: 'STATE' }, ...(after ? { after } : {}) });
      expect(current.totalCount).toBe(51);
      pages.push(current);
      seen.push(...current.edges.map((edge) => edge.node.name));
      after = current.pageInfo.hasNextPage ? (current.pageInfo.endCursor ?? undefined) : undefined;
    } while (after);

    expect(pages.map((p) => p.edges.length)).toEqual([20, 20, 11]);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages[0].pageInfo.endCursor).toBe(pages[0].edges.at(-1)!.cursor);
    expect(new Set(seen).size).toBe(51);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('takes after: null as the first page, as Relay clients send it', async () => {
    const response = await t.gql.request<{ organizations: Page }>(LIST, { first: 3, after: null }, { token: viewer });
    expect(response.errors).toBeUndefined();
    expect(response.data?.organizations.edges).toHaveLength(3);
  });

  it('refuses a forged cursor: BAD_USER_INPUT', async () => {
    const forged = Buffer.from(JSON.stringify(['Georgia', 'not-a-uuid'])).toString('base64url');
    for (const after of [forged, 'garbage!!', Buffer.from('{"key":"x"}').toString('base64url')]) {
      const response = await t.gql.request(LIST, { first: 5, after }, { token: viewer });
      expect(errorOf(response).code, after).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a page size outside 1 to 100: BAD_USER_INPUT', async () => {
    for (const first of [101, 0, -1]) {
      const response = await t.gql.request(LIST, { first }, { token: viewer });
      expect(errorOf(response).code, String(first)).toBe('BAD_USER_INPUT');
    }
  });

  it('is for signed-in callers only', async () => {
    expect(errorOf(await t.gql.request(LIST, { first: 5 })).code).toBe('UNAUTHENTICATED');
  });
});
