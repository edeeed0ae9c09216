import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, publishBulletin, startTestApp, type TestApp, uniqueWord } from '@bulwark/testing';
import { BulwarkClient } from './bulwark-client';

const COPIES = 249;

/**
 * Copies of one published bulletin, straight into the database (the API would take minutes for hundreds). Every
 * two copies share a listing time, so pages also break between bulletins listed at the same instant.
 */
async function copyBulletin(t: TestApp, sourceId: string, count: number): Promise<void> {
  await t.dataSource.query(
    `WITH copies AS (
       INSERT INTO bulletins (id, status, revision_number, author_user_id, first_published_at)
       SELECT gen_random_uuid(), b.status, 1, b.author_user_id, b.first_published_at
         FROM bulletins b CROSS JOIN generate_series(1, $2::int) WHERE b.id = $1::uuid
       RETURNING id
     ), numbered AS (SELECT id, row_number() OVER () AS n FROM copies)
     INSERT INTO bulletin_revisions (bulletin_id, number, is_current, status, tier, title, summary, body, category,
       severity, jurisdictions, tags, originator_org_ids, recipient_org_ids, recipient_user_ids, author_user_id,
       approver_user_id, published_at, listed_at, search_vector)
     SELECT numbered.id, 1, true, r.status, r.tier, r.title || ' #' || numbered.n, r.summary, r.body, r.category,
            r.severity, r.jurisdictions, r.tags, r.originator_org_ids, r.recipient_org_ids, r.recipient_user_ids,
            r.author_user_id, r.approver_user_id, r.published_at,
            r.listed_at - make_interval(secs => (numbered.n / 2)::int), r.search_vector
       FROM numbered CROSS JOIN bulletin_revisions r WHERE r.bulletin_id = $1::uuid AND r.is_current`,
    [sourceId, count],
  );
}

describe('BulwarkClient: every page of a list', () => {
  let t: TestApp;
  let client: BulwarkClient;
  let tag: string;
  let word: string;
  beforeAll(async () => {
    t = await startTestApp();
    word = uniqueWord();
    const source = await publishBulletin(t, { tier: 'GREEN', body: `About ${word}.` });
    tag = source.tag;
    await copyBulletin(t, source.id, COPIES);
    client = new BulwarkClient({ url: t.url });
    await client.signIn({ email: DEMO.fultonClerk, password: t.demoPassword });
  });
  afterAll(async () => {
    await client.close();
    await t.close();
  });

  it('yields each of 250 bulletins exactly once, newest first, across pages of 40', async () => {
    const seen: { id: string; title: string }[] = [];
    for await (const bulletin of client.bulletins({ filter: { tags: [tag] }, pageSize: 40 })) seen.push(bulletin);
    expect(seen).toHaveLength(COPIES + 1);
    expect(new Set(seen.map((bulletin) => bulletin.id)).size).toBe(COPIES + 1);
    const { bulletins } = await client.request<{ bulletins: { edges: { node: { id: string } }[] } }, { tag: string }>(
      'query ($tag: String!) { bulletins(first: 100, filter: { tags: [$tag] }) { edges { node { id } } } }',
      { tag },
    );
    expect(seen.slice(0, 100).map((bulletin) => bulletin.id)).toEqual(bulletins.edges.map((edge) => edge.node.id));
  });

  it('stops where the caller stops, and counts what matches', async () => {
    const firstFive: string[] = [];
    for await (const bulletin of client.bulletins({ filter: { tags: [tag] }, pageSize: 3 })) {
      firstFive.push(bulletin.id);
      if (firstFive.length === 5) break;
    }
    expect(firstFive).toHaveLength(5);
    expect(await client.countBulletins({ tags: [tag] })).toEqual({ totalCount: COPIES + 1, exact: true });
  });

  it('searches by relevance over every page of the matches', async () => {
    const found = [];
    for await (const bulletin of client.search(word, { pageSize: 100 })) found.push(bulletin.id);
    expect(new Set(found).size).toBe(COPIES + 1);
    const none = [];
    for await (const bulletin of client.search(uniqueWord())) none.push(bulletin);
    expect(none).toEqual([]);
  });
});
