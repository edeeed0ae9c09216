import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountToken, publishBulletin, startTestApp, type TestApp, uniqueWord } from '@bulwark/testing';

/**
 * What keeps a search fast on a large community (issue 13): newest first by default, RELEVANCE over a bounded
 * window, the count capped at 1,000 and labelled, and matches older than the page's walk found through the
 * indexes. All of it under the policy.
 */
const SEARCH = `query Search($first: Int!, $after: String, $filter: BulletinFilter, $orderBy: BulletinOrder) {
  bulletins(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    totalCountIsExact
    edges { node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Found {
  bulletins: {
    totalCount: number;
    totalCountIsExact: boolean;
    edges: { node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** A GREEN-cleared member of the community: reads CLEAR and GREEN, not AMBER and above for others. */
const GREEN_READER = 'contact@vendor.demo';

/**
 * `count` copies of a published bulletin at `tier`, written straight to the tables (the API would take minutes),
 * listed now: newer than everything published before. In batches: on PGlite a statement holds the app's event
 * loop, and one long enough outlasts the HTTP keep-alive of the test client's next request.
 */
async function copies(t: TestApp, sourceId: string, count: number, tier: string): Promise<void> {
  for (let done = 0; done < count; done += COPY_BATCH) {
    await copyBatch(t, sourceId, Math.min(COPY_BATCH, count - done), tier);
  }
}

const COPY_BATCH = 500;

async function copyBatch(t: TestApp, sourceId: string, count: number, tier: string): Promise<void> {
  await t.dataSource.query(
    `WITH made AS (
       INSERT INTO bulletins (id, status, revision_number, author_user_id, first_published_at)
       SELECT gen_random_uuid(), b.status, 1, b.author_user_id, b.first_published_at
         FROM bulletins b CROSS JOIN generate_series(1, $2::int) WHERE b.id = $1::uuid
       RETURNING id
     )
     INSERT INTO bulletin_revisions (bulletin_id, number, is_current, status, tier, title, summary, body, category,
       severity, jurisdictions, tags, originator_org_ids, recipient_org_ids, recipient_user_ids, author_user_id,
       approver_user_id, published_at, search_vector)
     SELECT made.id, 1, true, r.status, $3::tier, r.title, r.summary, r.body, r.category, r.severity, r.jurisdictions,
            r.tags, r.originator_org_ids, r.recipient_org_ids, r.recipient_user_ids, r.author_user_id,
            r.approver_user_id, r.published_at, r.search_vector
       FROM made CROSS JOIN bulletin_revisions r WHERE r.bulletin_id = $1::uuid AND r.is_current`,
    [sourceId, count, tier],
  );
}

describe('search at scale: order, bounded relevance, capped count', () => {
  let t: TestApp;
  let reader: string;
  beforeAll(async () => {
    t = await startTestApp();
    reader = await accountToken(t, GREEN_READER);
  });
  afterAll(() => t.close());

  const search = (variables: Record<string, unknown>, token?: string) =>
    t.gql.data<Found>(SEARCH, { first: 20, ...variables }, token ? { token } : {});
  const ids = (found: Found) => found.bulletins.edges.map((edge) => edge.node.id);

  /** Every page, `first` at a time; `between` runs after the first page. */
  async function walk(variables: Record<string, unknown>, between?: () => Promise<void>): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const found: Found = await search({ first: 1, ...variables, after }, reader);
      seen.push(...ids(found));
      if (pages === 0) await between?.();
      if (!found.bulletins.pageInfo.hasNextPage) break;
      after = found.bulletins.pageInfo.endCursor;
    }
    return seen;
  }

  it('counts exactly up to 1,000, then says 1,000 is a lower bound; the count carries the policy', async () => {
    const word = uniqueWord();
    const clear = await publishBulletin(t, { tier: 'CLEAR', body: `About ${word}.` });
    await copies(t, clear.id, 999, 'GREEN');

    const exact = await search({ filter: { search: word } }, reader);
    expect(exact.bulletins).toMatchObject({ totalCount: 1000, totalCountIsExact: true });
    const anonymous = await search({ filter: { search: word } });
    expect(anonymous.bulletins).toMatchObject({ totalCount: 1, totalCountIsExact: true });
    expect(ids(anonymous)).toEqual([clear.id]);

    await copies(t, clear.id, 1, 'GREEN');
    const capped = await search({ filter: { search: word } }, reader);
    expect(capped.bulletins).toMatchObject({ totalCount: 1000, totalCountIsExact: false });
    expect(capped.bulletins.edges).toHaveLength(20);
    // The GREEN copies stay out of an anonymous reader's count, exact as before (R1, R15).
    expect((await search({ filter: { search: word } })).bulletins).toMatchObject({
      totalCount: 1,
      totalCountIsExact: true,
    });
    // Lists without a search are capped the same way.
    expect((await search({}, reader)).bulletins).toMatchObject({ totalCount: 1000, totalCountIsExact: false });
  });

  it('finds matches behind more than 10,000 newer bulletins, newest first, under the policy', async () => {
    const word = uniqueWord();
    const clear = await publishBulletin(t, { tier: 'CLEAR', body: `Rare: ${word}.` });
    const green = await publishBulletin(t, { tier: 'GREEN', body: `Rare too: ${word}.` });
    const filler = await publishBulletin(t, { tier: 'CLEAR', body: 'Nothing rare here.' });
    // More newer bulletins than a page reads in listing order before it asks the search index.
    await copies(t, filler.id, 10_050, 'CLEAR');

    const mine = await search({ filter: { search: word } }, reader);
    expect(ids(mine)).toEqual([green.id, clear.id]);
    expect(mine.bulletins).toMatchObject({ totalCount: 2, totalCountIsExact: true });
    expect(await walk({ filter: { search: word } })).toEqual([green.id, clear.id]);
    const anonymous = await search({ filter: { search: word } });
    expect(ids(anonymous)).toEqual([clear.id]);
    expect(anonymous.bulletins.totalCount).toBe(1);
    expect(ids(await search({ filter: { search: word }, orderBy: 'RELEVANCE' }))).toEqual([clear.id]);
  });

  it('pages a RELEVANCE search over the window it started with, each match once', async () => {
    const word = uniqueWord();
    const once = await publishBulletin(t, { tier: 'CLEAR', body: `Once: ${word}.` });
    const twice = await publishBulletin(t, { tier: 'CLEAR', summary: `${word}`, body: `Twice: ${word}.` });
    const often = await publishBulletin(t, { tier: 'CLEAR', title: `${word} ${word}`, body: `${word} ${word}.` });
    let latecomer = '';
    const walked = await walk({ filter: { search: word }, orderBy: 'RELEVANCE' }, async () => {
      // Published while the reader pages, and more relevant than all: not in this walk's window.
      latecomer = (await publishBulletin(t, { tier: 'CLEAR', title: `${word} ${word} ${word}`, body: word })).id;
    });
    expect(walked).toEqual([often.id, twice.id, once.id]);
    // A new walk starts a new window, with it first.
    expect(await walk({ filter: { search: word }, orderBy: 'RELEVANCE' })).toEqual([
      latecomer,
      often.id,
      twice.id,
      once.id,
    ]);
    // Newest first, the default, pages the same matches by listing time.
    expect(await walk({ filter: { search: word } })).toEqual([latecomer, often.id, twice.id, once.id]);
  });

  it('refuses RELEVANCE without a search, and a blank or control-character search, saying why', async () => {
    const problem = async (variables: Record<string, unknown>) => {
      const response = await t.gql.request(SEARCH, { first: 5, ...variables }, { token: reader });
      return { code: response.errors?.[0]?.extensions?.['code'], message: response.errors?.[0]?.message ?? '' };
    };
    expect(await problem({ orderBy: 'RELEVANCE' })).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('RELEVANCE ranks a search'),
    });
    for (const blank of ['', '   ', '\u00a0']) {
      const answer = await problem({ filter: { search: blank } });
      expect(answer, JSON.stringify(blank)).toEqual({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('search must contain a word to find'),
      });
      expect(answer.message).not.toContain('control characters');
    }
    for (const control of ['ransomware\u0000', '\tphishing', 'a\u0007b']) {
      expect(await problem({ filter: { search: control } }), JSON.stringify(control)).toEqual({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('search must not contain control characters'),
      });
    }
  });
});
