import { viewerFromRow } from '@api/auth/viewer-factory';
import { ViewerRepository } from '@api/auth/viewer.repository';
import type { IndicatorQuery } from '@api/common/indicators';
import { BulletinsReadRepository } from '@api/modules/bulletins/bulletins-read.repository';
import type { BulletinFilter } from '@api/modules/bulletins/dto/bulletins.args';
import { StixVersionsReader } from '@api/modules/bulletins/stix-versions.reader';
import type { DataSource } from 'typeorm';
import type { Runner } from '../database-target';
import { SIGN_IN_AS_DEPLOYED } from '../deployed-sign-in';
import type { Community } from '../generate';
import type { ReadCase } from './read-load';

const PAGE_FIELDS = `edges { cursor node {
  id reference tier status title severity category publishedAt jurisdictions } } pageInfo { hasNextPage endCursor }`;

/** A feed's page: the newest 20 and whether there are more (the API counts all matches only when asked). */
export const FEED_SELECTION = `{ ${PAGE_FIELDS} }`;

/**
 * A search's page, with how many match (exact up to the API's cap, then a lower bound, as a search page shows it:
 * "1,000+"). The bare server builds exactly these shapes.
 */
export const SEARCH_SELECTION = `{ totalCount totalCountIsExact ${PAGE_FIELDS} }`;

/** The full-text search's words: common in the generated text, so they match many bulletins. */
export const SEARCH_WORDS = 'ransomware phishing';

/** A county clerk's first page of bulletins, under the policy. */
export const FEED_CASE: ReadCase = {
  key: 'feed',
  label: 'feed read',
  body: JSON.stringify({ query: `query Feed { bulletins(first: 20) ${FEED_SELECTION} }` }),
};

/** EXPLAIN ANALYZE runs per statement: the first may read from disk, the median is the typical one. */
const EXPLAIN_ROUNDS = 5;

export interface StatementTiming {
  statement: string;
  ms: number;
  plan: string;
}

/**
 * The statements one list read runs (the feed by default, or a search), captured from the API's own repositories
 * for the clerk, each timed with EXPLAIN ANALYZE on the loaded database (median of EXPLAIN_ROUNDS, nearest-rank):
 * how much of a request is the database's.
 */
export async function explainRead(
  db: Runner,
  userId: string,
  filter: BulletinFilter = {},
  indicator: IndicatorQuery | null = null,
): Promise<StatementTiming[]> {
  return explainStatements(db, userId, async (recording, viewer) => {
    const read = await new BulletinsReadRepository(recording).page(viewer, filter, indicator, null, 20);
    // totalCount: a value, or (when the API counts only if asked) a function; the documents here all ask.
    const total: unknown = read.total;
    if (typeof total === 'function') await (total as () => Promise<number>)();
  });
}

/**
 * The statements of a TAXII page of 100 objects of everything the clerk may read: the first page of a whole
 * collection, and a poll for what was added since the newest 200 releases (what a partner's client does every few
 * minutes).
 */
export async function explainTaxiiPage(db: Runner, userId: string): Promise<StatementTiming[]> {
  const [since] = await db.query(
    'SELECT added_at::text AS at FROM bulletin_releases ORDER BY added_at DESC, sequence DESC OFFSET 200 LIMIT 1',
  );
  const page = (addedAfter: string | null) =>
    explainStatements(db, userId, async (recording, viewer) => {
      const reads = new BulletinsReadRepository(recording);
      await new StixVersionsReader(recording, reads).page(viewer, {
        filter: null,
        addedAfter,
        after: null,
        ids: null,
        types: null,
        versions: 'last',
        limit: TAXII_PAGE + 1,
      });
    });
  const named = (timings: StatementTiming[], name: string) =>
    timings.map((timing) => (timing.statement === 'page' ? { ...timing, statement: name } : timing));
  return [
    ...named(await page(null), 'first page'),
    ...named(await page(String(since?.['at'])), 'poll, added_after the newest 200 releases').filter(
      (timing) => timing.statement !== 'viewer',
    ),
  ];
}

/** Objects in the TAXII page timed: the API's default. */
export const TAXII_PAGE = 100;

/** The statements `read` runs for the user, captured, then each timed as explainRead says. */
async function explainStatements(
  db: Runner,
  userId: string,
  read: (recording: DataSource, viewer: ReturnType<typeof viewerFromRow>) => Promise<void>,
): Promise<StatementTiming[]> {
  const captured: { sql: string; params: unknown[] }[] = [];
  const recording = {
    query: async (sql: string, params: unknown[] = []) => {
      captured.push({ sql, params });
      return db.query(sql, params);
    },
  } as unknown as DataSource;
  const row = await new ViewerRepository(recording, SIGN_IN_AS_DEPLOYED).forUser(userId);
  if (!row) throw new Error('the clerk is missing');
  await read(recording, viewerFromRow(row, 'USER', null));
  const results: StatementTiming[] = [];
  for (const [index, { sql, params }] of captured.entries()) {
    const times: number[] = [];
    let plan = '';
    for (let round = 0; round < EXPLAIN_ROUNDS; round++) {
      const out = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
      const raw = Object.values(out[0] ?? {})[0];
      const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
        'Execution Time': number;
        Plan: PlanNode;
      }[];
      const top = parsed[0];
      if (!top) continue;
      times.push(top['Execution Time']);
      plan = describePlan(top.Plan);
    }
    const sorted = times.sort((x, y) => x - y);
    const middle = sorted[Math.ceil(sorted.length / 2) - 1] ?? 0;
    results.push({ statement: statementName(sql, index), ms: Math.round(middle * 100) / 100, plan });
  }
  return results;
}

/** The viewer lookup comes first; the count and the page are told apart by their text, whatever their order. */
function statementName(sql: string, index: number): string {
  if (/SELECT count\(\*\)/i.test(sql)) return 'count';
  if (/\bLIMIT\b/i.test(sql)) return 'page';
  return index === 0 ? 'viewer' : `statement ${index + 1}`;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** The plan's scans, e.g. "Seq Scan bulletin_revisions, Index Scan bulletins_pkey". */
function describePlan(node: PlanNode): string {
  const scans: string[] = [];
  const walk = (n: PlanNode) => {
    if (n['Node Type'].includes('Scan'))
      scans.push(`${n['Node Type']} ${n['Index Name'] ?? n['Relation Name'] ?? ''}`.trim());
    n.Plans?.forEach(walk);
  };
  walk(node);
  return scans.join(', ');
}

/** The statements of the feed read, the full-text search, the IPv4 search and a TAXII page, keyed as the read cases are. */
export async function explainReads(db: Runner, community: Community): Promise<Record<string, StatementTiming[]>> {
  const ipv4 = community.sampleIndicators.ipv4;
  return {
    feed: await explainRead(db, community.clerkId),
    'search-text': await explainRead(db, community.clerkId, { search: SEARCH_WORDS }),
    'search-ip': await explainRead(db, community.clerkId, {}, { value: ipv4, network: ipv4 }),
    taxii: await explainTaxiiPage(db, community.clerkId),
  };
}
