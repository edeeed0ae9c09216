import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  amendBulletin,
  bulletinMutation,
  type BulletinSpec,
  CISA_ANALYST,
  CISA_PUBLISHER,
  createApiKey,
  type CreatedBulletin,
  FBI_PUBLISHER,
  publishBulletin,
  PUBLISH_BULLETIN,
  retractBulletin,
  startTestApp,
  type TestApp,
  type TierName,
  uniqueCidr,
  uniqueIpv4,
  uniqueWord,
} from '@bulwark/testing';

/*
 * Issue 4, "Must show": every demo account, anonymous and an API key × every tier × every audience relation ×
 * every read path, through the real GraphQL API. The expected answer comes from the small oracle below, written
 * from DOMAIN.md (R1–R6, R8, R9, R11–R15) and the demo table alone: it does not use libs/policy.
 */

// ---------------------------------------------------------------------------------------------------------------
// The oracle.

type Status = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'RETRACTED';

const RANK: Record<TierName, number> = { CLEAR: 0, GREEN: 1, AMBER: 2, AMBER_STRICT: 3, RED: 4 };

/** Parents in the demo community (DOMAIN.md: a county's parent is its state). */
const PARENT: Record<string, string> = { 'GA-FULTON': 'GA-SOS', 'AZ-MARICOPA': 'AZ-SOS' };

interface Reader {
  readonly label: string;
  readonly kind: 'USER' | 'API_KEY' | 'ANONYMOUS';
  readonly email: string | null;
  /** Short name of the reader's organization. */
  readonly org: string | null;
  /** The organization, then its parent, grandparent … */
  readonly lineage: readonly string[];
  readonly roles: readonly string[];
  /** Effective clearance, as in the demo table. */
  readonly clearance: TierName;
}

function lineageOf(org: string): string[] {
  const chain = [org];
  for (let parent = PARENT[org]; parent; parent = PARENT[parent]) chain.push(parent);
  return chain;
}

const person = (email: string, org: string, roles: string[], clearance: TierName): Reader => ({
  label: email,
  kind: 'USER',
  email,
  org,
  lineage: lineageOf(org),
  roles,
  clearance,
});

const EIISAC = 'analyst@eiisac.demo';
const API_KEY_LABEL = 'API key of GA-SOS (AMBER)';

/** DOMAIN.md's demo table, plus a signed-out reader and a Georgia API key with clearance AMBER. */
const READERS: readonly Reader[] = [
  person('admin@platform.demo', 'BULWARK', ['PLATFORM_ADMIN', 'VIEWER'], 'GREEN'),
  person('analyst@cisa.demo', 'CISA', ['ANALYST'], 'RED'),
  person('publisher@cisa.demo', 'CISA', ['PUBLISHER'], 'RED'),
  person('publisher@fbi.demo', 'FBI', ['PUBLISHER'], 'RED'),
  person('publisher@eac.demo', 'EAC', ['PUBLISHER'], 'AMBER'),
  person('analyst@eiisac.demo', 'EI-ISAC', ['ANALYST', 'PUBLISHER'], 'AMBER_STRICT'),
  person('official@ga.demo', 'GA-SOS', ['VIEWER'], 'AMBER_STRICT'),
  person('admin@ga.demo', 'GA-SOS', ['ORG_ADMIN', 'VIEWER'], 'AMBER'),
  person('clerk@fulton.ga.demo', 'GA-FULTON', ['VIEWER'], 'AMBER'),
  person('official@pa.demo', 'PA-SOS', ['VIEWER'], 'AMBER_STRICT'),
  person('clerk@maricopa.az.demo', 'AZ-MARICOPA', ['VIEWER'], 'AMBER'),
  person('contact@vendor.demo', 'VENDOR-BSI', ['VIEWER'], 'GREEN'),
  { label: 'anonymous', kind: 'ANONYMOUS', email: null, org: null, lineage: [], roles: [], clearance: 'CLEAR' },
  {
    label: API_KEY_LABEL,
    kind: 'API_KEY',
    email: null,
    org: 'GA-SOS',
    lineage: ['GA-SOS'],
    roles: ['VIEWER'],
    clearance: 'AMBER',
  },
];

