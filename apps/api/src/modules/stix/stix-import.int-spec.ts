import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  bulletinMutation,
  orgId,
  PUBLISH_BULLETIN,
  publishBulletin,
  startTestApp,
  type TestApp,
  uniqueBulletinTag,
  userId,
} from '@bulwark/testing';

const IMPORT = `mutation ($input: ImportStixBundleInput!) {
  importStixBundle(input: $input) {
    bulletin { id status tier title summary body category severity tags references version indicators { type value } }
    skipped { id type reason }
  }
}`;
const PREVIEW = `query ($json: String!) {
  stixImportPreview(json: $json) { title tier category severity indicatorCount skipped { id type reason } }
}`;
const BUNDLE = 'query ($id: ID!) { stixBundle(bulletinId: $id) }';
const INDICATORS = 'query ($id: ID!) { bulletin(id: $id) { tier indicators { type value } } }';

const ANALYST = 'analyst@cisa.demo';
const TLP = {
  CLEAR_2: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  GREEN_2: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  WHITE_1: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  AMBER_1: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  RED_1: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
  AMBER_STRICT_OPENCTI: 'marking-definition--826578e1-40ad-459f-bc73-ede076f81f37',
};
const TLP_2_0_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

type Json = Record<string, unknown>;
interface Imported {
  bulletin: {
    id: string;
    status: string;
    tier: string;
    title: string;
    summary: string;
    body: string;
    category: string;
    severity: string;
    tags: string[];
    references: string[];
    version: number;
    indicators: { type: string; value: string }[];
  };
  skipped: { id: string; type: string; reason: string }[];
}

const stixId = (type: string) => `${type}--${randomUUID()}`;

