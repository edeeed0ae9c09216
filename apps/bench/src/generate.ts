import argon2 from 'argon2';
import type { IndicatorType } from '@bulwark/domain';
import { indicatorStixId } from '@bulwark/stix';

/** Anything that runs a batch of SQL text: a `pg` client or a PGlite instance. */
export interface SqlRunner {
  exec(sql: string): Promise<unknown>;
}

export interface DataSize {
  counties: number;
  users: number;
  bulletins: number;
}

export const FULL_SIZE: DataSize = { counties: 3000, users: 20000, bulletins: 100000 };
export const QUICK_SIZE: DataSize = { counties: 600, users: 4000, bulletins: 10000 };

export const BENCH_PASSWORD = 'bench-password-0123456789';

/** An organization as the fan-out scenario's expectations need it. */
export interface GeneratedOrg {
  id: string;
  kind: string;
  parentId: string | null;
  jurisdiction: string | null;
  vetted: string;
}

export interface GeneratedUser {
  id: string;
  email: string;
  orgId: string;
  roles: string[];
  clearance: string;
}

/** What the scenarios need to know about the generated community. */
export interface Community {
  clerkId: string;
  clerkEmail: string;
  /** A publisher of the first federal organization (RED-vetted, RED-cleared): the author in publish and fan-out. */
  publisherEmail: string;
  /** A second publisher of the same organization: the other person of the two-person rule (AMBER_STRICT, RED). */
  approverEmail: string;
  approverId: string;
  /** Indicators that exist in the data, for the indicator search. */
  sampleIndicators: { ipv4: string; domain: string };
  orgs: GeneratedOrg[];
  users: GeneratedUser[];
  counts: Record<string, number>;
  loadMs: number;
}

const STATES = (
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR ' +
  'PA RI SC SD TN TX UT VT VA WA WV WI WY DC'
).split(' ');
const FEDERAL = ['CISA', 'FBI', 'DHS-IA', 'EAC', 'NSA', 'USPS-IS', 'DOJ', 'ODNI'];
const ISACS = ['EI-ISAC', 'MS-ISAC', 'IT-ISAC', 'COMMS-ISAC'];
const CATEGORIES = [
  'CYBER_THREAT',
  'VULNERABILITY',
  'FOREIGN_INFLUENCE',
  'PHYSICAL_THREAT',
  'OPERATIONAL_ISSUE',
  'GENERAL',
];
const SEVERITIES = ['INFO', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const WORDS = (
  'phishing ransomware voter registration database ballot tabulator ddos outage credential spoofing domain ' +
  'misinformation deepfake poll worker threat email website vulnerability patch firmware scanner network vpn ' +
  'election night reporting portal county state audit chain custody malware botnet exploit advisory remote access ' +
  'wireless printer mail envelope signature verification accessibility power backup generator'
).split(' ');
const TAGS = ['phishing', 'ransomware', 'ddos', 'vrdb', 'enr', 'mail-ballots', 'insider', 'physical', 'ics', 'kev'];

/** Mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createGenerator(seed: number) {
  const random = prng(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const uuid = (): string => {
    const hex = Array.from({ length: 32 }, () => int(16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[int(4)];
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return { random, int, pick, uuid, words };
}

const q = (value: string | null): string => (value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`);
const arr = (values: readonly string[], type: string): string => `'{${values.join(',')}}'::${type}[]`;

async function insertBatched(db: SqlRunner, head: string, rows: string[], size = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await db.exec(`${head} VALUES ${rows.slice(i, i + size).join(',\n')}`);
  }
}

/**
 * Releases numbered after the event log's last sequence, which then moves past them, as appending events would:
 * the API's own publications later never take a number already used.
 */
async function writeReleases(db: SqlRunner, rows: readonly string[], size = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size);
    await db.exec(`INSERT INTO bulletin_releases (sequence, type, bulletin_id, revision_id, added_at)
      SELECT (SELECT last_sequence FROM event_sequence WHERE id = 1) + v.n, v.type::bulletin_event_type, v.b::uuid,
        v.r::uuid, v.at::timestamptz
      FROM (VALUES ${batch.map((row, n) => `(${n + 1}, ${row.slice(1)}`).join(',\n')}) AS v(n, type, b, r, at);
      UPDATE event_sequence SET last_sequence = last_sequence + ${batch.length} WHERE id = 1;`);
  }
}