/** One revision's marking, in short names and emails. */
interface Marking {
  readonly tier: TierName;
  readonly status: Status;
  readonly originators: readonly string[];
  readonly recipientOrgs: readonly string[];
  readonly recipientUsers: readonly string[];
  readonly author: string;
  /** The publisher who approved (published) it, or for a draft the named approver. */
  readonly approver: string | null;
}

/** May `r` read a revision with marking `m`? DOMAIN.md, rule by rule. */
function mayRead(r: Reader, m: Marking): boolean {
  const released = m.status === 'PUBLISHED' || m.status === 'RETRACTED'; // R13: retracted ones keep their audience
  if (r.kind === 'ANONYMOUS') return released && m.tier === 'CLEAR'; // R1; R2 "never anonymous"; R11
  if (RANK[r.clearance] < RANK[m.tier]) return false; // R6
  const inOriginator = r.org !== null && m.originators.includes(r.org); // R14: every originator counts
  if (!released) {
    // R11: the author and publishers of an originating organization; for RED the author and the named approver.
    if (r.kind !== 'USER') return false;
    if (r.email === m.author) return true;
    if (m.tier === 'RED') return r.email === m.approver;
    return r.roles.includes('PUBLISHER') && inOriginator;
  }
  switch (m.tier) {
    case 'CLEAR':
      return true; // R1
    case 'GREEN':
      return r.org !== null; // R2
    case 'AMBER':
      return inOriginator || m.recipientOrgs.some((org) => r.lineage.includes(org)); // R3
    case 'AMBER_STRICT':
      return inOriginator || (r.org !== null && m.recipientOrgs.includes(r.org)); // R4
    case 'RED':
      // R5: named people, the author and the approver; never an API key, never a colleague.
      return (
        r.kind === 'USER' &&
        r.email !== null &&
        (m.recipientUsers.includes(r.email) || m.author === r.email || m.approver === r.email)
      );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The audience set-ups.

interface Scenario {
  readonly name: string;
  readonly spec: Omit<BulletinSpec, 'title' | 'body' | 'tags' | 'indicators'>;
  /**
   * A second revision (R12), written by publisher@cisa.demo; into AMBER_STRICT or RED it waits for `releasedBy`
   * (R10), otherwise it is published at once.
   */
  readonly amend?: {
    tier: TierName;
    recipientOrganizations?: string[];
    recipientUsers?: string[];
    releasedBy?: string;
  };
  /** Retracted by publisher@cisa.demo after publication (R13). */
  readonly retract?: boolean;
}

const ORG_OF: Record<string, string> = { [CISA_ANALYST]: 'CISA', [EIISAC]: 'EI-ISAC' };

const SCENARIOS: readonly Scenario[] = [
  // CLEAR and GREEN: audiences without recipients.
  { name: 'CISA, written by its analyst, published by its publisher', spec: { tier: 'CLEAR' } },
  {
    name: 'EI-ISAC, written and published by its analyst-publisher',
    spec: { tier: 'CLEAR', author: EIISAC, publisher: EIISAC },
  },
  { name: 'CISA', spec: { tier: 'GREEN' } },
  { name: 'joint CISA–FBI, published by FBI', spec: { tier: 'GREEN', originators: ['CISA', 'FBI'] } },

  // AMBER: recipients and their descendants, plus originators.
  {
    name: 'to Georgia: GA people and the GA key are recipients, Fulton a descendant',
    spec: { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] },
  },
  {
    name: 'to Fulton only: its parent Georgia is not a recipient',
    spec: { tier: 'AMBER', recipientOrganizations: ['GA-FULTON'] },
  },
  {
    name: 'joint CISA–FBI to Arizona and Pennsylvania: Maricopa a descendant',
    spec: { tier: 'AMBER', originators: ['CISA', 'FBI'], recipientOrganizations: ['AZ-SOS', 'PA-SOS'] },
  },
  {
    name: 'EI-ISAC to EAC',
    spec: { tier: 'AMBER', author: EIISAC, publisher: EIISAC, recipientOrganizations: ['EAC'] },
  },

  // AMBER_STRICT: recipients only (no descendants), plus originators.
  {
    name: 'to Georgia: Fulton (descendant) and under-cleared Georgians excluded',
    spec: { tier: 'AMBER_STRICT', recipientOrganizations: ['GA-SOS'] },
  },
  {
    name: 'joint CISA–FBI to Pennsylvania and EI-ISAC, published by FBI',
    spec: { tier: 'AMBER_STRICT', originators: ['CISA', 'FBI'], recipientOrganizations: ['PA-SOS', 'EI-ISAC'] },
  },
  {
    name: 'joint EI-ISAC–CISA written by EI-ISAC, published by CISA, to Arizona',
    spec: {
      tier: 'AMBER_STRICT',
      author: EIISAC,
      originators: ['EI-ISAC', 'CISA'],
      publisher: CISA_PUBLISHER,
      recipientOrganizations: ['AZ-SOS'],
    },
  },

  // RED: named people, the author and the approver.
  {
    name: 'CISA to the FBI publisher by name, approved by the CISA publisher',
    spec: { tier: 'RED', approver: CISA_PUBLISHER, recipientUsers: [FBI_PUBLISHER] },
  },
  {
    name: 'joint CISA–FBI approved by FBI: the CISA publisher is a colleague, not named',
    spec: { tier: 'RED', originators: ['CISA', 'FBI'], approver: FBI_PUBLISHER, recipientUsers: [FBI_PUBLISHER] },
  },

  // R11: drafts and bulletins in review.
  { name: 'draft (R11)', spec: { tier: 'CLEAR', stage: 'DRAFT' } },
  { name: 'in review (R11)', spec: { tier: 'GREEN', stage: 'IN_REVIEW' } },
  {
    name: 'joint CISA–FBI in review, to Georgia (R11)',
    spec: { tier: 'AMBER', stage: 'IN_REVIEW', originators: ['CISA', 'FBI'], recipientOrganizations: ['GA-SOS'] },
  },
  {
    name: 'joint EI-ISAC–CISA draft by EI-ISAC, to Georgia (R11)',
    spec: {
      tier: 'AMBER_STRICT',
      stage: 'DRAFT',
      author: EIISAC,
      originators: ['EI-ISAC', 'CISA'],
      recipientOrganizations: ['GA-SOS'],
    },
  },
  {
    name: 'draft with no approver yet: the author alone (R11)',
    spec: { tier: 'RED', stage: 'DRAFT', recipientUsers: [FBI_PUBLISHER] },
  },
  {
    name: 'in review, the CISA publisher named approver (R11)',
    spec: { tier: 'RED', stage: 'IN_REVIEW', approver: CISA_PUBLISHER, recipientUsers: [FBI_PUBLISHER] },
  },
  {
    name: 'joint in review, FBI named approver: not the CISA publisher (R11)',
    spec: {
      tier: 'RED',
      stage: 'IN_REVIEW',
      originators: ['CISA', 'FBI'],
      approver: FBI_PUBLISHER,
      recipientUsers: [FBI_PUBLISHER],
    },
  },

  // R12: each revision on its own marking.
  {
    name: 'to Georgia, amended down to GREEN (R12)',
    spec: { tier: 'AMBER_STRICT', recipientOrganizations: ['GA-SOS'] },
    amend: { tier: 'GREEN', recipientOrganizations: [] },
  },
  {
    name: 'to the FBI publisher, amended down to GREEN (R12)',
    spec: { tier: 'RED', approver: CISA_PUBLISHER, recipientUsers: [FBI_PUBLISHER] },
    amend: { tier: 'GREEN', recipientUsers: [] },
  },
  {
    name: 'to Georgia, amended up to AMBER_STRICT (R12)',
    spec: { tier: 'AMBER', originators: ['CISA', 'FBI'], recipientOrganizations: ['GA-SOS'] },
    amend: { tier: 'AMBER_STRICT', releasedBy: FBI_PUBLISHER },
  },

  // R13: retracted.
  { name: 'retracted (R13)', spec: { tier: 'GREEN' }, retract: true },
  {
    name: 'to Georgia, retracted (R13)',
    spec: { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] },
    retract: true,
  },
  {
    name: 'to the FBI publisher, retracted (R13)',
    spec: { tier: 'RED', approver: CISA_PUBLISHER, recipientUsers: [FBI_PUBLISHER] },
    retract: true,
  },
];