function indicator(pattern: string, extra: Json = {}): Json {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: stixId('indicator'),
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    pattern,
    pattern_type: 'stix',
    valid_from: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

/** A bundle of one report referring to `objects` (and to `refs` besides), marked with `markings`. */
function bundle(
  markings: readonly string[],
  objects: readonly Json[],
  extra: { report?: Json; refs?: string[]; unreferenced?: readonly Json[] } = {},
) {
  const report = {
    type: 'report',
    spec_version: '2.1',
    id: stixId('report'),
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    name: `Imported ${uniqueBulletinTag()}`,
    description: 'Lures imitate poll-worker training.\n\nBlock the domain.',
    published: '2026-01-01T00:00:00.000Z',
    object_refs: [...objects.map((o) => o['id']), ...(extra.refs ?? [])],
    object_marking_refs: markings,
    ...extra.report,
  };
  return {
    report,
    json: JSON.stringify({
      type: 'bundle',
      id: stixId('bundle'),
      objects: [report, ...objects, ...(extra.unreferenced ?? [])],
    }),
  };
}

describe('importing a STIX 2.1 bundle as a draft', () => {
  let t: TestApp;
  let analyst: string;
  beforeAll(async () => {
    // A body limit above the import's own bound, so that the bound itself is what refuses an oversize bundle.
    t = await startTestApp({ HTTP_BODY_LIMIT_KB: '4096' });
    analyst = await accountToken(t, ANALYST);
  });
  afterAll(() => t.close());

  const importAs = (token: string | null, input: Json) =>
    t.gql.request<{ importStixBundle: Imported | null }>(IMPORT, { input }, token ? { token } : {});

  async function imported(input: Json, token = analyst): Promise<Imported> {
    const response = await importAs(token, input);
    if (!response.data?.importStixBundle) throw new Error(JSON.stringify(response.errors));
    return response.data.importStixBundle;
  }

  const draftsTitled = async (title: string) => {
    const rows = await t.dataSource.query<{ count: string }[]>(
      'SELECT count(*) FROM bulletin_revisions WHERE title = $1',
      [title],
    );
    return Number(rows[0]?.count);
  };

  describe('takes its TLP marking as the tier, from every family of ids', () => {
    const own = stixId('marking-definition');
    it.each([
      ['TLP 2.0 GREEN', [TLP.GREEN_2], [], 'GREEN', {}],
      ['TLP 2.0 CLEAR', [TLP.CLEAR_2], [], 'CLEAR', {}],
      ['TLP 1.0 WHITE', [TLP.WHITE_1], [], 'CLEAR', {}],
      ['TLP 1.0 AMBER', [TLP.AMBER_1], [], 'AMBER', { organizations: ['GA-SOS'] }],
      ["OpenCTI's AMBER+STRICT", [TLP.AMBER_STRICT_OPENCTI], [], 'AMBER_STRICT', { organizations: ['GA-SOS'] }],
      ['TLP 1.0 RED', [TLP.RED_1], [], 'RED', { users: ['publisher@fbi.demo'] }],
      [
        'a definition_type tlp definition in the bundle',
        [own],
        [
          {
            type: 'marking-definition',
            spec_version: '2.1',
            id: own,
            definition_type: 'tlp',
            definition: { tlp: 'amber' },
          },
        ],
        'AMBER',
        { organizations: ['GA-SOS'] },
      ],
      [
        'a TLP 2.0 extension definition in the bundle',
        [own],
        [
          {
            type: 'marking-definition',
            spec_version: '2.1',
            id: own,
            created: '2022-10-01T00:00:00.000Z',
            name: 'TLP:GREEN',
            extensions: { [TLP_2_0_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: 'green' } },
          },
        ],
        'GREEN',
        {},
      ],
    ] as const)('%s', async (_family, markings, definitions, tier, recipients) => {
      const ip = indicator("[ipv4-addr:value = '198.51.100.7']");
      const { report, json } = bundle(markings, [ip], { unreferenced: definitions });
      const organizations = 'organizations' in recipients ? recipients.organizations : [];
      const users = 'users' in recipients ? recipients.users : [];
      const result = await imported({
        json,
        ...(organizations.length > 0 && {
          recipientOrganizationIds: await Promise.all(organizations.map((s) => orgId(t, s))),
        }),
        ...(users.length > 0 && { recipientUserIds: await Promise.all(users.map((e) => userId(t, e))) }),
      });
      expect(result.bulletin).toMatchObject({
        status: 'DRAFT',
        tier,
        title: report.name,
        summary: 'Lures imitate poll-worker training.',
        body: 'Block the domain.',
        category: 'CYBER_THREAT',
        severity: 'MEDIUM',
        indicators: [{ type: 'IPV4', value: '198.51.100.7' }],
      });
      expect(result.skipped).toEqual([]);
    });
  });

  it('makes a draft only its author sees (R11), recorded as created like any other', async () => {
    const { json } = bundle([TLP.GREEN_2], [indicator("[domain-name:value = 'r11-lure.example']")]);
    const { bulletin } = await imported({ json });
    const other = await accountToken(t, 'official@ga.demo');
    expect(
      (await t.gql.data<{ bulletin: unknown }>(INDICATORS, { id: bulletin.id }, { token: other })).bulletin,
    ).toBeNull();
    const trail: { action: string; outcome: string }[] = await t.dataSource.query(
      'SELECT action, outcome FROM audit_events WHERE target_id = $1 ORDER BY position',
      [bulletin.id],
    );
    expect(trail).toEqual([
      { action: 'BULLETIN_CREATED', outcome: 'ALLOWED' },
      { action: 'ACCESS_DENIED', outcome: 'DENIED' }, // Georgia's official asked for it (R15, R18)
    ]);
  });

  it('needs the recipients an AMBER draft needs, exactly as createBulletin does, and saves nothing without them', async () => {
    const { report, json } = bundle([TLP.AMBER_1], [indicator("[domain-name:value = 'amber-lure.example']")]);
    const response = await importAs(analyst, { json });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'recipientOrganizationIds' }],
    });
    expect(await draftsTitled(report.name)).toBe(0);
  });

  it('lists what it does not import, with the reason in words', async () => {
    const kept = indicator("[url:value = 'https://lure.example/login']");
    const complex = indicator("[ipv4-addr:value = '198.51.100.8' AND domain-name:value = 'x.example']");
    const identity = {
      type: 'identity',
      spec_version: '2.1',
      id: stixId('identity'),
      name: 'ACME',
      identity_class: 'organization',
    };
    const relationship = {
      type: 'relationship',
      spec_version: '2.1',
      id: stixId('relationship'),
      relationship_type: 'indicates',
      source_ref: kept['id'],
      target_ref: identity.id,
    };
    const absent = stixId('malware');
    const { json } = bundle([TLP.GREEN_2], [kept, complex, identity, relationship], { refs: [absent] });
    const preview = await t.gql.data<{ stixImportPreview: { tier: string; indicatorCount: number; skipped: unknown } }>(
      PREVIEW,
      { json },
      { token: analyst },
    );
    const result = await imported({ json });
    expect(result.bulletin.indicators).toEqual([{ type: 'URL', value: 'https://lure.example/login' }]);
    expect(result.skipped).toEqual([
      {
        id: complex['id'],
        type: 'indicator',
        reason: expect.stringMatching(/more than a list of values \(it uses AND\)/),
      },
      { id: identity.id, type: 'identity', reason: expect.stringMatching(/organization or person/) },
      { id: relationship.id, type: 'relationship', reason: expect.stringMatching(/link between two objects/) },
      { id: absent, type: 'malware', reason: 'The report refers to it, but it is not in the bundle.' },
    ]);
    expect(preview.stixImportPreview).toEqual({
      title: expect.any(String),
      tier: 'GREEN',
      category: 'CYBER_THREAT',
      severity: 'MEDIUM',
      indicatorCount: 1,
      skipped: result.skipped,
    });
  });

  it('refuses an invalid bundle with BAD_USER_INPUT naming the object and the field, and saves nothing', async () => {
    const broken = indicator("[ipv4-addr:value = '198.51.100.9']", { pattern: 42 });
    const { report, json } = bundle([TLP.GREEN_2], [broken]);
    for (const response of [
      await importAs(analyst, { json }),
      await t.gql.request(PREVIEW, { json }, { token: analyst }),
    ]) {
      const [error] = response.errors ?? [];
      expect(error?.message).toBe(
        `This STIX bundle cannot be imported: objects[1] (${broken['id'] as string}), field 'pattern': must be a string.`,
      );
      expect(error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'json' }],
        stix: { objectIndex: 1, objectId: broken['id'], field: 'pattern' },
      });
    }
    expect(await draftsTitled(report.name)).toBe(0);
    const notJson = await importAs(analyst, { json: '{"type": "bundle", ' });
    expect(notJson.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(notJson.errors?.[0]?.message).toMatch(/the bundle: it is not valid JSON/);
  });

  it('refuses a bundle over its bounds: the text size, and more indicators than a bulletin holds', async () => {
    const oversize = await importAs(analyst, { json: ' '.repeat(2 * 1024 * 1024 + 1) });
    expect(oversize.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'json' }] });
    const many = Array.from({ length: 501 }, (_, i) =>
      indicator(`[ipv4-addr:value = '10.${Math.floor(i / 256)}.${i % 256}.1']`),
    );
    const { report, json } = bundle([TLP.GREEN_2], many);
    const tooMany = await importAs(analyst, { json });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      stix: { objectIndex: 0, field: 'object_refs' },
    });
    expect(tooMany.errors?.[0]?.message).toMatch(/more than 500 values, the most a bulletin holds/);
    expect(await draftsTitled(report.name)).toBe(0);
  });

  it('is refused to whoever may not draft bulletins, as createBulletin is', async () => {
    const { report, json } = bundle([TLP.GREEN_2], [indicator("[domain-name:value = 'viewer-lure.example']")]);
    const reader = await accountToken(t, 'official@ga.demo');
    expect((await importAs(reader, { json })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await t.gql.errorCode(PREVIEW, { json }, { token: reader })).toBe('FORBIDDEN');
    expect((await importAs(null, { json })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(await draftsTitled(report.name)).toBe(0);
  });

  it('round-trips: export, import as a new draft, publish, export again: the same indicators and tier', async () => {
    const original = await publishBulletin(t, {
      tier: 'AMBER',
      recipientOrganizations: ['GA-SOS'],
      category: 'VULNERABILITY',
      severity: 'HIGH',
      indicators: [
        { type: 'IPV4', value: '198.51.100.77' },
        { type: 'IPV6', value: '2001:db8::77' },
        { type: 'CIDR', value: '198.51.100.0/24' },
        { type: 'CIDR', value: '2001:db8:77::/48' },
        { type: 'DOMAIN', value: 'round-trip-lure.example' },
        { type: 'URL', value: "https://round-trip-lure.example/it's" },
        { type: 'EMAIL', value: 'help@round-trip-lure.example' },
        { type: 'MD5', value: 'd41d8cd98f00b204e9800998ecf8427e' },
        { type: 'SHA1', value: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' },
        { type: 'SHA256', value: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
        { type: 'CVE', value: 'CVE-2024-12345' },
      ],
    });
    const exported = async (id: string) =>
      JSON.parse((await t.gql.data<{ stixBundle: string }>(BUNDLE, { id }, { token: analyst })).stixBundle) as {
        objects: Json[];
      };
    const first = await exported(original.id);

    const { bulletin: draft } = await imported({
      json: JSON.stringify(first),
      recipientOrganizationIds: [await orgId(t, 'GA-SOS')],
    });
    expect(draft).toMatchObject({ status: 'DRAFT', tier: 'AMBER', category: 'VULNERABILITY', severity: 'HIGH' });
    const published = await bulletinMutation(t, 'publisher@cisa.demo', PUBLISH_BULLETIN, {
      id: draft.id,
      expectedVersion: draft.version,
    });
    expect(published.status).toBe('PUBLISHED');
    const second = await exported(draft.id);

    const read = async (id: string) =>
      (
        await t.gql.data<{ bulletin: { tier: string; indicators: { type: string; value: string }[] } }>(
          INDICATORS,
          { id },
          { token: analyst },
        )
      ).bulletin;
    const [before, after] = [await read(original.id), await read(draft.id)];
    const set = (indicators: { type: string; value: string }[]) => indicators.map((i) => `${i.type} ${i.value}`).sort();
    expect(set(after.indicators)).toEqual(set(before.indicators));
    expect(before.indicators).toHaveLength(11);
    expect(after.tier).toBe(before.tier);

    // The two exports agree too: the same patterns, CVEs and marking.
    const stixOf = (objects: Json[]) => ({
      patterns: objects
        .filter((o) => o['type'] === 'indicator')
        .map((o) => o['pattern'])
        .sort(),
      cves: objects.filter((o) => o['type'] === 'vulnerability').map((o) => o['name']),
      markings: objects.filter((o) => o['type'] === 'report').map((o) => o['object_marking_refs']),
    });
    expect(stixOf(second.objects)).toEqual(stixOf(first.objects));
  });
});