/**
 * The search vector of a new revision, from its literal values: the expression
 * apps/api/src/modules/bulletins/bulletins-write.repository.ts writes (SEARCH_VECTOR) with each column replaced by
 * its value, so a row is written once with its vector (an UPDATE afterwards would write every row twice).
 */
function searchVector(title: string, summary: string, body: string, tags: readonly string[]): string {
  return `setweight(to_tsvector('english', ${q(title)}), 'A') || setweight(to_tsvector('english', ${q(summary)}), 'B')
  || setweight(to_tsvector('simple', array_to_string(${arr(tags, 'varchar')}, ' ')), 'B')
  || setweight(to_tsvector('english', ${q(body)}), 'C')`;
}

interface Org {
  id: string;
  kind: string;
  parentId: string | null;
  jurisdiction: string | null;
  vetted: string;
}
interface User {
  id: string;
  email: string;
  org: Org;
  roles: string;
  clearance: string;
}

/** The community, and a way to add bulletins to it in steps (the data-size table grows one data set). */
export interface CommunityWriter {
  community: Community;
  /** Writes bulletins until there are `to`, then ANALYZE; returns how long it took (ms), also added to loadMs. */
  grow(db: SqlRunner, to: number): Promise<number>;
}

/**
 * Writes a national community (organizations and users), deterministic for a seed, after the API's migrations;
 * its bulletins come from `grow`. `timeline` is the most bulletins this run will grow to: bulletin i is dated
 * i / timeline of the way through 2026, so each step's bulletins are newer than the last step's.
 */
export async function createCommunity(
  db: SqlRunner,
  size: DataSize,
  seed = 42,
  timeline = size.bulletins,
): Promise<CommunityWriter> {
  const started = performance.now();
  const g = createGenerator(seed);
  const passwordHash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });

  // Organizations: federal agencies, ISACs, every state and DC, counties under the states.
  const orgs: Org[] = [];
  const orgRows: string[] = [];
  const addOrg = (
    name: string,
    short: string,
    kind: string,
    parent: Org | null,
    juris: string | null,
    vetted: string,
  ) => {
    const org = { id: g.uuid(), kind, parentId: parent?.id ?? null, jurisdiction: juris, vetted };
    orgs.push(org);
    orgRows.push(
      `(${q(org.id)}, ${q(name)}, ${q(short)}, '${kind}', ${q(parent?.id ?? null)}, ${q(juris)}, '${vetted}')`,
    );
    return org;
  };
  for (const name of FEDERAL) addOrg(`${name} (bench)`, name, 'FEDERAL', null, null, 'RED');
  for (const name of ISACS) addOrg(`${name} (bench)`, name, 'ISAC', null, null, 'AMBER_STRICT');
  const states = STATES.map((code) => addOrg(`State of ${code} elections`, `${code}-SOS`, 'STATE', null, code, 'RED'));
  const counties: Org[] = [];
  for (let i = 0; i < size.counties; i++) {
    const state = states[i % states.length];
    const vetted = g.pick(['GREEN', 'AMBER', 'AMBER', 'AMBER_STRICT']);
    counties.push(
      addOrg(
        `County ${i + 1} of ${state.jurisdiction} elections`,
        `C${i + 1}-${state.jurisdiction}`,
        'LOCAL',
        state,
        state.jurisdiction,
        vetted,
      ),
    );
  }
  // Parents first: the foreign key checks each row.
  await insertBatched(
    db,
    'INSERT INTO organizations (id, name, short_name, kind, parent_id, jurisdiction, vetted_tier)',
    orgRows,
  );

  // Users: mostly county staff; every organization gets at least one publisher.
  const users: User[] = [];
  const userRows: string[] = [];
  const addUser = (org: Org, roles: string, clearance: string) => {
    const user = { id: g.uuid(), email: `user${users.length + 1}@bench.example`, org, roles, clearance };
    users.push(user);
    userRows.push(
      `(${q(user.id)}, ${q(user.email)}, ${q(`Bench user ${users.length}`)}, ${q(org.id)}, '${roles}', '${clearance}', ${q(passwordHash)})`,
    );
    return user;
  };
  const publishers = new Map<string, User>();
  for (const org of orgs) publishers.set(org.id, addUser(org, '{PUBLISHER,ANALYST}', org.vetted));
  while (users.length < size.users) {
    const org = g.random() < 0.8 ? g.pick(counties) : g.pick(orgs);
    const roles = g.pick(['{VIEWER}', '{VIEWER}', '{ANALYST}', '{PUBLISHER}', '{ORG_ADMIN,ANALYST}']);
    const clearance = g.pick(['CLEAR', 'GREEN', 'AMBER', 'AMBER', 'AMBER_STRICT', 'RED']);
    addUser(org, roles, clearance);
  }
  // The county clerk the feed read signs in as: AMBER, in an AMBER-vetted county.
  const clerkCounty = counties.find((county) => county.vetted === 'AMBER') ?? counties[0];
  const clerk = addUser(clerkCounty, '{VIEWER}', 'AMBER');
  // The second person of the two-person rule for the publish and fan-out scenarios.
  const approver = addUser(orgs[0], '{PUBLISHER}', 'RED');
  await insertBatched(
    db,
    'INSERT INTO users (id, email, display_name, organization_id, roles, clearance, password_hash)',
    userRows,
  );

  // Bulletins: a year, newest last; originators weighted towards federal, ISAC and state publishers.
  const originators = [...orgs.slice(0, FEDERAL.length + ISACS.length + STATES.length), ...counties.slice(0, 200)];
  const bulletins: BulletinStream = {
    g,
    timeline: Math.max(timeline, size.bulletins),
    written: 0,
    indicators: 0,
    originators,
    publishers,
    states,
    counties,
    users,
    clerkCounty,
    samples: {},
  };
  const community: Community = {
    clerkId: clerk.id,
    clerkEmail: clerk.email,
    publisherEmail: (publishers.get(orgs[0]?.id ?? '') as User).email,
    approverEmail: approver.email,
    approverId: approver.id,
    sampleIndicators: { ipv4: '198.51.0.1', domain: 'bad1.example' },
    orgs: orgs.map(({ id, kind, parentId, jurisdiction, vetted }) => ({ id, kind, parentId, jurisdiction, vetted })),
    users: users.map((user) => ({
      id: user.id,
      email: user.email,
      orgId: user.org.id,
      roles: user.roles.replace(/[{}]/g, '').split(','),
      clearance: user.clearance,
    })),
    counts: {
      organizations: orgs.length,
      counties: counties.length,
      users: users.length,
      bulletins: 0,
      indicators: 0,
    },
    // The organizations, the users and the one argon2id hash: the bulletins add their own time.
    loadMs: Math.round(performance.now() - started),
  };
  return {
    community,
    grow: async (runner: SqlRunner, to: number) => {
      const began = performance.now();
      await writeBulletins(runner, bulletins, to);
      community.counts['bulletins'] = bulletins.written;
      community.counts['indicators'] = bulletins.indicators;
      community.sampleIndicators = {
        ipv4: bulletins.samples.ipv4 ?? '198.51.0.1',
        domain: bulletins.samples.domain ?? 'bad1.example',
      };
      const ms = Math.round(performance.now() - began);
      community.loadMs += ms;
      return ms;
    },
  };
}

