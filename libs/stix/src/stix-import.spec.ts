import { BulletinStatus, Category, IndicatorType, OrganizationKind, Severity, Tier } from '@bulwark/domain';
import { describe, expect, it } from 'vitest';
import { bulletinObjects, type StixBulletinRevision } from './bulletin-objects';
import { stixPattern } from './indicator-pattern';
import { StixImportError } from './stix-import-error';
import { importStixBundle } from './stix-import';
import { TLP_2_0_EXTENSION, TLP_MARKING_IDS } from './tlp-marking';
import { OPENCTI_AMBER_STRICT_MARKING_ID, TLP_1_0_MARKING_IDS } from './tlp-tier';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const REPORT = `report--${uuid(1)}`;
const BUNDLE = `bundle--${uuid(99)}`;
const AMBER = TLP_MARKING_IDS[Tier.AMBER];

type Json = Record<string, unknown>;

function indicator(n: number, pattern: string, extra: Json = {}): Json {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${uuid(100 + n)}`,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    pattern,
    pattern_type: 'stix',
    valid_from: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

function report(refs: readonly string[], extra: Json = {}): Json {
  return {
    type: 'report',
    spec_version: '2.1',
    id: REPORT,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    name: 'Lures aimed at poll workers',
    description: 'Phishing pages imitate training portals.\n\nBlock the domains below.',
    published: '2026-01-01T00:00:00.000Z',
    object_refs: refs,
    object_marking_refs: [AMBER],
    ...extra,
  };
}

const text = (objects: readonly unknown[], envelope: Json = {}) =>
  JSON.stringify({ type: 'bundle', id: BUNDLE, objects, ...envelope });

const DOMAIN = indicator(1, "[domain-name:value = 'Lure.Example']");
const IP = indicator(2, "[ipv4-addr:value = '203.0.113.45']");

/** The error a bundle is refused with. */
function refusal(bundle: string): StixImportError {
  try {
    importStixBundle(bundle);
  } catch (error) {
    if (error instanceof StixImportError) return error;
    throw error;
  }
  throw new Error('the bundle was imported');
}

describe('a STIX 2.1 bundle as a Bulwark draft', () => {
  it('makes the report a draft: its text, its indicators (normalised) and the tier of its TLP marking', () => {
    const { reportId, content, skipped } = importStixBundle(
      text([report([DOMAIN['id'], IP['id']] as string[]), DOMAIN, IP]),
    );
    expect(reportId).toBe(REPORT);
    expect(content).toEqual({
      title: 'Lures aimed at poll workers',
      summary: 'Phishing pages imitate training portals.',
      body: 'Block the domains below.',
      category: Category.CYBER_THREAT,
      severity: Severity.MEDIUM,
      tier: Tier.AMBER,
      tags: [],
      references: [],
      indicators: [
        { type: IndicatorType.DOMAIN, value: 'lure.example' },
        { type: IndicatorType.IPV4, value: '203.0.113.45' },
      ],
    });
    expect(skipped).toEqual([]);
  });

  it('reads back every field of a Bulwark export, and lists its originator’s identity as skipped', () => {
    const revision: StixBulletinRevision = {
      bulletinId: uuid(7),
      reference: 'BWK-2026-0042',
      revision: 2,
      status: BulletinStatus.PUBLISHED,
      tier: Tier.AMBER_STRICT,
      title: 'Vulnerable ballot-marking firmware',
      summary: 'A firmware flaw lets a poll worker reset the device.',
      body: '## What to do\n\nPatch before early voting.',
      category: Category.VULNERABILITY,
      severity: Severity.CRITICAL,
      tags: ['firmware', 'ballot-marking'],
      references: ['https://www.cisa.gov/topics/election-security'],
      firstPublishedAt: new Date('2026-10-01T00:00:00Z'),
      modifiedAt: new Date('2026-10-02T00:00:00Z'),
      originators: [
        {
          id: uuid(8),
          name: 'CISA',
          kind: OrganizationKind.FEDERAL,
          createdAt: new Date('2026-01-01T00:00:00Z'),
          updatedAt: new Date('2026-01-01T00:00:00Z'),
        },
      ],
      indicators: [
        { type: IndicatorType.IPV4, value: '203.0.113.45' },
        { type: IndicatorType.IPV6, value: '2001:db8::1' },
        { type: IndicatorType.CIDR, value: '198.51.100.0/24' },
        { type: IndicatorType.CIDR, value: '2001:db8::/32' },
        { type: IndicatorType.DOMAIN, value: 'lure.example' },
        { type: IndicatorType.URL, value: "https://lure.example/a'b" },
        { type: IndicatorType.EMAIL, value: 'help@lure.example' },
        { type: IndicatorType.MD5, value: 'd41d8cd98f00b204e9800998ecf8427e' },
        { type: IndicatorType.SHA1, value: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' },
        { type: IndicatorType.SHA256, value: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
        { type: IndicatorType.CVE, value: 'CVE-2024-12345' },
      ],
    };
    const objects = bulletinObjects(revision);
    const { content, skipped } = importStixBundle(text(objects));
    expect(content).toEqual({
      title: revision.title,
      summary: revision.summary,
      body: `${revision.body}\n\n## Also in the STIX report\n\n- bulwark: BWK-2026-0042\n`,
      category: revision.category,
      severity: revision.severity,
      tier: revision.tier,
      tags: revision.tags,
      references: revision.references,
      indicators: revision.indicators,
    });
    const identity = objects.find((o) => o.type === 'identity');
    expect(skipped).toEqual([{ id: identity?.id, type: 'identity', reason: expect.stringMatching(/originator/) }]);
  });

  describe('the tier', () => {
    const families: [string, string, Tier][] = [
      ...Object.values(Tier).map((tier): [string, string, Tier] => [`TLP 2.0 ${tier}`, TLP_MARKING_IDS[tier], tier]),
      ['TLP 1.0 WHITE', TLP_1_0_MARKING_IDS.WHITE, Tier.CLEAR],
      ['TLP 1.0 GREEN', TLP_1_0_MARKING_IDS.GREEN, Tier.GREEN],
      ['TLP 1.0 AMBER', TLP_1_0_MARKING_IDS.AMBER, Tier.AMBER],
      ['TLP 1.0 RED', TLP_1_0_MARKING_IDS.RED, Tier.RED],
      ["OpenCTI's AMBER+STRICT", OPENCTI_AMBER_STRICT_MARKING_ID, Tier.AMBER_STRICT],
    ];
    it.each(families)('is %s from its well-known id, with no definition in the bundle', (_name, id, tier) => {
      const bundle = text([report([IP['id'] as string], { object_marking_refs: [id] }), IP]);
      expect(importStixBundle(bundle).content.tier).toBe(tier);
    });

    it('is read from a TLP marking definition in the bundle, with an id of its own', () => {
      const own = `marking-definition--${uuid(50)}`;
      const definitions = [
        {
          type: 'marking-definition',
          spec_version: '2.1',
          id: own,
          definition_type: 'tlp',
          definition: { tlp: 'red' },
        },
        {
          type: 'marking-definition',
          spec_version: '2.1',
          id: own,
          created: '2026-01-01T00:00:00.000Z',
          name: 'TLP:AMBER+STRICT',
          extensions: { [TLP_2_0_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: 'amber+strict' } },
        },
      ];
      for (const [definition, tier] of [
        [definitions[0], Tier.RED],
        [definitions[1], Tier.AMBER_STRICT],
      ] as const) {
        const { content, skipped } = importStixBundle(
          text([report([IP['id'] as string], { object_marking_refs: [own] }), IP, definition]),
        );
        expect(content.tier).toBe(tier);
        expect(skipped).toEqual([]); // a TLP definition is understood: it is the tier
      }
    });

    it('is the most restrictive TLP marking on the report and what is imported with it', () => {
      const red = indicator(3, "[url:value = 'https://lure.example/']", {
        object_marking_refs: [TLP_1_0_MARKING_IDS.RED],
      });
      const bundle = text([
        report([IP['id'], red['id']] as string[], { object_marking_refs: [TLP_MARKING_IDS[Tier.GREEN], AMBER] }),
        IP,
        red,
      ]);
      expect(importStixBundle(bundle).content.tier).toBe(Tier.RED);
    });

    it('is never guessed: a report without a TLP marking is refused, whatever its indicators carry', () => {
      const marked = indicator(3, "[url:value = 'https://lure.example/']", { object_marking_refs: [AMBER] });
      for (const bundle of [
        text([report([IP['id'] as string], { object_marking_refs: undefined }), IP]),
        text([report([marked['id'] as string], { object_marking_refs: [] }), marked]),
        text([report([IP['id'] as string], { object_marking_refs: [`marking-definition--${uuid(51)}`] }), IP]),
      ]) {
        const error = refusal(bundle);
        expect(error.place).toEqual({ index: 0, objectId: REPORT, field: 'object_marking_refs' });
        expect(error.message).toMatch(/no TLP marking Bulwark recognises/);
      }
    });

    it('lists the markings that are not TLP as skipped, in the bundle or not', () => {
      const statement = `marking-definition--${uuid(52)}`;
      const elsewhere = `marking-definition--${uuid(53)}`;
      const definition = {
        type: 'marking-definition',
        spec_version: '2.1',
        id: statement,
        created: '2026-01-01T00:00:00.000Z',
        definition_type: 'statement',
        name: 'Copyright 2026 ACME',
        definition: { statement: 'Copyright 2026 ACME' },
      };
      const bundle = text([
        report([IP['id'] as string], { object_marking_refs: [AMBER, statement, elsewhere] }),
        IP,
        definition,
      ]);
      expect(importStixBundle(bundle).skipped).toEqual([
        { id: statement, type: 'marking-definition', reason: expect.stringContaining('(Copyright 2026 ACME)') },
        { id: elsewhere, type: 'marking-definition', reason: expect.stringMatching(/not TLP/) },
      ]);
    });
  });

  it('maps category and severity from Bulwark’s own properties, else from report_types, with MEDIUM severity', () => {
    const read = (extra: Json) => importStixBundle(text([report([IP['id'] as string], extra), IP])).content;
    expect(read({ x_bulwark_category: 'PHYSICAL_THREAT', x_bulwark_severity: 'HIGH' })).toMatchObject({
      category: Category.PHYSICAL_THREAT,
      severity: Severity.HIGH,
    });
    expect(read({ report_types: ['vulnerability'] })).toMatchObject({ category: Category.VULNERABILITY });
    expect(read({ report_types: ['threat-actor', 'vulnerability'] })).toMatchObject({
      category: Category.CYBER_THREAT,
      severity: Severity.MEDIUM,
    });
    expect(refusal(text([report([IP['id'] as string], { x_bulwark_severity: 'SEVERE' }), IP])).place).toMatchObject({
      field: 'x_bulwark_severity',
    });
  });

  it('makes tags of labels and references of URLs, and keeps what those fields cannot hold at the end of the body', () => {
    const labels = [
      'Election Infrastructure',
      'phishing',
      'PHISHING',
      '選挙',
      ...Array.from({ length: 20 }, (_, i) => `t${i}`),
    ];
    const references = [
      { source_name: 'vendor', url: 'https://vendor.example/advisory' },
      { source_name: 'mitre-attack', external_id: 'T1566', url: 'https://attack.mitre.org/techniques/T1566/' },
      { source_name: 'internal', url: 'http://10.0.0.1/wiki' },
      { source_name: 'cve', external_id: 'CVE-2024-12345' },
    ];
    const { content } = importStixBundle(
      text([report([IP['id'] as string], { labels, external_references: references }), IP]),
    );
    expect(content.tags).toEqual([
      'election-infrastructure',
      'phishing',
      ...Array.from({ length: 18 }, (_, i) => `t${i}`),
    ]);
    expect(content.references).toEqual([
      'https://vendor.example/advisory',
      'https://attack.mitre.org/techniques/T1566/',
    ]);
    expect(content.body).toBe(
      [
        'Block the domains below.',
        '',
        '## Also in the STIX report',
        '',
        '- Label: 選挙',
        '- Label: t18',
        '- Label: t19',
        '- mitre-attack: T1566',
        '- internal: http://10.0.0.1/wiki',
        '- cve: CVE-2024-12345',
        '',
      ].join('\n'),
    );
  });

  it('keeps a long first paragraph whole in the body rather than cut it into a summary', () => {
    const long = 'x'.repeat(2001);
    const { content } = importStixBundle(text([report([IP['id'] as string], { description: `${long}\n\nMore.` }), IP]));
    expect(content).toMatchObject({ summary: 'Lures aimed at poll workers', body: `${long}\n\nMore.` });
    const bare = importStixBundle(text([report([IP['id'] as string], { description: undefined }), IP])).content;
    expect(bare).toMatchObject({ summary: 'Lures aimed at poll workers', body: '' });
  });

  it('turns a vulnerability with a CVE number into a CVE indicator, from its name or its external reference', () => {
    const byName = {
      type: 'vulnerability',
      spec_version: '2.1',
      id: `vulnerability--${uuid(20)}`,
      name: 'CVE-2024-12345',
    };
    const byReference = {
      type: 'vulnerability',
      spec_version: '2.1',
      id: `vulnerability--${uuid(21)}`,
      name: 'Log4Shell',
      external_references: [{ source_name: 'cve', external_id: 'cve-2021-44228' }],
    };
    const unnumbered = { type: 'vulnerability', spec_version: '2.1', id: `vulnerability--${uuid(22)}`, name: 'A flaw' };
    const refs = [byName.id, byReference.id, unnumbered.id];
    const { content, skipped } = importStixBundle(text([report(refs), byName, byReference, unnumbered]));
    expect(content.indicators).toEqual([
      { type: IndicatorType.CVE, value: 'CVE-2024-12345' },
      { type: IndicatorType.CVE, value: 'CVE-2021-44228' },
    ]);
    expect(skipped).toEqual([
      { id: unnumbered.id, type: 'vulnerability', reason: expect.stringMatching(/without a CVE number/) },
    ]);
  });

  it('lists every object it does not import with the reason, in the order of the bundle, and drops none', () => {
    const sigma = indicator(4, 'title: x', { pattern_type: 'sigma' });
    const complex = indicator(5, "[ipv4-addr:value = '203.0.113.1' AND domain-name:value = 'x.example']");
    const invalid = indicator(6, "[ipv4-addr:value = '203.0.113.999']");
    const revoked = indicator(7, "[ipv4-addr:value = '203.0.113.7']", { revoked: true });
    const loose = indicator(8, "[ipv4-addr:value = '203.0.113.8']");
    const older: Json = { ...IP, modified: '2025-01-01T00:00:00.000Z', pattern: "[ipv4-addr:value = '203.0.113.9']" };
    const malware = { type: 'malware', spec_version: '2.1', id: `malware--${uuid(30)}`, name: 'X', is_family: true };
    const observed = { type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--${uuid(31)}`, value: '203.0.113.10' };
    const relationship = { type: 'relationship', spec_version: '2.1', id: `relationship--${uuid(32)}` };
    const sighting = { type: 'sighting', spec_version: '2.1', id: `sighting--${uuid(33)}` };
    const custom = { type: 'x-acme-widget', id: `x-acme-widget--${uuid(34)}` };
    const constructor = { type: 'constructor', id: `constructor--${uuid(35)}` };
    const absent = `campaign--${uuid(36)}`;
    const refs = [IP, sigma, complex, invalid, revoked, malware, observed].map((o) => o['id'] as string);
    const objects = [report([...refs, absent]), older, IP, sigma, complex, invalid, revoked, loose, malware, observed];
    const { content, skipped } = importStixBundle(text([...objects, relationship, sighting, custom, constructor]));
    expect(content.indicators).toEqual([{ type: IndicatorType.IPV4, value: '203.0.113.45' }]);
    expect(skipped.map((s) => [s.id, s.type])).toEqual([
      [older['id'], 'indicator'],
      [sigma['id'], 'indicator'],
      [complex['id'], 'indicator'],
      [invalid['id'], 'indicator'],
      [revoked['id'], 'indicator'],
      [loose['id'], 'indicator'],
      [malware.id, 'malware'],
      [observed.id, 'ipv4-addr'],
      [relationship.id, 'relationship'],
      [sighting.id, 'sighting'],
      [custom.id, 'x-acme-widget'],
      [constructor.id, 'constructor'],
      [absent, 'campaign'],
    ]);
    expect(skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/older version/),
      expect.stringMatching(/written in sigma/),
      expect.stringMatching(/it uses AND/),
      expect.stringMatching(/not a valid indicator: IPv4 octet '999'/),
      expect.stringMatching(/withdrawn/),
      expect.stringMatching(/does not refer to it/),
      'A description of malware (malware): Bulwark does not keep this kind of STIX object.',
      expect.stringMatching(/^Something observed \(ipv4-addr\), not an indicator/),
      expect.stringMatching(/link between two objects/),
      expect.stringMatching(/sighting/),
      'An object (x-acme-widget): Bulwark does not keep this kind of STIX object.',
      'An object (constructor): Bulwark does not keep this kind of STIX object.',
      'The report refers to it, but it is not in the bundle.',
    ]);
  });

  it('takes the one current report when others were withdrawn, and lists those as withdrawn', () => {
    const withdrawn = report([IP['id'] as string], { id: `report--${uuid(2)}`, revoked: true });
    const { reportId, skipped } = importStixBundle(text([withdrawn, report([IP['id'] as string]), IP]));
    expect(reportId).toBe(REPORT);
    expect(skipped).toEqual([
      { id: withdrawn['id'], type: 'report', reason: 'Its producer has withdrawn it (revoked).' },
    ]);
  });

  describe('refuses an invalid bundle, naming the object and the field', () => {
    const valid = [report([IP['id'] as string]), IP];
    it.each([
      ['not JSON', '{"type": "bundle",', 'the bundle: it is not valid JSON'],
      ['not a bundle', JSON.stringify({ type: 'report' }), "the bundle, field 'type'"],
      ['STIX 2.0', text(valid, { spec_version: '2.0' }), "the bundle, field 'spec_version'"],
      ['no objects', text([]), "the bundle, field 'objects'"],
      ['an object that is not one', text([...valid, 7]), 'objects[2]: must be a JSON object'],
      [
        'an id of another type',
        text([...valid, { type: 'malware', id: `tool--${uuid(40)}` }]),
        "objects[2], field 'id'",
      ],
      ['a bad type', text([...valid, { type: 'Malware', id: `Malware--${uuid(40)}` }]), "objects[2], field 'type'"],
      [
        'an indicator without a pattern',
        text([report([IP['id'] as string]), { ...IP, pattern: undefined }]),
        `objects[1] (${IP['id'] as string}), field 'pattern'`,
      ],
      [
        'an indicator of STIX 2.0',
        text([report([IP['id'] as string]), { ...IP, spec_version: '2.0' }]),
        `objects[1] (${IP['id'] as string}), field 'spec_version'`,
      ],
      ['a report without a name', text([report([IP['id'] as string], { name: 5 }), IP]), `(${REPORT}), field 'name'`],
      ['a title too long', text([report([IP['id'] as string], { name: 'x'.repeat(301) }), IP]), 'this one has 301'],
      ['a bad object ref', text([report(['nothing'])]), `(${REPORT}), field 'object_refs[0]'`],
      [
        'a bad marking ref',
        text([report([IP['id'] as string], { object_marking_refs: ['tlp:amber'] }), IP]),
        "field 'object_marking_refs[0]'",
      ],
      ['a bad timestamp', text([...valid, { ...IP, modified: 'yesterday' }]), "field 'modified'"],
      ['a bad label', text([report([IP['id'] as string], { labels: ['ok', 3] }), IP]), "field 'labels[1]'"],
      ['no report', text([IP]), 'holds no report'],
      [
        'two reports',
        text([report([IP['id'] as string]), report([IP['id'] as string], { id: `report--${uuid(2)}` }), IP]),
        'holds 2 reports',
      ],
      ['a revoked report', text([report([IP['id'] as string], { revoked: true }), IP]), 'withdrawn it (revoked)'],
    ])('%s', (_case, bundle, words) => {
      expect(refusal(bundle).message).toContain(words);
    });
  });

  describe('keeps to its bounds: refuses, never cuts', () => {
    it('refuses text longer than the bound before reading it', () => {
      expect(() => importStixBundle(' '.repeat(101), { maxLength: 100 })).toThrow(/101 characters long/);
    });

    it('refuses more objects than the bound', () => {
      const bundle = text([report([IP['id'] as string]), IP, { type: 'x-a', id: `x-a--${uuid(3)}` }]);
      expect(() => importStixBundle(bundle, { maxObjects: 2 })).toThrow(/holds 3 objects/);
    });

    it('refuses more indicator values than a bulletin holds, counting each value once', () => {
      const many = Array.from({ length: 4 }, (_, i) =>
        indicator(10 + i, stixPattern(IndicatorType.IPV4, `203.0.113.${i}`) ?? ''),
      );
      const twice = indicator(20, stixPattern(IndicatorType.IPV4, '203.0.113.0') ?? '');
      const bundle = text([report([...many, twice].map((o) => o['id'] as string)), ...many, twice]);
      expect(importStixBundle(bundle, { maxIndicators: 4 }).content.indicators).toHaveLength(4);
      expect(() => importStixBundle(bundle, { maxIndicators: 3 })).toThrow(
        /field 'object_refs': the report's indicators and vulnerabilities come to more than 3 values, the most a bulletin holds/,
      );
    });

    it('refuses a body longer than a bulletin holds', () => {
      const bundle = text([report([IP['id'] as string], { description: `Summary.\n\n${'x'.repeat(200)}` }), IP]);
      expect(() => importStixBundle(bundle, { maxBodyLength: 100 })).toThrow(/field 'description'.*at most 100/);
    });
  });
});
