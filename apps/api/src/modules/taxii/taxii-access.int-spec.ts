import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorType } from '@bulwark/domain';
import { indicatorStixId, stixId, TLP_MARKING_IDS, WITHDRAWN_PATTERN } from '@bulwark/stix';
import {
  accountToken,
  AMEND_BULLETIN,
  amendBulletin,
  basicAuthorization,
  bulletinMutation,
  CISA_ANALYST,
  CISA_PUBLISHER,
  countRows,
  createApiKey,
  type CreatedApiKey,
  type CreatedBulletin,
  createSignedInUser,
  draftBulletin,
  DEMO,
  FBI_PUBLISHER,
  orgId,
  type IndicatorSpec,
  PUBLISH_BULLETIN,
  publishBulletin,
  retractBulletin,
  startTestApp,
  type TaxiiCredential,
  taxiiGet,
  taxiiGetWithHeaders,
  type TaxiiResponse,
  type TestApp,
  type TierName,
  uniqueBulletinTag,
  uniqueIpv4,
  uniqueWord,
  userId,
  createOfficeWithAdmin,
} from '@bulwark/testing';
import { READABLE_COLLECTION_ID } from './taxii.service';

/**
 * Trying to break the access rules through the real TAXII 2.1 API: every collection, manifest, object and version
 * a caller gets must pass R1–R8 and R12 for that caller; what they may not read must answer exactly like what does
 * not exist (R15); retractions carry no text (R13); and the trail holds the reads and the refusals (R18).
 */

interface StixObject {
  readonly type: string;
  readonly id: string;
  readonly created?: string;
  readonly modified?: string;
  readonly revoked?: boolean;
  readonly description?: string;
  readonly object_marking_refs?: readonly string[];
  readonly [property: string]: unknown;
}
interface ManifestRecord {
  readonly id: string;
  readonly version: string;
}
interface Page<T> {
  readonly more: boolean;
  readonly next?: string;
  readonly objects?: readonly T[];
}
interface Versions {
  readonly more: boolean;
  readonly versions?: readonly string[];
}
interface TaxiiCollection {
  readonly id: string;
  readonly title: string;
  readonly can_read: boolean;
  readonly can_write: boolean;
}

const COLLECTIONS = 'api/collections';
const READABLE = `${COLLECTIONS}/${READABLE_COLLECTION_ID}`;
const TIERS: readonly TierName[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];
const MARKING_OF = TLP_MARKING_IDS as Readonly<Record<TierName, string>>;
const MARICOPA_CLERK = 'clerk@maricopa.az.demo';
const VENDOR = 'contact@vendor.demo';
const EAC_PUBLISHER = 'publisher@eac.demo';
/** A small page, so a collection takes many. */
const PAGE = 4;

const DEACTIVATE_USER = 'mutation($id: ID!) { deactivateUser(input: { id: $id }) { active } }';
const DEACTIVATE_ORGANIZATION = 'mutation($id: ID!) { deactivateOrganization(input: { id: $id }) { active } }';
const VET =
  'mutation($id: ID!, $tier: Tier!) { vetOrganization(input: { id: $id, vettedTier: $tier }) { vettedTier } }';
const UPDATE_USER =
  'mutation($id: ID!, $clearance: Tier!) { updateUser(input: { id: $id, clearance: $clearance }) { id } }';
const REVOKE_KEY = 'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { active } }';
const ROTATE_KEY =
  'mutation($id: ID!) { rotateApiKey(input: { id: $id, expireOldAfterSeconds: 0 }) { secret apiKey { id } } }';
const CREATE_FEED = 'mutation ($input: CreateFeedInput!) { createFeed(input: $input) { id name } }';

/** Headers that differ on every answer whatever it says. */
const PER_ANSWER_HEADERS = new Set(['date', 'x-request-id']);

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const apiKey = (key: CreatedApiKey): TaxiiCredential => ({ apiKey: key.secret });
/** Ids as one `match[id]` value. */
const idList = (ids: readonly string[]) => ids.map(encodeURIComponent).join(',');
const versionOf = (object: StixObject) => object.modified ?? object.created;
const ipv4 = (): IndicatorSpec => ({ type: 'IPV4', value: uniqueIpv4() });
const madeUpCve = () => `CVE-2031-${randomInt(10_000, 99_999)}`;

/** The STIX id of a bulletin's indicator (or a CVE's vulnerability). */
const pieceId = (bulletin: { id: string }, indicator: IndicatorSpec) =>
  indicatorStixId(bulletin.id, indicator.type as IndicatorType, indicator.value);

/** A made-up id of the same STIX type as `id`, shaped as ours are. */
const madeUpLike = (id: string) =>
  id.startsWith('report--') ? `report--${randomUUID()}` : stixId(id.split('--')[0] ?? '', randomUUID());

type Way = 'object' | 'versions' | 'manifest' | 'objects';
const EVERY_WAY: readonly Way[] = ['object', 'versions', 'manifest', 'objects'];

/** The four ways a TAXII client asks for one object by id. */
function directRequests(id: string, collection = READABLE): Record<Way, string> {
  return {
    object: `${collection}/objects/${id}/`,
    versions: `${collection}/objects/${id}/versions/`,
    manifest: `${collection}/manifest/?match[id]=${encodeURIComponent(id)}`,
    objects: `${collection}/objects/?match[id]=${encodeURIComponent(id)}`,
  };
}

/** What a client can tell of an answer: its status, its body but the error's own id, its headers but per-answer ones. */
function observable(response: TaxiiResponse<unknown>) {
  const { error_id: errorId, ...body } = (response.body ?? {}) as Record<string, unknown>;
  if (response.status >= 400) expect(errorId, 'a TAXII error names its error_id').toEqual(expect.any(String));
  return {
    status: response.status,
    body,
    headers: Object.fromEntries([...response.headers].filter(([name]) => !PER_ANSWER_HEADERS.has(name))),
  };
}

/**
 * Asks for `id`, then for a made-up id of its type, each way, as `who`: the answers must not tell them apart (R15).
 * Returns the statuses, by way.
 */