/** Where the bulletin generator is: what it needs of the community, and how far it got. */
interface BulletinStream {
  g: ReturnType<typeof createGenerator>;
  /** Bulletin i is dated i / timeline of the way through 2026: growing in steps keeps the dates in write order. */
  timeline: number;
  written: number;
  indicators: number;
  originators: Org[];
  publishers: Map<string, User>;
  states: Org[];
  counties: Org[];
  users: User[];
  clerkCounty: Org;
  samples: { ipv4?: string; domain?: string };
}

/** Bulletins written per chunk: their SQL text is built in memory, so a million are written 5,000 at a time. */
const CHUNK = 5000;

/** Adds bulletins (with their current revision, search vector and indicators) until there are `to`, then ANALYZE. */
async function writeBulletins(db: SqlRunner, s: BulletinStream, to: number): Promise<void> {
  const { g } = s;
  const yearStart = Date.parse('2026-01-01T00:00:00Z');
  const span = 365 * 24 * 3600 * 1000;
  while (s.written < to) {
    const end = Math.min(to, s.written + CHUNK);
    const bulletinRows: string[] = [];
    const revisionRows: string[] = [];
    const indicatorRows: string[] = [];
    const releaseRows: string[] = [];
    for (let i = s.written; i < end; i++) {
      const at = new Date(yearStart + Math.floor((span * (i + g.random())) / s.timeline)).toISOString();
      const origin = g.pick(s.originators);
      const author = s.publishers.get(origin.id) as User;
      const tier = g.pick(['CLEAR', 'CLEAR', 'GREEN', 'GREEN', 'GREEN', 'AMBER', 'AMBER', 'AMBER_STRICT', 'RED']);
      const status = g.random() < 0.9 ? 'PUBLISHED' : g.pick(['DRAFT', 'IN_REVIEW', 'RETRACTED']);
      const released = status === 'PUBLISHED' || status === 'RETRACTED';
      const recipientOrgs =
        tier === 'AMBER' || tier === 'AMBER_STRICT'
          ? Array.from({ length: 1 + g.int(20) }, () => g.pick(g.random() < 0.3 ? s.states : s.counties).id)
          : [];
      if (tier === 'AMBER' && g.random() < 0.2) recipientOrgs.push(s.clerkCounty.id);
      const recipientUsers = tier === 'RED' ? Array.from({ length: 1 + g.int(5) }, () => g.pick(s.users).id) : [];
      const jurisdictions = g.random() < 0.3 ? [] : [origin.jurisdiction ?? g.pick(STATES)];
      const tags = Array.from({ length: g.int(3) }, () => g.pick(TAGS));
      const bulletinId = g.uuid();
      const revisionId = g.uuid();
      const reference = `BENCH-2026-${String(i + 1).padStart(6, '0')}`;
      const title = `${g.words(6)} ${i + 1}`;
      const summary = g.words(25);
      const body = g.words(60);
      bulletinRows.push(
        `(${q(bulletinId)}, ${released ? q(reference) : 'NULL'}, '${status}', 1, ${q(author.id)}, ${q(at)}, ${q(at)}, ${released ? q(at) : 'NULL'}, ${status === 'RETRACTED' ? q(at) : 'NULL'})`,
      );
      // Its releases, as the API writes them with each event (bulletin_releases): what TAXII collections serve.
      if (released) releaseRows.push(`('PUBLISHED', ${q(bulletinId)}, ${q(revisionId)}, ${q(at)})`);
      if (status === 'RETRACTED') releaseRows.push(`('RETRACTED', ${q(bulletinId)}, ${q(revisionId)}, ${q(at)})`);
      revisionRows.push(
        `(${q(revisionId)}, ${q(bulletinId)}, 1, true, '${status}', '${tier}', ${q(title)}, ${q(summary)}, ${q(body)}, '${g.pick(CATEGORIES)}', '${g.pick(SEVERITIES)}', ${arr(jurisdictions, 'varchar')}, ${arr(tags, 'varchar')}, ${arr([origin.id], 'uuid')}, ${arr(recipientOrgs, 'uuid')}, ${arr(recipientUsers, 'uuid')}, ${q(author.id)}, ${released ? q((s.publishers.get(origin.id) as User).id) : 'NULL'}, ${q(at)}, ${released ? q(at) : 'NULL'}, ${q(at)}, ${searchVector(title, summary, body, tags)})`,
      );
      if (g.random() < 0.3) {
        for (let position = 0; position < 1 + g.int(3); position++) {
          s.indicators++;
          const ip = `198.51.${g.int(256)}.${g.int(256)}`;
          const indicator = g.random() < 0.5 ? ['IPV4', ip, ip] : ['DOMAIN', `bad${g.int(5000)}.example`, null];
          if (status === 'PUBLISHED' && (tier === 'CLEAR' || tier === 'GREEN')) {
            if (indicator[0] === 'IPV4') s.samples.ipv4 ??= ip;
            else s.samples.domain ??= indicator[1] ?? undefined;
          }
          indicatorRows.push(
            `(${q(revisionId)}, '${indicator[0]}', ${q(indicator[1])}, ${indicator[2] ? `${q(indicator[2])}::inet` : 'NULL'}, ${position}, ${q(indicatorStixId(bulletinId, indicator[0] as IndicatorType, indicator[1] ?? ''))})`,
          );
        }
      }
    }
    await insertBatched(
      db,
      'INSERT INTO bulletins (id, reference, status, revision_number, author_user_id, created_at, updated_at, first_published_at, retracted_at)',
      bulletinRows,
    );
    await insertBatched(
      db,
      `INSERT INTO bulletin_revisions (id, bulletin_id, number, is_current, status, tier, title, summary, body, category, severity,
         jurisdictions, tags, originator_org_ids, recipient_org_ids, recipient_user_ids, author_user_id, approver_user_id,
         created_at, published_at, listed_at, search_vector)`,
      revisionRows,
    );
    await insertBatched(
      db,
      'INSERT INTO bulletin_indicators (revision_id, type, value, network, position, stix_id)',
      indicatorRows,
    );
    await writeReleases(db, releaseRows);
    s.written = end;
  }
  await db.exec('ANALYZE');
}
