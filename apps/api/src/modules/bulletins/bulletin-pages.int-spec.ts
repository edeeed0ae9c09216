import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  CISA_PUBLISHER,
  publishBulletin,
  startTestApp,
  type TestApp,
  uniqueBulletinTag,
  uniqueWord,
} from '@bulwark/testing';

const PAGE = `query Page($first: Int!, $after: String, $filter: BulletinFilter, $orderBy: BulletinOrder) {
  bulletins(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { node { id title } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  bulletins: {
    totalCount: number;
    edges: { node: { id: string; title: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('paging through bulletins and searches', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await accountToken(t, CISA_PUBLISHER);
  });
  afterAll(() => t.close());

  /** Every page of `filter`, one bulletin at a time, as the client would walk them. */
  async function walk(
    filter: Record<string, unknown>,
    orderBy = 'NEWEST',
  ): Promise<{ ids: string[]; totals: number[] }> {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const { bulletins }: Page = await t.gql.data<Page>(PAGE, { first: 1, after, filter, orderBy }, { token });
      ids.push(...bulletins.edges.map((edge) => edge.node.id));
      totals.push(bulletins.totalCount);
      if (!bulletins.pageInfo.hasNextPage) break;
      after = bulletins.pageInfo.endCursor;
    }
    return { ids, totals };
  }

  it('gives each bulletin listed at the same instant once, in lists and in ranked searches', async () => {
    const [tag, word] = [uniqueBulletinTag(), uniqueWord()];
    const published = [];
    for (let i = 0; i < 4; i++)
      published.push(await publishBulletin(t, { tier: 'CLEAR', tags: [tag], body: `Same words: ${word}.` }));
    const ids = published.map((bulletin) => bulletin.id);
    // The same instant for all four, as bulletins written in one transaction would get.
    await t.dataSource.query(
      `UPDATE bulletin_revisions SET listed_at = '2026-06-01 12:00:00+00' WHERE bulletin_id = ANY($1::uuid[])`,
      [ids],
    );

    const listed = await walk({ tags: [tag] });
    expect([...listed.ids].sort()).toEqual([...ids].sort());
    expect(listed.totals).toEqual([4, 4, 4, 4]);
    const searched = await walk({ search: word });
    expect([...searched.ids].sort()).toEqual([...ids].sort());
    expect(searched.totals).toEqual([4, 4, 4, 4]);
    const ranked = await walk({ search: word }, 'RELEVANCE');
    expect([...ranked.ids].sort()).toEqual([...ids].sort());
    expect(ranked.totals).toEqual([4, 4, 4, 4]);
  });

  it('ranks a search in RELEVANCE order by relevance first and newest second', async () => {
    const word = uniqueWord();
    const passing = await publishBulletin(t, { tier: 'CLEAR', title: 'Other matters', body: `Once: ${word}.` });
    const central = await publishBulletin(t, {
      tier: 'CLEAR',
      title: `${word} advisory`,
      summary: `${word} everywhere`,
      body: `${word} ${word} ${word}.`,
    });
    const newer = await publishBulletin(t, { tier: 'CLEAR', title: 'Later matters', body: `Once: ${word}.` });
    const { ids } = await walk({ search: word }, 'RELEVANCE');
    expect(ids).toEqual([central.id, newer.id, passing.id]);
    // The default order for a search, as for any list: newest first.
    expect((await walk({ search: word })).ids).toEqual([newer.id, central.id, passing.id]);
  });
});