async function expectAnsweredAsMadeUp(
  t: TestApp,
  who: TaxiiCredential,
  id: string,
  collection = READABLE,
): Promise<Partial<Record<Way, number>>> {
  const real = directRequests(id, collection);
  const madeUp = directRequests(madeUpLike(id), collection);
  const statuses: Partial<Record<Way, number>> = {};
  for (const way of EVERY_WAY) {
    const answer = await taxiiGet(t, real[way], who);
    expect(observable(answer), `${way} ${id}`).toEqual(observable(await taxiiGet(t, madeUp[way], who)));
    statuses[way] = answer.status;
  }
  return statuses;
}

/** A request that must succeed; its body. */
async function ok<T>(t: TestApp, path: string, credential: TaxiiCredential): Promise<T> {
  const response = await taxiiGet<T>(t, path, credential);
  expect(response.status, `GET ${path}: ${JSON.stringify(response.body)}`).toBe(200);
  return response.body;
}

/** Every item of a paged resource (objects or manifest), `limit` at a time, following `next` to the end. */
async function everyPage<T>(t: TestApp, path: string, credential: TaxiiCredential, limit: number): Promise<T[]> {
  const items: T[] = [];
  let next: string | undefined;
  for (let pages = 0; pages < 500; pages++) {
    const separator = path.includes('?') ? '&' : '?';
    const cursor = next ? `&next=${encodeURIComponent(next)}` : '';
    const page = await ok<Page<T>>(t, `${path}${separator}limit=${limit}${cursor}`, credential);
    expect(page.objects?.length ?? 0).toBeLessThanOrEqual(limit);
    items.push(...(page.objects ?? []));
    if (!page.more) return items;
    expect(page.next, 'a page with more after it names where to go on').toEqual(expect.any(String));
    next = page.next;
  }
  throw new Error(`${path}: more than 500 pages`);
}

/** The objects a collection holds for these ids, every version of them. */
async function allVersionsOf(
  t: TestApp,
  ids: readonly string[],
  credential: TaxiiCredential,
  collection = READABLE,
): Promise<StixObject[]> {
  return everyPage<StixObject>(
    t,
    `${collection}/objects/?match[id]=${idList(ids)}&match[version]=all`,
    credential,
    100,
  );
}

/** A 401 as TAXII clients expect one: a TAXII error with a challenge, never a redirect or a page. */
function expectUnauthenticated(response: TaxiiResponse<unknown>, what: string): void {
  expect(response.status, what).toBe(401);
  expect(response.headers.get('content-type'), what).toBe('application/taxii+json;version=2.1');
  expect(response.headers.get('www-authenticate'), what).toMatch(/^Basic realm=/);
  expect(response.headers.get('location'), what).toBeNull();
  expect(response.body, what).toMatchObject({ title: expect.any(String), http_status: '401' });
}

/** Audit records of TAXII reads of one bulletin (R18). */
const taxiiReadsOf = (t: TestApp, bulletinId: string) =>
  countRows(
    t,
    `SELECT count(*) FROM audit_events
      WHERE action = 'BULLETIN_READ' AND target_id = $1 AND details->>'via' = 'TAXII'`,
    [bulletinId],
  );

/** Audit records of refused TAXII attempts, on one bulletin or on any. */
const taxiiDenials = (t: TestApp, bulletinId?: string) =>
  countRows(
    t,
    `SELECT count(*) FROM audit_events
      WHERE action = 'ACCESS_DENIED' AND outcome = 'DENIED' AND details->>'via' = 'TAXII'
        AND ($1::text IS NULL OR target_id::text = $1)`,
    [bulletinId ?? null],
  );

// ---------------------------------------------------------------------------------------------------------------