/** The markings of every revision a scenario produces, oldest first, from its description alone. */
function markingsOf(s: Scenario, publisher: string | null): Marking[] {
  const author = s.spec.author ?? CISA_ANALYST;
  const stage = s.spec.stage ?? 'PUBLISHED';
  const finalStatus = (status: Status): Status => (s.retract ? 'RETRACTED' : status);
  const first: Marking = {
    tier: s.spec.tier,
    status: finalStatus(stage),
    originators: s.spec.originators ?? [ORG_OF[author]],
    recipientOrgs: s.spec.recipientOrganizations ?? [],
    recipientUsers: s.spec.recipientUsers ?? [],
    author,
    approver: stage === 'PUBLISHED' ? publisher : (s.spec.approver ?? null),
  };
  if (!s.amend) return [first];
  return [
    first,
    {
      ...first,
      tier: s.amend.tier,
      status: finalStatus('PUBLISHED'),
      recipientOrgs: s.amend.recipientOrganizations ?? first.recipientOrgs,
      recipientUsers: s.amend.recipientUsers ?? first.recipientUsers,
      approver: s.amend.releasedBy ?? CISA_PUBLISHER,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Every read path in one operation per reader.

const MATRIX_QUERY = `query Matrix(
  $id: ID!, $reference: String!, $tag: String!, $statuses: [BulletinStatus!], $word: String!, $ip: String!,
  $cidrIp: String!, $oldWord: String!, $oldIp: String!, $amended: Boolean!
) {
  byId: bulletin(id: $id) { ...Seen }
  byReference: bulletinByReference(reference: $reference) { ...Seen }
  list: bulletins(first: 100, filter: { tags: [$tag], statuses: $statuses }) { ...Found }
  defaultList: bulletins(first: 100, filter: { tags: [$tag] }) { ...Found }
  search: bulletins(first: 100, filter: { search: $word, statuses: $statuses }) { ...Found }
  indicator: bulletins(first: 100, filter: { indicator: $ip, statuses: $statuses }) { ...Found }
  cidr: bulletins(first: 100, filter: { indicator: $cidrIp, statuses: $statuses }) { ...Found }
  oldSearch: bulletins(first: 100, filter: { search: $oldWord, statuses: $statuses }) @include(if: $amended) { ...Found }
  oldIndicator: bulletins(first: 100, filter: { indicator: $oldIp, statuses: $statuses }) @include(if: $amended) { ...Found }
}
fragment Seen on Bulletin {
  id reference status tier title body bodyHtml retractionReason
  recipientOrganizations { shortName } recipientUserIds
  acknowledgements { revision }
  revisions { revision tier title body }
}
fragment Found on BulletinConnection { totalCount edges { node { id title } } }`;

interface Seen {
  id: string;
  reference: string | null;
  status: string;
  tier: string;
  title: string;
  body: string | null;
  bodyHtml: string | null;
  retractionReason: string | null;
  recipientOrganizations: { shortName: string }[] | null;
  recipientUserIds: string[] | null;
  acknowledgements: { revision: number } | null;
  revisions: { revision: number; tier: string; title: string; body: string | null }[];
}

interface Found {
  totalCount: number;
  edges: { node: { id: string; title: string } }[];
}

interface MatrixData {
  byId: Seen | null;
  byReference: Seen | null;
  list: Found;
  defaultList: Found;
  search: Found;
  indicator: Found;
  cidr: Found;
  oldSearch?: Found;
  oldIndicator?: Found;
}

/** What was built for one scenario: ids, and the unique words and addresses each revision carries. */
interface Built {
  bulletin: CreatedBulletin;
  markings: Marking[];
  titles: string[];
  words: string[];
  ips: string[];
  cidrIp: string;
  retractionReason: string | null;
}

const UNUSED_REFERENCE = 'NOPE-2000-0001';

describe('authorization matrix: every reader × tier × audience × read path (issue 4)', () => {
  let t: TestApp;
  const credentials = new Map<string, { token?: string; apiKey?: string }>();
  let cells = 0;

  beforeAll(async () => {
    t = await startTestApp();
    for (const reader of READERS) {
      if (reader.kind === 'USER') credentials.set(reader.label, { token: await accountToken(t, reader.email!) });
      else credentials.set(reader.label, {});
    }
    const key = await createApiKey(t, await accountToken(t, 'admin@ga.demo'), { clearance: 'AMBER' });
    credentials.set(API_KEY_LABEL, { apiKey: key.secret });
  });
  afterAll(async () => {
    process.stdout.write(`authorization matrix: ${cells} cells checked\n`);
    await t?.close();
  });

  async function build(s: Scenario): Promise<Built> {
    const words = [uniqueWord()];
    const ips = [uniqueIpv4()];
    const block = uniqueCidr();
    const tier = s.spec.tier;
    const title = `Matrix ${tier} ${words[0]}`;
    const bulletin = await publishBulletin(t, {
      ...s.spec,
      title,
      body: `Observed activity, keyword ${words[0]}, from ${ips[0]}.`,
      indicators: [
        { type: 'IPV4', value: ips[0] },
        { type: 'CIDR', value: block.cidr },
      ],
    });
    const titles = [title];
    if (s.amend) {
      const word = uniqueWord();
      const ip = uniqueIpv4();
      const amendedTitle = `Matrix amended ${s.amend.tier} ${word}`;
      const { releasedBy, ...amendment } = s.amend;
      await amendBulletin(t, bulletin.id, 1, {
        ...amendment,
        title: amendedTitle,
        summary: `Sanitised summary ${word}`,
        body: `Sanitised text, keyword ${word}, from ${ip}.`,
        indicators: [
          { type: 'IPV4', value: ip },
          { type: 'CIDR', value: block.cidr },
        ],
      });
      if (releasedBy) await bulletinMutation(t, releasedBy, PUBLISH_BULLETIN, { id: bulletin.id });
      words.push(word);
      ips.push(ip);
      titles.push(amendedTitle);
    }
    const retractionReason = s.retract ? `Withdrawn: ${words[0]} was a false positive` : null;
    if (s.retract) await retractBulletin(t, bulletin.id, retractionReason!);
    return {
      bulletin,
      markings: markingsOf(s, bulletin.publisher),
      titles,
      words,
      ips,
      cidrIp: block.inside,
      retractionReason,
    };
  }

  for (const scenario of SCENARIOS) {
    it(`${scenario.spec.tier}: ${scenario.name}`, async () => {
      const built = await build(scenario);
      const { bulletin, markings } = built;
      const current = markings.at(-1)!;
      const amended = markings.length > 1;
      const retracted = current.status === 'RETRACTED';
      const variables = {
        id: bulletin.id,
        reference: bulletin.reference ?? UNUSED_REFERENCE,
        tag: bulletin.tag,
        statuses: [current.status],
        word: built.words.at(-1),
        ip: built.ips.at(-1),
        cidrIp: built.cidrIp,
        oldWord: built.words[0],
        oldIp: built.ips[0],
        amended,
      };

      const failures: string[] = [];
      await Promise.all(
        READERS.map(async (reader) => {
          const response = await t.gql.request<MatrixData>(MATRIX_QUERY, variables, credentials.get(reader.label));
          const where = (path: string) => `${reader.label} | ${scenario.spec.tier} ${scenario.name} | ${path}`;
          const check = (path: string, expected: unknown, actual: unknown) => {
            cells++;
            if (JSON.stringify(expected) !== JSON.stringify(actual)) {
              failures.push(`${where(path)}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
            }
          };
          if (response.errors?.length || !response.data) {
            failures.push(`${where('request')}: ${JSON.stringify(response.errors)}`);
            return;
          }
          const data = response.data;
          const readable = mayRead(reader, current);
          const readableRevisions = markings.map((m) => mayRead(reader, m));

          // bulletin(id) and bulletinByReference(reference): the bulletin as its current revision says, or null.
          const seen = (s: Seen | null) =>
            s && {
              id: s.id,
              reference: s.reference,
              status: s.status,
              tier: s.tier,
              title: s.title,
              body: s.body !== null,
              bodyHtml: s.bodyHtml !== null,
              retractionReason: s.retractionReason,
            };
          const expectedSeen = readable
            ? {
                id: bulletin.id,
                reference: bulletin.reference,
                status: current.status,
                tier: current.tier,
                title: built.titles.at(-1),
                body: !retracted, // R13
                bodyHtml: !retracted,
                retractionReason: built.retractionReason,
              }
            : null;
          check('bulletin(id)', expectedSeen, seen(data.byId));
          if (bulletin.reference) check('bulletinByReference', expectedSeen, seen(data.byReference));
          else check('bulletinByReference(unused)', null, data.byReference);

          if (readable && data.byId) {
            // R12: every revision on its own marking.
            check(
              'revisions',
              markings.map((_, i) => i + 1).filter((_, i) => readableRevisions[i]),
              data.byId.revisions.map((r) => r.revision),
            );
            if (retracted) {
              check(
                'revisions[].body (R13)',
                data.byId.revisions.map(() => null),
                data.byId.revisions.map((r) => r.body),
              );
            }
            // The report of who acknowledged: publishers of an originating organization only.
            const reports = reader.kind === 'USER' && reader.roles.includes('PUBLISHER') && isIn(reader, current);
            check('acknowledgements', reports, data.byId.acknowledgements !== null);
            // The distribution list: members of an originating organization only.
            check('recipientOrganizations', isIn(reader, current), data.byId.recipientOrganizations !== null);
            check('recipientUserIds', isIn(reader, current), data.byId.recipientUserIds !== null);
          }

          // Lists, searches, counts: the bulletin and nothing else, or nothing.
          const only = readable ? [bulletin.id] : [];
          const ids = (found: Found | undefined) => found?.edges.map((edge) => edge.node.id);
          const lists: [string, Found | undefined, 'exact' | 'absent-if-unreadable'][] = [
            ['bulletins(tags)', data.list, 'exact'],
            ['search', data.search, retracted ? 'absent-if-unreadable' : 'exact'],
            ['indicator(IPv4)', data.indicator, retracted ? 'absent-if-unreadable' : 'exact'],
            ['indicator(IP inside CIDR)', data.cidr, retracted ? 'absent-if-unreadable' : 'exact'],
          ];
          for (const [path, found, mode] of lists) {
            if (mode === 'exact' || !readable) {
              check(path, only, ids(found));
              check(`${path}.totalCount`, only.length, found?.totalCount);
            } else {
              check(`${path}.totalCount`, ids(found)?.length, found?.totalCount);
            }
          }
          // Default statuses: PUBLISHED only.
          const listedByDefault = readable && current.status === 'PUBLISHED' ? [bulletin.id] : [];
          check('bulletins(tags, default statuses)', listedByDefault, ids(data.defaultList));
          check('bulletins(tags, default statuses).totalCount', listedByDefault.length, data.defaultList.totalCount);

          if (amended && !readableRevisions[0]) {
            // The older revision's words and indicators lead nowhere for those who may not read it.
            check('search(older revision word)', [], ids(data.oldSearch));
            check('search(older revision word).totalCount', 0, data.oldSearch?.totalCount);
            check('indicator(older revision IPv4)', [], ids(data.oldIndicator));
            check('indicator(older revision IPv4).totalCount', 0, data.oldIndicator?.totalCount);
          }

          // Nothing of what the reader may not read appears anywhere in the response.
          const text = JSON.stringify(response);
          markings.forEach((marking, i) => {
            if (mayRead(reader, marking)) return;
            for (const secret of [built.titles[i], built.words[i], built.ips[i]]) {
              check(`no trace of revision ${i + 1} (${secret})`, false, text.includes(secret));
            }
          });
          if (!readable) check('no trace of the id', false, text.includes(bulletin.id));
        }),
      );
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }
});

function isIn(reader: Reader, marking: Marking): boolean {
  return reader.org !== null && marking.originators.includes(reader.org);
}
