import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectValidStix } from '@bulwark/stix/testing';
import {
  accountToken,
  amendBulletin,
  countStatements,
  createApiKey,
  DEMO,
  publishBulletin,
  retractBulletin,
  startTestApp,
  TAXII_ACCEPT,
  type TaxiiCredential,
  taxiiGet,
  type TaxiiResponse,
  type TestApp,
  uniqueIpv4,
} from '@bulwark/testing';
import { READABLE_COLLECTION_ID } from './taxii.service';

interface StixObject {
  type: string;
  id: string;
  modified?: string;
  [property: string]: unknown;
}
interface Envelope {
  more: boolean;
  next?: string;
  objects: StixObject[];
}
interface ManifestRecord {
  id: string;
  date_added: string;
  version: string;
  media_type: string;
}
interface Manifest {
  more: boolean;
  next?: string;
  objects: ManifestRecord[];
}

const COLLECTION = `api/collections/${READABLE_COLLECTION_ID}`;
const BULLETINS = 25;
/** 13 or 8 objects a release (its report and indicators): 250 in all, and page boundaries that fall inside one. */
const indicatorsOf = (i: number) => (i < 10 ? 12 : 7);

describe('TAXII 2.1 server: the protocol', () => {
  let t: TestApp;
  let key: TaxiiCredential;
  /** Before this file's bulletins were published: `added_after` this sees only them. */
  let start: string;

  const get = <T>(path: string, accept?: string | null) => taxiiGet<T>(t, path, key, accept);
  const query = (params: Record<string, string | undefined>) => {
    const search = new URLSearchParams(
      Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    return search.size > 0 ? `?${search.toString()}` : '';
  };
  const manifestOf = (params: Record<string, string | undefined>) =>
    get<Manifest>(`${COLLECTION}/manifest/${query(params)}`);
  const objectsOf = (params: Record<string, string | undefined>) =>
    get<Envelope>(`${COLLECTION}/objects/${query(params)}`);

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await accountToken(t, DEMO.gaAdmin);
    key = { basic: (await createApiKey(t, admin, { clearance: 'GREEN' })).secret };
    start = new Date(Date.now() - 1).toISOString();
    for (let i = 0; i < BULLETINS; i++) {
      await publishBulletin(t, {
        tier: i % 2 === 0 ? 'CLEAR' : 'GREEN',
        indicators: Array.from({ length: indicatorsOf(i) }, () => ({ type: 'IPV4', value: uniqueIpv4() })),
      });
    }
  });
  afterAll(() => t.close());

  describe('resources and media type', () => {
    it('serves discovery, the API root and the collections in application/taxii+json;version=2.1', async () => {
      const discovery = await get<{ default: string; api_roots: string[] }>('');
      expect(discovery.status).toBe(200);
      expect(discovery.headers.get('content-type')).toBe(TAXII_ACCEPT);
      expect(discovery.body.api_roots).toEqual([`${t.url}/taxii2/api/`]);
      expect(discovery.body.default).toBe(`${t.url}/taxii2/api/`);

      const root = await get<{ versions: string[]; max_content_length: number }>('api/');
      expect(root.body.versions).toEqual([TAXII_ACCEPT]);
      expect(root.body.max_content_length).toBeGreaterThan(0);

      const collections = await get<{ collections: Record<string, unknown>[] }>('api/collections/');
      expect(collections.body.collections).toEqual([
        expect.objectContaining({
          id: READABLE_COLLECTION_ID,
          can_read: true,
          can_write: false,
          media_types: ['application/stix+json;version=2.1'],
        }),
      ]);
      const one = await get<Record<string, unknown>>(`${COLLECTION}/`);
      expect(one.body).toEqual(collections.body.collections[0]);
    });

    it.each(['application/json', 'application/taxii+json;version=2.0', 'text/html', 'application/taxii+json;q=0'])(
      'answers 406 with a TAXII error to Accept: %s',
      async (accept) => {
        const response = await get<Record<string, unknown>>(`${COLLECTION}/objects/`, accept);
        expect(response.status).toBe(406);
        expect(response.headers.get('content-type')).toBe(TAXII_ACCEPT);
        expect(response.body).toMatchObject({ title: 'Not acceptable', http_status: '406' });
      },
    );

    it.each(['application/taxii+json', 'application/taxii+json; version=2.1', '*/*'])(
      'accepts Accept: %s',
      async (accept) => {
        expect((await get(`${COLLECTION}/`, accept)).status).toBe(200);
      },
    );

    it('answers 401 with a TAXII error and a Basic challenge, never a redirect, to a caller without credentials', async () => {
      for (const path of ['', 'api/', 'api/collections/', `${COLLECTION}/objects/`]) {
        const response = await taxiiGet<Record<string, unknown>>(t, path, { none: true });
        expect(response.status).toBe(401);
        expect(response.headers.get('location')).toBeNull();
        expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
        expect(response.body).toMatchObject({ title: 'Not authenticated', http_status: '401' });
      }
    });

    it('answers an unknown path, a write and bad parameters with TAXII errors', async () => {
      expect((await get<Record<string, unknown>>('api/status/1234/')).body).toMatchObject({ http_status: '404' });
      const write = await fetch(`${t.url}/taxii2/${COLLECTION}/objects/`, {
        method: 'POST',
        headers: { accept: TAXII_ACCEPT, 'x-api-key': 'basic' in key ? key.basic : '' },
      });
      expect(write.status).toBe(403);
      for (const bad of [
        { limit: 'ten' },
        { limit: '0' },
        { added_after: 'yesterday' },
        { next: 'not-a-cursor' },
        { 'match[id]': 'report--nope' },
        { 'match[version]': 'latest' },
      ]) {
        const response = await objectsOf(bad);
        expect(response.status, JSON.stringify(bad)).toBe(400);
        expect(response.body).toMatchObject({ title: 'Bad request', http_status: '400' });
      }
    });
  });

  describe('paging', () => {
    const ours = { 'match[type]': 'report,indicator' };
    const expected = Array.from({ length: BULLETINS }, (_, i) => 1 + indicatorsOf(i)).reduce((a, b) => a + b);
    const keyOf = (record: ManifestRecord) => `${record.id} ${record.version}`;

    it(`pages ${expected} objects with limit=100 through next, each exactly once, in date_added order`, async () => {
      const all = await manifestOf({ ...ours, added_after: start, limit: '1000' });
      expect(all.body.objects).toHaveLength(expected);
      expect(all.body.more).toBe(false);

      const seen: ManifestRecord[] = [];
      let next: string | undefined;
      let pages = 0;
      do {
        const page: TaxiiResponse<Manifest> = await manifestOf({ ...ours, added_after: start, limit: '100', next });
        expect(page.body.objects.length).toBeLessThanOrEqual(100);
        expect(page.headers.get('x-taxii-date-added-first')).toBe(page.body.objects[0]?.date_added);
        expect(page.headers.get('x-taxii-date-added-last')).toBe(page.body.objects.at(-1)?.date_added);
        seen.push(...page.body.objects);
        next = page.body.more ? page.body.next : undefined;
        pages++;
      } while (next);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(new Set(seen.map(keyOf)).size).toBe(expected);
      expect(seen).toEqual(all.body.objects);
      const added = seen.map((record) => record.date_added);
      expect(added).toEqual([...added].sort());
    });

    it('pages the same objects through added_after (the last page’s X-TAXII-Date-Added-Last), each exactly once', async () => {
      const seen: ManifestRecord[] = [];
      const sizes: number[] = [];
      let after = start;
      for (let guard = 0; guard < 20; guard++) {
        const page = await manifestOf({ ...ours, added_after: after, limit: '100' });
        if (page.body.objects.length === 0) break;
        seen.push(...page.body.objects);
        sizes.push(page.body.objects.length);
        after = page.headers.get('x-taxii-date-added-last') ?? '';
      }
      expect(seen).toHaveLength(expected);
      expect(new Set(seen.map(keyOf)).size).toBe(expected);
      // A page ends where a release ends, not inside it: fewer than 100 when a release straddles the boundary.
      expect(sizes.slice(0, -1).some((size) => size < 100)).toBe(true);
    });

    it('keeps the objects of one release, which share a timestamp, together and in one order across a page boundary', async () => {
      const bulletin = await publishBulletin(t, {
        tier: 'CLEAR',
        indicators: [
          { type: 'IPV4', value: uniqueIpv4() },
          { type: 'IPV4', value: uniqueIpv4() },
        ],
      });
      const mark = (await manifestOf({ 'match[id]': `report--${bulletin.id}` })).body.objects[0];
      expect(mark).toBeDefined();
      const sameInstant = { ...ours, added_after: start, 'match[version]': 'all' };
      const whole = (await manifestOf({ ...sameInstant, limit: '1000' })).body.objects.filter(
        (record) => record.date_added === mark?.date_added,
      );
      expect(whole).toHaveLength(3);

      const first = await manifestOf({ ...sameInstant, added_after: previous(mark?.date_added), limit: '2' });
      expect(first.body.objects).toEqual(whole.slice(0, 2));
      expect(first.body.more).toBe(true);
      const second = await manifestOf({
        ...sameInstant,
        added_after: previous(mark?.date_added),
        limit: '2',
        next: first.body.next,
      });
      expect(second.body.objects).toEqual(whole.slice(2));
    });

    it('tells apart three releases written in the same millisecond, by the microsecond, under added_after', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await publishBulletin(t, { tier: 'CLEAR' })).id);
      // Three releases 100 µs apart in one millisecond: what a busy desk produces, and what PostgreSQL can tell apart.
      for (const [i, id] of ids.entries()) {
        await t.dataSource.query(`UPDATE bulletin_releases SET added_at = $1::timestamptz WHERE bulletin_id = $2`, [
          `2099-01-01 00:00:00.000${i + 1}00+00`,
          id,
        ]);
      }
      const reports = { 'match[type]': 'report', added_after: '2098-12-31T23:59:59.999999Z', limit: '1' };
      const seen: ManifestRecord[] = [];
      let after = reports.added_after;
      for (let guard = 0; guard < 10; guard++) {
        const page = await manifestOf({ ...reports, added_after: after });
        if (page.body.objects.length === 0) break;
        expect(page.body.objects).toHaveLength(1);
        seen.push(...page.body.objects);
        after = page.headers.get('x-taxii-date-added-last') ?? '';
      }
      expect(seen.map((record) => record.id)).toEqual(ids.map((id) => `report--${id}`));
      expect(seen.map((record) => record.date_added)).toEqual([
        '2099-01-01T00:00:00.000100Z',
        '2099-01-01T00:00:00.000200Z',
        '2099-01-01T00:00:00.000300Z',
      ]);
    });

    it('bounds limit and is exclusive of added_after', async () => {
      const page = await manifestOf({ ...ours, added_after: start, limit: '5000' });
      expect(page.body.objects.length).toBeLessThanOrEqual(1000);
      const [first, second] = page.body.objects;
      const after = await manifestOf({ ...ours, added_after: first?.date_added, limit: '1' });
      expect(after.body.objects[0]?.date_added > (first?.date_added ?? '')).toBe(true);
      expect(second).toBeDefined();
    });
  });

  describe('objects, filters and versions', () => {
    it('serves valid STIX 2.1 whose manifest agrees with its objects', async () => {
      const objects = await objectsOf({ added_after: start, limit: '1000' });
      expect(objects.body.objects.length).toBeGreaterThan(BULLETINS);
      expectValidStix({
        type: 'bundle',
        id: 'bundle--6f1d0c4e-1b7a-4c1e-9a57-0c1d2e3f4a5b',
        objects: objects.body.objects,
      });
      const manifest = await manifestOf({ added_after: start, limit: '1000' });
      expect(manifest.body.objects.map((record) => record.id)).toEqual(objects.body.objects.map((o) => o.id));
      expect(manifest.body.objects.map((record) => record.version)).toEqual(
        objects.body.objects.map((o) => o.modified ?? o['created']),
      );
    });

    it('filters by match[id], match[type] and match[spec_version]', async () => {
      const bulletin = await publishBulletin(t, {
        tier: 'GREEN',
        indicators: [{ type: 'DOMAIN', value: 'taxii-match.example' }],
      });
      const report = `report--${bulletin.id}`;
      const byId = await objectsOf({ 'match[id]': report });
      expect(byId.body.objects.map((o) => o.id)).toEqual([report]);

      const indicators = await objectsOf({ added_after: start, 'match[type]': 'indicator', limit: '1000' });
      expect(new Set(indicators.body.objects.map((o) => o.type))).toEqual(new Set(['indicator']));

      expect((await objectsOf({ 'match[id]': report, 'match[spec_version]': '2.0' })).body.objects).toEqual([]);
      expect((await objectsOf({ 'match[id]': report, 'match[spec_version]': '2.0,2.1' })).body.objects).toHaveLength(1);
    });

    it('serves an amendment as a new version of the same objects, with match[version] first, last, all and a timestamp', async () => {
      const value = uniqueIpv4();
      const bulletin = await publishBulletin(t, { tier: 'CLEAR', indicators: [{ type: 'IPV4', value }] });
      await amendBulletin(t, bulletin.id, bulletin.revision, { title: 'Amended for TAXII' });
      const report = `report--${bulletin.id}`;

      const versions = await get<{ versions: string[]; more: boolean }>(`${COLLECTION}/objects/${report}/versions/`);
      expect(versions.status).toBe(200);
      expect(versions.body.versions).toHaveLength(2);
      const [original, amended] = versions.body.versions as [string, string];
      expect(amended > original).toBe(true);

      const last = await get<Envelope>(`${COLLECTION}/objects/${report}/`);
      expect(last.body.objects).toHaveLength(1);
      expect(last.body.objects[0]).toMatchObject({ modified: amended, name: 'Amended for TAXII' });
      const first = await get<Envelope>(`${COLLECTION}/objects/${report}/?match[version]=first`);
      expect(first.body.objects[0]?.modified).toBe(original);
      const all = await get<Envelope>(`${COLLECTION}/objects/${report}/?match[version]=all`);
      expect(all.body.objects.map((o) => o.modified)).toEqual([original, amended]);
      const named = await get<Envelope>(`${COLLECTION}/objects/${report}/?match[version]=${original}`);
      expect(named.body.objects.map((o) => o.modified)).toEqual([original]);
      expect(all.body.objects.every((o) => o['created'] === all.body.objects[0]?.['created'])).toBe(true);

      const manifest = await manifestOf({ 'match[id]': report, 'match[version]': 'all' });
      expect(manifest.body.objects.map((record) => record.version)).toEqual([original, amended]);
    });

    it('revokes on retraction every indicator the bulletin ever released, also one an amendment had dropped', async () => {
      const [kept, dropped] = [uniqueIpv4(), uniqueIpv4()];
      const bulletin = await publishBulletin(t, {
        tier: 'CLEAR',
        indicators: [
          { type: 'IPV4', value: kept },
          { type: 'IPV4', value: dropped },
        ],
      });
      const before = await objectsOf({ 'match[type]': 'indicator', added_after: start, limit: '1000' });
      const idOf = (value: string) =>
        before.body.objects.find((o) => o['pattern'] === `[ipv4-addr:value = '${value}']`)?.id ?? '';
      const [keptId, droppedId] = [idOf(kept), idOf(dropped)];
      await amendBulletin(t, bulletin.id, bulletin.revision, { indicators: [{ type: 'IPV4', value: kept }] });
      await retractBulletin(t, bulletin.id, 'Withdrawn for the test.');

      const last = await objectsOf({ 'match[id]': `${keptId},${droppedId},report--${bulletin.id}` });
      expect(last.body.objects).toHaveLength(3);
      for (const object of last.body.objects) {
        expect(object).toMatchObject({ revoked: true });
        expect(JSON.stringify(object)).not.toContain(dropped);
        expect(JSON.stringify(object)).not.toContain(kept);
      }
      expectValidStix({
        type: 'bundle',
        id: 'bundle--6f1d0c4e-1b7a-4c1e-9a57-0c1d2e3f4a5b',
        objects: last.body.objects,
      });
      const report = last.body.objects.find((o) => o.type === 'report');
      expect([...(report?.['object_refs'] as string[])].sort()).toEqual([keptId, droppedId].sort());
    });

    it('answers an object nobody has with a TAXII 404', async () => {
      const missing = await get<Record<string, unknown>>(
        `${COLLECTION}/objects/report--00000000-0000-4000-8000-000000000000/`,
      );
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ title: 'Not found', http_status: '404' });
    });
  });

  describe('cost', () => {
    it('reads a page of 100 objects in as many statements as a page of 10', async () => {
      const page = (limit: string) =>
        countStatements(t, () => objectsOf({ added_after: start, 'match[type]': 'report,indicator,identity', limit }));
      await page('1');
      const ten = await page('10');
      const hundred = await page('100');
      expect(ten.result.body.objects).toHaveLength(10);
      expect(hundred.result.body.objects.length).toBeGreaterThan(90);
      const detail = `10 → ${ten.statements.length}, 100 → ${hundred.statements.length}:\n  ${hundred.statements.join('\n  ')}`;
      process.stdout.write(
        `TAXII statement count: 10 objects → ${ten.statements.length}, 100 → ${hundred.statements.length}\n`,
      );
      expect(hundred.statements.length, detail).toBe(ten.statements.length);
      expect(hundred.statements.length, detail).toBeLessThanOrEqual(8);
    });
  });
});

/** One microsecond before a TAXII timestamp (`added_after` is exclusive). */
function previous(timestamp: string | undefined): string {
  const match = /^(.*)\.(\d{6})Z$/.exec(timestamp ?? '');
  if (!match) throw new Error(`not a microsecond timestamp: ${timestamp}`);
  const micros = Number(match[2]);
  if (micros === 0) throw new Error('the test needs a timestamp with microseconds above zero');
  return `${match[1]}.${String(micros - 1).padStart(6, '0')}Z`;
}