describe('TAXII 2.1: who may read what (R1–R8, R12, R13, R15, R18)', () => {
  let t: TestApp;
  let platformAdmin: string;
  /** Keys of Georgia's office, at two clearances (R6: a key carries its own). */
  let greenKey: CreatedApiKey;
  let amberKey: CreatedApiKey;

  const asUser = (email: string) => async (): Promise<TaxiiCredential> => ({ bearer: await accountToken(t, email) });
  const asKey = (which: () => CreatedApiKey) => (): Promise<TaxiiCredential> => Promise.resolve(apiKey(which()));

  /** Who reads GREEN and nothing above it (to Georgia's AMBER, AMBER_STRICT and RED bulletins, an outsider). */
  const GREEN_READERS = [
    { reader: "Georgia's GREEN key", credential: asKey(() => greenKey) },
    { reader: 'a county clerk of another state', credential: asUser(MARICOPA_CLERK) },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    platformAdmin = await accountToken(t, DEMO.platformAdmin);
    const gaAdmin = await accountToken(t, DEMO.gaAdmin);
    greenKey = await createApiKey(t, gaAdmin, { clearance: 'GREEN' });
    amberKey = await createApiKey(t, gaAdmin, { clearance: 'AMBER' });
  });
  afterAll(() => t.close());

  describe('R1–R6 and R9: a collection holds what its reader may read, and nothing more', () => {
    const byTier = {} as Record<TierName, CreatedBulletin>;
    beforeAll(async () => {
      const audience: Record<TierName, { recipientOrganizations?: string[]; recipientUsers?: string[] }> = {
        CLEAR: {},
        GREEN: {},
        AMBER: { recipientOrganizations: ['GA-SOS'] },
        AMBER_STRICT: { recipientOrganizations: ['GA-SOS'] },
        RED: { recipientUsers: [FBI_PUBLISHER] },
      };
      for (const tier of TIERS)
        byTier[tier] = await publishBulletin(t, { tier, indicators: [ipv4()], ...audience[tier] });
    });

    const ALL = TIERS;
    it.each([
      { reader: 'a vendor vetted GREEN (R2)', credential: asUser(VENDOR), reads: ['CLEAR', 'GREEN'] },
      { reader: 'the platform administrator (R9)', credential: asUser(DEMO.platformAdmin), reads: ['CLEAR', 'GREEN'] },
      { reader: "Georgia's GREEN key (R6)", credential: asKey(() => greenKey), reads: ['CLEAR', 'GREEN'] },
      { reader: "Georgia's AMBER key (R6)", credential: asKey(() => amberKey), reads: ['CLEAR', 'GREEN', 'AMBER'] },
      {
        reader: "Georgia's administrator, cleared AMBER (R6)",
        credential: asUser(DEMO.gaAdmin),
        reads: ALL.slice(0, 3),
      },
      { reader: "Georgia's official (R3, R4)", credential: asUser(DEMO.gaOfficial), reads: ALL.slice(0, 4) },
      {
        reader: "Fulton County, Georgia's child (R3, not R4)",
        credential: asUser(DEMO.fultonClerk),
        reads: ALL.slice(0, 3),
      },
      { reader: 'a county of another state (R3)', credential: asUser(MARICOPA_CLERK), reads: ['CLEAR', 'GREEN'] },
      { reader: "another state's official (R4)", credential: asUser(DEMO.paOfficial), reads: ['CLEAR', 'GREEN'] },
      { reader: 'a federal agency not named (R3–R5)', credential: asUser(EAC_PUBLISHER), reads: ['CLEAR', 'GREEN'] },
      { reader: 'the named RED recipient (R5)', credential: asUser(FBI_PUBLISHER), reads: ['CLEAR', 'GREEN', 'RED'] },
      { reader: 'the author, of the originator (R3–R5)', credential: asUser(CISA_ANALYST), reads: ALL },
      { reader: 'the approver (R5)', credential: asUser(CISA_PUBLISHER), reads: ALL },
    ])('gives $reader the reports of $reads', async ({ credential, reads }) => {
      const ids = TIERS.map((tier) => `report--${byTier[tier].id}`);
      const who = await credential();
      const objects = await ok<Page<StixObject>>(t, `${READABLE}/objects/?match[id]=${idList(ids)}`, who);
      const manifest = await ok<Page<ManifestRecord>>(t, `${READABLE}/manifest/?match[id]=${idList(ids)}`, who);
      const tierOf = (id: string) => TIERS.find((tier) => `report--${byTier[tier].id}` === id);
      expect((objects.objects ?? []).map((object) => tierOf(object.id))).toEqual(reads);
      expect((manifest.objects ?? []).map((record) => tierOf(record.id))).toEqual(reads);
      for (const object of objects.objects ?? [])
        expect(object.object_marking_refs).toEqual([MARKING_OF[tierOf(object.id) as TierName]]);
    });

    it('gives a GREEN-cleared key no object above GREEN, and a manifest listing exactly its objects', async () => {
      // Revisions that cross GREEN both ways, and a withdrawn AMBER bulletin, so the whole collection has traps.
      const down = await publishBulletin(t, {
        tier: 'AMBER',
        recipientOrganizations: ['GA-SOS'],
        indicators: [ipv4()],
      });
      await amendBulletin(t, down.id, down.revision, { tier: 'GREEN', recipientOrganizations: [] });
      const up = await publishBulletin(t, { tier: 'GREEN', indicators: [ipv4(), ipv4()] });
      await amendBulletin(t, up.id, up.revision, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
      const withdrawn = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
      await retractBulletin(t, withdrawn.id, 'Withdrawn for the test.');
      // Enough GREEN objects for many pages, one of them from a joint bulletin (R14: two originators' identities).
      await publishBulletin(t, { tier: 'GREEN', originators: ['CISA', 'FBI'], indicators: [ipv4(), ipv4(), ipv4()] });
      for (const tier of ['CLEAR', 'GREEN'] as const) await publishBulletin(t, { tier, indicators: [ipv4(), ipv4()] });

      const green = apiKey(greenKey);
      const allowed = [MARKING_OF.CLEAR, MARKING_OF.GREEN];
      const hidden = [...TIERS.slice(2).map((tier) => byTier[tier]), up, withdrawn].map((b) => `report--${b.id}`);
      for (const versions of ['last', 'all']) {
        const objects = await everyPage<StixObject>(t, `${READABLE}/objects/?match[version]=${versions}`, green, PAGE);
        const manifest = await everyPage<ManifestRecord>(
          t,
          `${READABLE}/manifest/?match[version]=${versions}`,
          green,
          PAGE,
        );
        expect(objects.length, 'several pages').toBeGreaterThan(3 * PAGE);
        const ids = objects.map((object) => object.id);
        expect(ids).toEqual(expect.arrayContaining([`report--${byTier.GREEN.id}`, `report--${down.id}`]));
        expect(ids.filter((id) => hidden.includes(id))).toEqual([]);
        // R12: the bulletin sanitised down to GREEN has its GREEN version only.
        expect(ids.filter((id) => id === `report--${down.id}`)).toHaveLength(1);

        const markingsUsed = new Set(objects.flatMap((object) => object.object_marking_refs ?? []));
        expect([...markingsUsed].filter((marking) => !allowed.includes(marking))).toEqual([]);
        const unmarked = objects.filter(
          (object) =>
            ['report', 'indicator', 'vulnerability'].includes(object.type) && object.object_marking_refs?.length !== 1,
        );
        expect(unmarked.map((object) => object.id)).toEqual([]);
        const definitions = objects.filter((object) => object.type === 'marking-definition').map((object) => object.id);
        expect(definitions.sort()).toEqual([...allowed].sort());

        // The manifest and the objects are one list: the same ids and versions, in the same order, as many.
        expect(manifest.map((record) => `${record.id} ${record.version}`)).toEqual(
          objects.map((object) => `${object.id} ${versionOf(object)}`),
        );
      }
    });

    it("lowers what a key reads the moment its organization's vetting is lowered (R6)", async () => {
      const { office, admin } = await createOfficeWithAdmin(t, platformAdmin);
      const key = apiKey(await createApiKey(t, admin.accessToken, { clearance: 'AMBER' }));
      const amber = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: [office.shortName] });
      const report = directRequests(`report--${amber.id}`).object;
      expect((await taxiiGet(t, report, key)).status).toBe(200);

      await t.gql.data(VET, { id: office.id, tier: 'GREEN' }, { token: platformAdmin });
      await expectAnsweredAsMadeUp(t, key, `report--${amber.id}`);
      const definitions = await ok<Page<StixObject>>(t, `${READABLE}/objects/?match[type]=marking-definition`, key);
      expect((definitions.objects ?? []).map((object) => object.id).sort()).toEqual(
        [MARKING_OF.CLEAR, MARKING_OF.GREEN].sort(),
      );
    });

    it('lowers what a user reads the moment their clearance is lowered, with the same access token (R6)', async () => {
      const gaAdmin = await accountToken(t, DEMO.gaAdmin);
      const user = await createSignedInUser(t, gaAdmin, { clearance: 'AMBER' });
      const amber = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
      const report = directRequests(`report--${amber.id}`).object;
      expect((await taxiiGet(t, report, { bearer: user.accessToken })).status).toBe(200);

      await t.gql.data(UPDATE_USER, { id: user.id, clearance: 'GREEN' }, { token: gaAdmin });
      await expectAnsweredAsMadeUp(t, { bearer: user.accessToken }, `report--${amber.id}`);
    });
  });

  describe('R15: an object the caller may not read answers exactly like one that does not exist', () => {
    let amber: CreatedBulletin;
    /** The AMBER bulletin's report, indicator and vulnerability. */
    let hiddenIds: string[];
    beforeAll(async () => {
      const indicators = [ipv4(), { type: 'CVE', value: madeUpCve() }];
      amber = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'], indicators });
      hiddenIds = [`report--${amber.id}`, ...indicators.map((indicator) => pieceId(amber, indicator))];
    });

    it.each(GREEN_READERS)(
      'answers $reader about an AMBER object as about a made-up id, every way',
      async ({ credential }) => {
        const who = await credential();
        for (const id of hiddenIds) {
          // Not found by id; an empty page by match[id].
          expect(await expectAnsweredAsMadeUp(t, who, id)).toEqual({
            object: 404,
            versions: 404,
            manifest: 200,
            objects: 200,
          });
        }
      },
    );

    it.each([
      { reader: "Georgia's official (recipient)", credential: asUser(DEMO.gaOfficial) },
      { reader: 'Fulton County (a descendant, R3)', credential: asUser(DEMO.fultonClerk) },
      { reader: "Georgia's AMBER key", credential: asKey(() => amberKey) },
    ])('serves the same objects, every way, to $reader', async ({ credential }) => {
      const who = await credential();
      for (const id of hiddenIds) {
        const ways = directRequests(id);
        expect((await ok<Page<StixObject>>(t, ways.object, who)).objects?.map((object) => object.id)).toEqual([id]);
        expect((await ok<Versions>(t, ways.versions, who)).versions).toHaveLength(1);
        expect((await ok<Page<ManifestRecord>>(t, ways.manifest, who)).objects?.map((record) => record.id)).toEqual([
          id,
        ]);
        expect((await ok<Page<StixObject>>(t, ways.objects, who)).objects?.map((object) => object.id)).toEqual([id]);
      }
    });

    it('puts every denied attempt by id on the trail, with who made it, and nothing for a made-up id', async () => {
      const clerk = await asUser(MARICOPA_CLERK)();
      const green = apiKey(greenKey);
      const [report, indicator] = hiddenIds as [string, string];

      const beforeMadeUp = await taxiiDenials(t);
      for (const who of [clerk, green]) {
        for (const way of ['object', 'versions'] as const)
          await taxiiGet(t, directRequests(madeUpLike(report))[way], who);
      }
      expect(await taxiiDenials(t)).toBe(beforeMadeUp);

      const before = await taxiiDenials(t, amber.id);
      await taxiiGet(t, directRequests(report).object, clerk);
      await taxiiGet(t, directRequests(indicator).versions, green);
      expect(await taxiiDenials(t, amber.id)).toBe(before + 2);
      const latest: { actor_user_id: string | null; actor_api_key_id: string | null; details: unknown }[] =
        await t.dataSource.query(
          `SELECT actor_user_id, actor_api_key_id, details FROM audit_events
            WHERE action = 'ACCESS_DENIED' AND target_id = $1 ORDER BY position DESC LIMIT 2`,
          [amber.id],
        );
      expect(latest).toEqual([
        { actor_user_id: null, actor_api_key_id: greenKey.id, details: { attempted: 'BULLETIN_READ', via: 'TAXII' } },
        {
          actor_user_id: await userId(t, MARICOPA_CLERK),
          actor_api_key_id: null,
          details: { attempted: 'BULLETIN_READ', via: 'TAXII' },
        },
      ]);
    });

    it('puts a denied attempt by match[id] on the trail as well, as R15 asks of every one', async () => {
      const clerk = await asUser(MARICOPA_CLERK)();
      for (const way of ['manifest', 'objects'] as const) {
        const before = await taxiiDenials(t, amber.id);
        await taxiiGet(t, directRequests(hiddenIds[0])[way], clerk);
        expect(await taxiiDenials(t, amber.id), way).toBe(before + 1);
      }
    });

    it("keeps drafts and bulletins in review out of every collection, even their author's (R11)", async () => {
      for (const stage of ['DRAFT', 'IN_REVIEW'] as const) {
        const indicator = ipv4();
        const unreleased = await draftBulletin(t, { tier: 'GREEN', stage, indicators: [indicator] });
        for (const id of [`report--${unreleased.id}`, pieceId(unreleased, indicator)]) {
          for (const email of [CISA_ANALYST, CISA_PUBLISHER])
            await expectAnsweredAsMadeUp(t, await asUser(email)(), id);
        }
      }
    });

    it('answers a GREEN key about a marking definition above its clearance as about a made-up one', async () => {
      const green = apiKey(greenKey);
      for (const tier of ['AMBER', 'AMBER_STRICT', 'RED'] as const)
        await expectAnsweredAsMadeUp(t, green, MARKING_OF[tier]);
    });
  });

  describe('R12: each revision is read under its own audience', () => {
    it('shows a RED original sanitised to GREEN only as its GREEN version to GREEN readers; both to the named recipient', async () => {
      const secret = uniqueWord();
      const dropped = ipv4();
      const kept = ipv4();
      const red = await publishBulletin(t, {
        tier: 'RED',
        recipientUsers: [FBI_PUBLISHER],
        body: `The source is ${secret}.`,
        indicators: [dropped, kept],
      });
      await amendBulletin(t, red.id, red.revision, {
        tier: 'GREEN',
        recipientUsers: [],
        body: 'Sanitised for every member.',
        indicators: [kept],
      });
      const report = `report--${red.id}`;
      const ids = [report, pieceId(red, dropped), pieceId(red, kept)];

      const recipient = await asUser(FBI_PUBLISHER)();
      const full = await ok<Versions>(t, directRequests(report).versions, recipient);
      expect(full.versions).toHaveLength(2);
      const [redVersion, greenVersion] = full.versions as [string, string];
      const recipientObjects = await allVersionsOf(t, ids, recipient);
      expect(recipientObjects.filter((object) => object.id === report).map((object) => object.description)).toEqual([
        expect.stringContaining(secret),
        expect.stringContaining('Sanitised'),
      ]);
      expect(recipientObjects.map((object) => object.id)).toContain(pieceId(red, dropped));

      for (const { reader, credential } of GREEN_READERS) {
        const who = await credential();
        expect((await ok<Versions>(t, directRequests(report).versions, who)).versions, reader).toEqual([greenVersion]);
        const objects = await allVersionsOf(t, ids, who);
        expect(objects.map((object) => `${object.id} ${versionOf(object)}`).sort(), reader).toEqual(
          [`${report} ${greenVersion}`, `${pieceId(red, kept)} ${greenVersion}`].sort(),
        );
        expect(JSON.stringify(objects), reader).not.toContain(secret);
        expect(JSON.stringify(objects), reader).not.toContain(dropped.value);
        const first = await ok<Page<StixObject>>(t, `${directRequests(report).object}?match[version]=first`, who);
        expect(first.objects?.map(versionOf), reader).toEqual([greenVersion]);

        // The RED version named by its timestamp, and the dropped indicator, are as unknown as made-up ones.
        const madeUpTime = new Date(Date.parse(redVersion) - 1).toISOString();
        expect(
          observable(await taxiiGet(t, `${directRequests(report).object}?match[version]=${redVersion}`, who)),
        ).toEqual(observable(await taxiiGet(t, `${directRequests(report).object}?match[version]=${madeUpTime}`, who)));
        await expectAnsweredAsMadeUp(t, who, pieceId(red, dropped));
      }
    });

    it('shows an AMBER bulletin re-addressed from Georgia to Pennsylvania to each office under its own revision', async () => {
      const secret = uniqueWord();
      const amber = await publishBulletin(t, {
        tier: 'AMBER',
        recipientOrganizations: ['GA-SOS'],
        body: `For Georgia: ${secret}.`,
      });
      await amendBulletin(t, amber.id, amber.revision, {
        recipientOrganizations: ['PA-SOS'],
        body: 'For Pennsylvania.',
      });
      const report = `report--${amber.id}`;

      // Georgia passes the first revision but not the current one: nothing (R12).
      await expectAnsweredAsMadeUp(t, await asUser(DEMO.gaOfficial)(), report);
      // Pennsylvania passes the current one only: its version, without Georgia's text.
      const pennsylvania = await asUser(DEMO.paOfficial)();
      const seen = await allVersionsOf(t, [report], pennsylvania);
      expect(seen.map((object) => object.description)).toEqual([expect.stringContaining('For Pennsylvania.')]);
      expect(JSON.stringify(seen)).not.toContain(secret);
      // The author's office passes both.
      expect(await allVersionsOf(t, [report], await asUser(CISA_ANALYST)())).toHaveLength(2);
    });

    it('serves no pending AMBER_STRICT amendment before its release, and then narrows the audience (R10–R12)', async () => {
      const secret = uniqueWord();
      const added = ipv4();
      const amber = await publishBulletin(t, {
        tier: 'AMBER',
        originators: ['CISA', 'FBI'],
        recipientOrganizations: ['GA-SOS'],
        indicators: [ipv4()],
      });
      await bulletinMutation(t, FBI_PUBLISHER, AMEND_BULLETIN, {
        id: amber.id,
        expectedRevision: amber.revision,
        tier: 'AMBER_STRICT',
        body: `Georgia only: ${secret}.`,
        indicators: [added],
        changeNote: 'Narrowed.',
      });
      const report = `report--${amber.id}`;
      const ids = [report, pieceId(amber, added)];
      const georgia = await asUser(DEMO.gaOfficial)();
      const fulton = await asUser(DEMO.fultonClerk)();

      // Awaiting a second publisher: the published AMBER revision is all anyone gets.
      for (const who of [georgia, fulton, await asUser(FBI_PUBLISHER)()]) {
        const seen = await allVersionsOf(t, ids, who);
        expect(seen.map((object) => object.id)).toEqual([report]);
        expect(JSON.stringify(seen)).not.toContain(secret);
        await expectAnsweredAsMadeUp(t, who, pieceId(amber, added));
      }

      await bulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, { id: amber.id });
      // Released: Georgia reads both revisions; Fulton, a descendant, passes the AMBER one but not the current (R4).
      expect((await ok<Versions>(t, directRequests(report).versions, georgia)).versions).toHaveLength(2);
      expect(await allVersionsOf(t, ids, fulton)).toEqual([]);
    });

    it('hides every version of a GREEN bulletin amended up to AMBER from those outside the new audience', async () => {
      const indicator = ipv4();
      const green = await publishBulletin(t, { tier: 'GREEN', indicators: [indicator] });
      await amendBulletin(t, green.id, green.revision, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
      const ids = [`report--${green.id}`, pieceId(green, indicator)];

      const official = await asUser(DEMO.gaOfficial)();
      expect((await ok<Versions>(t, directRequests(ids[0]).versions, official)).versions).toHaveLength(2);
      for (const { reader, credential } of GREEN_READERS) {
        const who = await credential();
        expect(await allVersionsOf(t, ids, who), reader).toEqual([]);
        for (const id of ids) await expectAnsweredAsMadeUp(t, who, id);
      }
    });
  });

  describe('R13: a retracted bulletin is served as revoked versions, without its text', () => {
    /** A bulletin with text and one indicator of each kind that carries a value, and its objects' ids. */
    async function withText(tier: TierName, recipientOrganizations?: string[]) {
      const word = uniqueWord();
      const indicators: IndicatorSpec[] = [
        ipv4(),
        { type: 'DOMAIN', value: `${uniqueWord()}.example` },
        { type: 'CVE', value: madeUpCve() },
      ];
      const tag = uniqueBulletinTag('withdrawn');
      const bulletin = await publishBulletin(t, {
        tier,
        title: 'A bulletin to withdraw',
        summary: `Summary ${word}`,
        body: `Body ${word}`,
        tags: [tag],
        indicators,
        ...(recipientOrganizations && { recipientOrganizations }),
      });
      const ids = [`report--${bulletin.id}`, ...indicators.map((indicator) => pieceId(bulletin, indicator))];
      const secrets = [word, tag, ...indicators.map((indicator) => indicator.value)];
      return { bulletin, ids, secrets };
    }

    it('serves only revoked versions with no text, even for match[version]=all, first or the old timestamp', async () => {
      const { bulletin, ids, secrets } = await withText('GREEN');
      const reader = apiKey(greenKey);
      const before = await allVersionsOf(t, ids, reader);
      expect(before).toHaveLength(4);
      const oldVersion = versionOf(before[0]) as string;
      await retractBulletin(t, bulletin.id, 'Published by mistake.');

      const after = await allVersionsOf(t, ids, reader);
      expect(after.map((object) => object.id).sort()).toEqual([...ids].sort());
      const text = JSON.stringify(after);
      for (const secret of secrets) expect(text).not.toContain(secret);
      for (const object of after) {
        expect(object.revoked, object.id).toBe(true);
        expect(versionOf(object), object.id).not.toBe(oldVersion);
      }
      const byType = (type: string) => after.filter((object) => object.type === type);
      expect(byType('report')[0]).not.toHaveProperty('description');
      expect(byType('report')[0]).not.toHaveProperty('labels');
      // R13: the reference number stays.
      expect(byType('report')[0]?.['external_references']).toEqual([
        { source_name: 'bulwark', external_id: bulletin.reference },
      ]);
      expect(byType('indicator').map((object) => object['pattern'])).toEqual([WITHDRAWN_PATTERN, WITHDRAWN_PATTERN]);
      expect(byType('vulnerability')[0]).not.toHaveProperty('external_references');

      const report = directRequests(ids[0]);
      const [revokedVersion] = (await ok<Versions>(t, report.versions, reader)).versions ?? [];
      expect((await ok<Versions>(t, report.versions, reader)).versions).toEqual([revokedVersion]);
      const first = await ok<Page<StixObject>>(t, `${report.object}?match[version]=first`, reader);
      expect(first.objects?.map((object) => [versionOf(object), object.revoked])).toEqual([[revokedVersion, true]]);
      const manifest = await ok<Page<ManifestRecord>>(t, `${report.manifest}&match[version]=all`, reader);
      expect(manifest.objects?.map((record) => record.version)).toEqual([revokedVersion]);

      const madeUpTime = new Date(Date.parse(oldVersion) - 1).toISOString();
      expect(observable(await taxiiGet(t, `${report.object}?match[version]=${oldVersion}`, reader))).toEqual(
        observable(await taxiiGet(t, `${report.object}?match[version]=${madeUpTime}`, reader)),
      );
    });

    it('serves the retraction of an AMBER bulletin to its audience only', async () => {
      const { bulletin, ids, secrets } = await withText('AMBER', ['GA-SOS']);
      await retractBulletin(t, bulletin.id, 'Superseded.');

      const recipient = await allVersionsOf(t, ids, apiKey(amberKey));
      expect(recipient.map((object) => object.revoked)).toEqual([true, true, true, true]);
      for (const secret of secrets) expect(JSON.stringify(recipient)).not.toContain(secret);
      for (const { reader, credential } of GREEN_READERS) {
        const who = await credential();
        expect(await allVersionsOf(t, ids, who), reader).toEqual([]);
        for (const id of ids) await expectAnsweredAsMadeUp(t, who, id);
      }
    });
  });

  describe('R8: a credential that no longer stands reads nothing', () => {
    /** Every kind of TAXII resource, for a credential that must be refused everywhere. */
    const everyRoute = (id: string) => [
      '',
      'api/',
      `${COLLECTIONS}/`,
      `${READABLE}/`,
      `${READABLE}/manifest/`,
      ...Object.values(directRequests(id)),
    ];
    let green: CreatedBulletin;
    beforeAll(async () => {
      green = await publishBulletin(t, { tier: 'GREEN' });
    });

    async function expectRefusedEverywhere(credentials: TaxiiCredential[], what: string): Promise<void> {
      for (const credential of credentials) {
        for (const route of everyRoute(`report--${green.id}`)) {
          expectUnauthenticated(
            await taxiiGet(t, route, credential),
            `${what} ${Object.keys(credential)[0]}: /taxii2/${route}`,
          );
        }
      }
    }
    const everyForm = (secret: string): TaxiiCredential[] => [
      { basic: secret },
      { apiKey: secret },
      { bearer: secret },
    ];

    it('refuses a revoked key, sent any way, on every route: 401 with a challenge', async () => {
      const key = await createApiKey(t, await accountToken(t, DEMO.gaAdmin));
      expect((await taxiiGet(t, directRequests(`report--${green.id}`).object, apiKey(key))).status).toBe(200);
      await t.gql.data(REVOKE_KEY, { id: key.id }, { token: await accountToken(t, DEMO.gaAdmin) });
      await expectRefusedEverywhere(everyForm(key.secret), 'revoked key');
    });

    it("refuses an expired key and a rotated key's old secret", async () => {
      const gaAdmin = await accountToken(t, DEMO.gaAdmin);
      const expiring = await createApiKey(t, gaAdmin);
      await t.dataSource.query("UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1", [
        expiring.id,
      ]);
      await expectRefusedEverywhere([apiKey(expiring)], 'expired key');

      const rotated = await createApiKey(t, gaAdmin);
      const { rotateApiKey } = await t.gql.data<{ rotateApiKey: { secret: string } }>(
        ROTATE_KEY,
        { id: rotated.id },
        { token: gaAdmin },
      );
      await expectRefusedEverywhere([apiKey(rotated)], 'rotated key');
      expect((await taxiiGet(t, `${COLLECTIONS}/`, { apiKey: rotateApiKey.secret })).status).toBe(200);
    });

    it("refuses a deactivated user's access token that has not expired", async () => {
      const gaAdmin = await accountToken(t, DEMO.gaAdmin);
      const user = await createSignedInUser(t, gaAdmin, { clearance: 'AMBER' });
      expect((await taxiiGet(t, `${COLLECTIONS}/`, { bearer: user.accessToken })).status).toBe(200);
      await t.gql.data(DEACTIVATE_USER, { id: user.id }, { token: gaAdmin });
      await expectRefusedEverywhere([{ bearer: user.accessToken }], 'deactivated user');
    });

    it("refuses a deactivated organization's keys and its members' tokens", async () => {
      const { office, admin } = await createOfficeWithAdmin(t, platformAdmin);
      const key = await createApiKey(t, admin.accessToken, { clearance: 'AMBER' });
      expect((await taxiiGet(t, `${COLLECTIONS}/`, apiKey(key))).status).toBe(200);
      await t.gql.data(DEACTIVATE_ORGANIZATION, { id: office.id }, { token: platformAdmin });
      await expectRefusedEverywhere(
        [...everyForm(key.secret), { bearer: admin.accessToken }],
        'deactivated organization',
      );
    });

    it('refuses a request without a credential: 401, never a redirect', async () => {
      await expectRefusedEverywhere([{ none: true }], 'anonymous');
    });
  });

  describe("saved feeds: a user's own collections", () => {
    const tag = uniqueBulletinTag('feed');
    let feed: { id: string; name: string };
    let matching: CreatedBulletin[];
    let notMatching: CreatedBulletin;
    let unreadable: CreatedBulletin;
    beforeAll(async () => {
      matching = [
        await publishBulletin(t, { tier: 'GREEN', tags: [tag], indicators: [ipv4()] }),
        await publishBulletin(t, { tier: 'AMBER', tags: [tag], recipientOrganizations: ['GA-SOS'] }),
      ];
      notMatching = await publishBulletin(t, { tier: 'GREEN' });
      unreadable = await publishBulletin(t, { tier: 'AMBER', tags: [tag], recipientOrganizations: ['PA-SOS'] });
      const { createFeed } = await t.gql.data<{ createFeed: { id: string; name: string } }>(
        CREATE_FEED,
        { input: { name: `Georgia ${tag}`, filter: { tags: [tag] } } },
        { token: await accountToken(t, DEMO.gaOfficial) },
      );
      feed = createFeed;
    });
    const feedCollection = () => `${COLLECTIONS}/${feed.id}`;

    it('lists the feed by name, and answers its collection resource as listed', async () => {
      const owner = await asUser(DEMO.gaOfficial)();
      const { collections } = await ok<{ collections: TaxiiCollection[] }>(t, `${COLLECTIONS}/`, owner);
      expect(collections.map((collection) => collection.id)).toEqual([READABLE_COLLECTION_ID, feed.id]);
      const listed = collections[1];
      expect(listed).toMatchObject({ title: expect.stringContaining(feed.name), can_read: true, can_write: false });
      expect(await ok<TaxiiCollection>(t, `${feedCollection()}/`, owner)).toEqual(listed);
    });

    it('holds only what the feed matches and its owner may read', async () => {
      const owner = await asUser(DEMO.gaOfficial)();
      const objects = await everyPage<StixObject>(t, `${feedCollection()}/objects/?match[version]=all`, owner, PAGE);
      const reports = objects.filter((object) => object.type === 'report').map((object) => object.id);
      expect(reports.sort()).toEqual(matching.map((bulletin) => `report--${bulletin.id}`).sort());
      const manifest = await everyPage<ManifestRecord>(
        t,
        `${feedCollection()}/manifest/?match[version]=all`,
        owner,
        PAGE,
      );
      expect(manifest.map((record) => `${record.id} ${record.version}`)).toEqual(
        objects.map((object) => `${object.id} ${versionOf(object)}`),
      );

      // What the owner reads but the feed does not match is as unknown to the feed's collection as a made-up id.
      await expectAnsweredAsMadeUp(t, owner, `report--${notMatching.id}`, feedCollection());
      expect(reports).not.toContain(`report--${unreadable.id}`);
    });

    it.each([
      { reader: "another state's official", credential: asUser(DEMO.paOfficial) },
      { reader: 'a colleague in the same office', credential: asUser(DEMO.gaAdmin) },
      { reader: "an API key of the owner's office", credential: asKey(() => amberKey) },
    ])("answers $reader about the feed's collection exactly as about a made-up one", async ({ credential }) => {
      const who = await credential();
      const madeUp = `${COLLECTIONS}/${randomUUID()}`;
      for (const resource of ['/', '/objects/', '/manifest/', `/objects/report--${matching[0]?.id}/`]) {
        const answer = await taxiiGet(t, `${feedCollection()}${resource}`, who);
        expect(answer.status, resource).toBe(404);
        expect(observable(answer), resource).toEqual(observable(await taxiiGet(t, `${madeUp}${resource}`, who)));
      }
      const { collections } = await ok<{ collections: TaxiiCollection[] }>(t, `${COLLECTIONS}/`, who);
      expect(collections.map((collection) => collection.id)).not.toContain(feed.id);
    });

    it('gives an API key the readable collection only', async () => {
      const { collections } = await ok<{ collections: TaxiiCollection[] }>(t, `${COLLECTIONS}/`, apiKey(greenKey));
      expect(collections.map((collection) => collection.id)).toEqual([READABLE_COLLECTION_ID]);
    });
  });

  describe('R18: reads of AMBER_STRICT and RED objects are on the trail', () => {
    it('writes one BULLETIN_READ, via TAXII, per page holding an AMBER_STRICT bulletin’s objects', async () => {
      const indicators = [ipv4(), ipv4()];
      const strict = await publishBulletin(t, { tier: 'AMBER_STRICT', recipientOrganizations: ['GA-SOS'], indicators });
      const ids = [`report--${strict.id}`, ...indicators.map((indicator) => pieceId(strict, indicator))];
      const official = await asUser(DEMO.gaOfficial)();

      const before = await taxiiReadsOf(t, strict.id);
      const page = await ok<Page<StixObject>>(t, `${READABLE}/objects/?match[id]=${idList(ids)}`, official);
      expect(page.objects).toHaveLength(3);
      expect(await taxiiReadsOf(t, strict.id)).toBe(before + 1);
      await ok(t, directRequests(ids[1]).object, official);
      expect(await taxiiReadsOf(t, strict.id)).toBe(before + 2);

      const [record] = await t.dataSource.query<{ actor_user_id: string; details: unknown }[]>(
        `SELECT actor_user_id, details FROM audit_events
          WHERE action = 'BULLETIN_READ' AND target_id = $1 ORDER BY position DESC LIMIT 1`,
        [strict.id],
      );
      expect(record).toEqual({
        actor_user_id: await userId(t, DEMO.gaOfficial),
        details: { via: 'TAXII', collection: READABLE_COLLECTION_ID },
      });
    });

    it('writes one for the RED version its named recipient reads after it was sanitised to GREEN', async () => {
      const red = await publishBulletin(t, { tier: 'RED', recipientUsers: [FBI_PUBLISHER] });
      await amendBulletin(t, red.id, red.revision, { tier: 'GREEN', recipientUsers: [] });
      const report = directRequests(`report--${red.id}`).object;
      const recipient = await asUser(FBI_PUBLISHER)();

      const before = await taxiiReadsOf(t, red.id);
      await ok(t, report, recipient); // the GREEN version
      expect(await taxiiReadsOf(t, red.id)).toBe(before);
      await ok(t, `${report}?match[version]=first`, recipient); // the RED one
      expect(await taxiiReadsOf(t, red.id)).toBe(before + 1);
    });

    it("writes none for an originator's identity alone, whichever release it last came with", async () => {
      const strict = await publishBulletin(t, { tier: 'AMBER_STRICT', recipientOrganizations: ['GA-SOS'] });
      const identity = `identity--${await orgId(t, 'CISA')}`;
      const before = await taxiiReadsOf(t, strict.id);
      const page = await ok<Page<StixObject>>(t, directRequests(identity).object, await asUser(DEMO.gaOfficial)());
      expect(page.objects?.map((object) => [object.type, object.object_marking_refs])).toEqual([
        ['identity', undefined],
      ]);
      expect(await taxiiReadsOf(t, strict.id)).toBe(before);
    });

    it('writes none for CLEAR and GREEN bulletins', async () => {
      for (const tier of ['CLEAR', 'GREEN'] as const) {
        const bulletin = await publishBulletin(t, { tier, indicators: [ipv4()] });
        const report = `report--${bulletin.id}`;
        await ok(t, directRequests(report).object, await asUser(DEMO.gaOfficial)());
        await ok(t, `${READABLE}/objects/?match[id]=${report}`, apiKey(greenKey));
        expect(await taxiiReadsOf(t, bulletin.id), tier).toBe(0);
      }
    });
  });

  describe('credentials: the ways TAXII clients send them, and nothing else', () => {
    let amber: CreatedBulletin;
    beforeAll(async () => {
      amber = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
    });

    it.each([
      { form: 'an API key as the Basic password', credential: () => ({ basic: amberKey.secret }) },
      { form: 'an API key in X-Api-Key', credential: () => ({ apiKey: amberKey.secret }) },
      { form: 'an API key as a Bearer token', credential: () => ({ bearer: amberKey.secret }) },
      {
        form: 'an access token as a Bearer token',
        credential: async () => ({ bearer: await accountToken(t, DEMO.gaOfficial) }),
      },
    ])('reads as its holder with $form', async ({ credential }) => {
      const body = await ok<Page<StixObject>>(t, directRequests(`report--${amber.id}`).object, await credential());
      expect(body.objects?.map((object) => object.id)).toEqual([`report--${amber.id}`]);
    });

    it('refuses a wrong key, an empty Basic password and two credentials at once: 401 with a challenge', async () => {
      const route = directRequests(`report--${amber.id}`).object;
      // The prefix of a real key with a secret that is not its own.
      const wrong = `${amberKey.secret.slice(0, 17)}${randomBytes(32).toString('base64url')}`;
      expect(wrong).toHaveLength(amberKey.secret.length);
      const refused: [string, Record<string, string>][] = [
        ['wrong key in X-Api-Key', { 'x-api-key': wrong }],
        ['wrong key as Basic password', { authorization: basicAuthorization(`partner:${wrong}`) }],
        ['wrong key as Bearer', { authorization: `Bearer ${wrong}` }],
        ['a key that is no key', { 'x-api-key': 'not-a-key' }],
        ['Basic with an empty password', { authorization: basicAuthorization('partner:') }],
        ['Basic with the key as user name', { authorization: basicAuthorization(`${amberKey.secret}:`) }],
        ['Basic without a colon', { authorization: basicAuthorization(amberKey.secret) }],
        [
          'Basic and X-Api-Key',
          { authorization: basicAuthorization(`partner:${amberKey.secret}`), 'x-api-key': amberKey.secret },
        ],
        ['Bearer key and X-Api-Key', { authorization: `Bearer ${amberKey.secret}`, 'x-api-key': amberKey.secret }],
        [
          'Bearer token and X-Api-Key',
          { authorization: `Bearer ${await accountToken(t, DEMO.gaOfficial)}`, 'x-api-key': amberKey.secret },
        ],
        ['a bearer token that is no token', { authorization: 'Bearer not-a-token' }],
        ['another scheme', { authorization: `Digest ${amberKey.secret}` }],
      ];
      for (const [what, headers] of refused) expectUnauthenticated(await taxiiGetWithHeaders(t, route, headers), what);
    });
  });
});
