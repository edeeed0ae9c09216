import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  acknowledgeBulletin,
  CISA_PUBLISHER,
  countStatements,
  publishBulletin,
  startTestApp,
  type TestApp,
  uniqueBulletinTag,
  uniqueCidr,
  uniqueIpv4,
} from '@bulwark/testing';

/*
 * No N+1: one page of bulletins with nested fields costs a small, constant number of SQL statements, however
 * long the page (counted with countStatements).
 */

const BULLETINS = 56;
const MAX_STATEMENTS = 10;

const PAGE = `query Page($first: Int!, $tag: String!) {
  bulletins(first: $first, filter: { tags: [$tag] }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id reference title summary bodyHtml acknowledgedByMe tier status
      originators { name parent { name } }
      indicators { type value }
      revisions { revision title }
    } }
  }
}`;

/** The same page as an originating publisher sees it, with the distribution list and the acknowledgement report. */
const PUBLISHER_PAGE = `query PublisherPage($first: Int!, $tag: String!) {
  bulletins(first: $first, filter: { tags: [$tag] }) {
    totalCount
    edges { node {
      id acknowledgedByMe
      recipientOrganizations { name }
      acknowledgements { acknowledgedCount pendingCount }
    } }
  }
}`;

interface PageData {
  bulletins: { totalCount: number; edges: { node: Record<string, unknown> }[] };
}

describe('statement count of one page of bulletins (no N+1)', () => {
  let t: TestApp;
  const tag = uniqueBulletinTag('n1');
  let insertSeconds = 0;

  beforeAll(async () => {
    t = await startTestApp();
    const started = Date.now();
    for (let i = 0; i < BULLETINS; i++) {
      const block = uniqueCidr();
      // Three shapes: CISA alone, joint with Fulton County (whose parent is Georgia), joint with FBI.
      const originators = [['CISA'], ['CISA', 'GA-FULTON'], ['CISA', 'FBI']][i % 3];
      await publishBulletin(t, {
        tier: i % 2 === 0 ? 'GREEN' : 'CLEAR',
        title: `Bulk advisory ${i}`,
        body: `Bulk **advisory** number ${i}.`,
        tags: [tag],
        originators,
        publisher: originators.includes('FBI') ? 'publisher@fbi.demo' : CISA_PUBLISHER,
        indicators: [
          { type: 'IPV4', value: uniqueIpv4() },
          { type: 'CIDR', value: block.cidr },
          { type: 'DOMAIN', value: `bulk-${i}.example` },
        ],
      });
    }
    insertSeconds = (Date.now() - started) / 1000;
    // A few acknowledgements, so acknowledgedByMe and the report have rows to find.
    const published = await t.dataSource.query<{ id: string }[]>(
      `SELECT b.id FROM bulletins b JOIN bulletin_revisions r ON r.bulletin_id = b.id AND r.is_current
        WHERE $1 = ANY(r.tags) ORDER BY b.created_at DESC LIMIT 5`,
      [tag],
    );
    for (const { id } of published) await acknowledgeBulletin(t, id, 'official@ga.demo');
  });
  afterAll(async () => {
    process.stdout.write(`statement count: ${BULLETINS} bulletins published through the API in ${insertSeconds}s\n`);
    await t?.close();
  });

  it(`one page of 10 or 50 bulletins with originators, parents, indicators, revisions, acknowledgedByMe and bodyHtml costs the same ≤ ${MAX_STATEMENTS} statements`, async () => {
    const token = await accountToken(t, 'official@ga.demo');
    const page = (first: number) => countStatements(t, () => t.gql.data<PageData>(PAGE, { first, tag }, { token }));
    await page(1); // warm-up: nothing cached across requests is expected, but keep first-use work out of it
    const ten = await page(10);
    const fifty = await page(50);
    expect(ten.result.bulletins.edges).toHaveLength(10);
    expect(fifty.result.bulletins.edges).toHaveLength(50);
    expect(fifty.result.bulletins.totalCount).toBe(BULLETINS);
    const nodes = fifty.result.bulletins.edges.map((edge) => edge.node);
    expect(nodes.filter((node) => node['acknowledgedByMe'] === true)).toHaveLength(5);
    expect(
      nodes.some((node) =>
        (node['originators'] as { parent: { name: string } | null }[]).some(
          (o) => o.parent?.name === 'Georgia Secretary of State',
        ),
      ),
    ).toBe(true);
    expect(nodes.every((node) => (node['indicators'] as unknown[]).length === 3)).toBe(true);

    process.stdout.write(
      `statement count: first 10 → ${ten.statements.length}, first 50 → ${fifty.statements.length} statements\n`,
    );
    const detail = `first: 10 →\n  ${ten.statements.join('\n  ')}\nfirst: 50 →\n  ${fifty.statements.join('\n  ')}`;
    expect(fifty.statements.length, detail).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(fifty.statements.length, detail).toBe(ten.statements.length);
  });

  it('the same holds for an originating publisher selecting recipientOrganizations and the acknowledgement report', async () => {
    const token = await accountToken(t, CISA_PUBLISHER);
    const page = (first: number) =>
      countStatements(t, () => t.gql.data<PageData>(PUBLISHER_PAGE, { first, tag }, { token }));
    await page(1);
    const ten = await page(10);
    const fifty = await page(50);
    expect(fifty.result.bulletins.edges).toHaveLength(50);
    expect(fifty.result.bulletins.edges.every((edge) => edge.node['acknowledgements'] !== null)).toBe(true);
    const detail = `first: 10 → ${ten.statements.length} statements, first: 50 → ${fifty.statements.length}:\n  ${fifty.statements.slice(0, 30).join('\n  ')}`;
    expect(fifty.statements.length, detail).toBe(ten.statements.length);
    expect(fifty.statements.length, detail).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('counts all matches only when totalCount is asked for', async () => {
    const token = await accountToken(t, 'official@ga.demo');
    const counts = (statements: string[]) => statements.filter((sql) => /^select count\(\*\)/i.test(sql)).length;
    const list = (fields: string) =>
      countStatements(t, () =>
        t.gql.data<PageData>(
          `query ($tag: String!) { bulletins(first: 5, filter: { tags: [$tag] }) { ${fields} } }`,
          {
            tag,
          },
          { token },
        ),
      );
    const pageOnly = await list('edges { node { id } }');
    const withTotal = await list('totalCount edges { node { id } }');
    expect(counts(pageOnly.statements)).toBe(0);
    expect(counts(withTotal.statements)).toBe(1);
    expect(withTotal.result.bulletins.totalCount).toBe(BULLETINS);
    expect(withTotal.statements.length).toBe(pageOnly.statements.length + 1);
  });
});
