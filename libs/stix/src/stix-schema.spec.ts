import { randomUUID } from 'node:crypto';
import { BulletinStatus, IndicatorType, normaliseIndicator, OrganizationKind, Tier } from '@bulwark/domain';
import { describe, expect, it } from 'vitest';
import {
  bulletinObjects,
  type StixBulletinRevision,
  type StixOrganization,
  WITHDRAWN_PATTERN,
} from './bulletin-objects';
import type { StixObject } from './stix-object';
import { expectValidStix, SAMPLE_REVISION, stixProblems } from './testing';
import { TLP_MARKING_IDS } from './tlp-marking';

/** One raw sample of every indicator type, normalised as the API stores it. */
const SAMPLES: Readonly<Record<IndicatorType, string>> = {
  [IndicatorType.IPV4]: '203.0.113.45',
  [IndicatorType.IPV6]: '2001:DB8:0:0::45',
  [IndicatorType.CIDR]: '198.51.100.77/24',
  [IndicatorType.DOMAIN]: 'ga-pollworker-training.example',
  [IndicatorType.URL]: "hxxps://ga-pollworker-training[.]example/login?next=/o'brien",
  [IndicatorType.EMAIL]: "o'brien@phish.example",
  [IndicatorType.MD5]: 'D41D8CD98F00B204E9800998ECF8427E',
  [IndicatorType.SHA1]: 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  [IndicatorType.SHA256]: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  [IndicatorType.CVE]: 'cve-2024-12345',
};

function indicator(type: IndicatorType, raw = SAMPLES[type]) {
  const result = normaliseIndicator(type, raw);
  if (!result.ok) throw new Error(`sample ${type} ${raw} refused: ${result.problem}`);
  return { type, value: result.indicator.value };
}

const organization = (name: string, kind: OrganizationKind): StixOrganization => ({
  id: randomUUID(),
  name,
  kind,
  createdAt: new Date('2026-01-01T00:00:00.000Z'),
  updatedAt: new Date('2026-03-01T12:00:00.000Z'),
});
const CISA = organization('Cybersecurity and Infrastructure Security Agency', OrganizationKind.FEDERAL);
const FBI = organization('Federal Bureau of Investigation', OrganizationKind.FEDERAL);
const EI_ISAC = organization('Elections Infrastructure ISAC', OrganizationKind.ISAC);
const VENDOR = organization('An election-systems vendor', OrganizationKind.PRIVATE);

const PUBLISHED: StixBulletinRevision = {
  ...SAMPLE_REVISION,
  tags: ['phishing', 'poll-workers'],
  originators: [CISA],
  indicators: Object.values(IndicatorType).map((type) => indicator(type)),
};

/** The envelope `StixService` serves. */
const bundleOf = (objects: StixObject[]) => ({ type: 'bundle', id: `bundle--${randomUUID()}`, objects });

const byType = (objects: readonly StixObject[], type: string) => objects.filter((o) => o.type === type);

/** What Bulwark promises beyond the specification: every reference inside a bundle resolves inside it. */
function expectSelfContained(objects: readonly StixObject[]) {
  const ids = new Set(objects.map((o) => o.id));
  for (const object of objects) {
    const refs = [object['created_by_ref'], object['object_marking_refs'], object['object_refs']].flat();
    for (const ref of refs.filter((r) => r !== undefined))
      expect(ids, `${object.id} → ${JSON.stringify(ref)}`).toContain(ref);
  }
}

describe('bulletinObjects against the STIX 2.1 schemas', () => {
  describe.each(Object.values(Tier))('a %s bulletin', (tier) => {
    it.each(Object.values(IndicatorType))('with a %s indicator is valid STIX 2.1', (type) => {
      const objects = bulletinObjects({ ...PUBLISHED, tier, indicators: [indicator(type)] });
      expectValidStix(bundleOf(objects));
      for (const object of objects) expectValidStix(object);
      expectSelfContained(objects);
      const [marking] = byType(objects, 'marking-definition');
      expect(marking?.id).toBe(TLP_MARKING_IDS[tier]);
      expect(byType(objects, type === IndicatorType.CVE ? 'vulnerability' : 'indicator')).toHaveLength(1);
    });

    it('with every indicator type at once, amended, is valid STIX 2.1', () => {
      const objects = bulletinObjects({
        ...PUBLISHED,
        tier,
        revision: 3,
        modifiedAt: new Date('2026-11-05T09:30:00.5Z'),
      });
      expectValidStix(bundleOf(objects));
      expectSelfContained(objects);
      expect(byType(objects, 'indicator')).toHaveLength(Object.values(IndicatorType).length - 1);
    });

    it('retracted (revoked, the pattern withdrawn) is valid STIX 2.1', () => {
      const objects = bulletinObjects({
        ...PUBLISHED,
        tier,
        status: BulletinStatus.RETRACTED,
        body: null,
        modifiedAt: new Date('2026-11-04T08:00:00.000Z'),
      });
      expectValidStix(bundleOf(objects));
      expectSelfContained(objects);
      const withdrawn = byType(objects, 'indicator');
      expect(withdrawn.map((i) => [i['revoked'], i['pattern']])).toEqual(
        withdrawn.map(() => [true, WITHDRAWN_PATTERN]),
      );
      expect(byType(objects, 'report')[0]?.['revoked']).toBe(true);
    });
  });

  it('a bulletin with no indicators, tags or references is valid STIX 2.1', () => {
    const objects = bulletinObjects({ ...PUBLISHED, indicators: [], tags: [], references: [], reference: null });
    expectValidStix(bundleOf(objects));
    expectSelfContained(objects);
    expect(byType(objects, 'report')[0]?.['object_refs']).toEqual(byType(objects, 'identity').map((i) => i.id));
  });

  it('a joint bulletin of several originators is valid STIX 2.1, with an identity for each', () => {
    const originators = [CISA, FBI, EI_ISAC, VENDOR];
    const objects = bulletinObjects({ ...PUBLISHED, tier: Tier.RED, originators });
    expectValidStix(bundleOf(objects));
    expectSelfContained(objects);
    expect(byType(objects, 'identity').map((i) => i['name'])).toEqual(originators.map((o) => o.name));
  });

  it('a CIDR block of IPv6 addresses is valid STIX 2.1', () => {
    const objects = bulletinObjects({ ...PUBLISHED, indicators: [indicator(IndicatorType.CIDR, '2001:db8::/32')] });
    expectValidStix(bundleOf(objects));
    expect(byType(objects, 'indicator')[0]?.['pattern']).toBe("[ipv6-addr:value = '2001:db8::/32']");
  });
});

describe('the STIX 2.1 schemas catch real mistakes', () => {
  const valid = bundleOf(bulletinObjects(PUBLISHED));
  /** A copy of the valid bundle with one object of `type` changed by `change`, and what the validator says. */
  function problemsAfter(type: string, change: (object: Record<string, unknown>) => void): string[] {
    const bundle = structuredClone(valid);
    const object = bundle.objects.find((o) => o.type === type);
    if (!object) throw new Error(`no ${type} in the bundle`);
    change(object);
    return stixProblems(bundle);
  }
  const anyLine = (problems: string[], ...parts: string[]) =>
    problems.some((line) => parts.every((part) => line.includes(part)));

  it('accepts the unchanged bundle', () => {
    expect(stixProblems(valid)).toEqual([]);
  });

  it('refuses an id whose prefix is not its type', () => {
    const problems = problemsAfter('indicator', (o) => (o['id'] = String(o['id']).replace(/^indicator--/, 'report--')));
    expect(anyLine(problems, '/id', 'must match pattern "^indicator--"')).toBe(true);
    expect(anyLine(problems, '/id', 'must start with its type')).toBe(true);
  });

  it('refuses an id whose UUID is not an RFC 4122 UUID', () => {
    const problems = problemsAfter('report', (o) => (o['id'] = 'report--0b9f3a52-8f0e-4c5e-b1e4-3d2a7c6f9e1'));
    expect(anyLine(problems, 'report', '/id', 'must match pattern')).toBe(true);
  });

  it('refuses a created_by_ref that is not an identity and a marking ref that is not a marking definition', () => {
    expect(
      anyLine(
        problemsAfter(
          'report',
          (o) => (o['created_by_ref'] = String(o['created_by_ref']).replace('identity', 'report')),
        ),
        '/created_by_ref',
        '^identity--',
      ),
    ).toBe(true);
    expect(
      anyLine(
        problemsAfter('indicator', (o) => (o['object_marking_refs'] = [`tlp--${randomUUID()}`])),
        '/object_marking_refs/0',
        '^marking-definition--',
      ),
    ).toBe(true);
  });

  it.each([
    ['indicator', 'pattern'],
    ['indicator', 'pattern_type'],
    ['indicator', 'valid_from'],
    ['report', 'published'],
    ['report', 'object_refs'],
    ['report', 'name'],
    ['vulnerability', 'name'],
    ['identity', 'name'],
    ['identity', 'modified'],
    ['marking-definition', 'created'],
  ])('refuses a %s without its required %s', (type, property) => {
    const problems = problemsAfter(type, (o) => delete o[property]);
    expect(anyLine(problems, type, `must have required property '${property}'`)).toBe(true);
  });

  it.each([
    ['without Z', '2026-11-02T14:00:00.123'],
    ['with an offset instead of Z', '2026-11-02T14:00:00.123+00:00'],
    ['with a lowercase z', '2026-11-02T14:00:00.123z'],
    ['with no milliseconds', '2026-11-02T14:00:00Z'],
    ['with a decimal point and no digits', '2026-11-02T14:00:00.Z'],
    ['on a day that does not exist', '2026-02-30T14:00:00.123Z'],
  ])('refuses a created timestamp %s', (_, created) => {
    expect(
      anyLine(
        problemsAfter('report', (o) => (o['created'] = created)),
        'report',
        '/created',
        'must match',
      ),
    ).toBe(true);
  });

  it('refuses a published timestamp without Z, but takes one without milliseconds', () => {
    expect(
      anyLine(
        problemsAfter('report', (o) => (o['published'] = '2026-11-02T14:00:00')),
        '/published',
      ),
    ).toBe(true);
    expect(problemsAfter('report', (o) => (o['published'] = '2026-11-02T14:00:00Z'))).toEqual([]);
  });

  it.each([
    ['with hyphens', 'x-bulwark-severity', 'is neither a STIX 2.1 property'],
    ['without the x_ prefix', 'bulwark_severity', 'is neither a STIX 2.1 property'],
    ['in uppercase', 'x_Bulwark_Severity', 'is neither a STIX 2.1 property'],
    ['longer than 250 characters', `x_${'a'.repeat(249)}`, 'is neither a STIX 2.1 property'],
    ['misspelling a property of the specification', 'pattern_typ', 'is neither a STIX 2.1 property'],
  ])('refuses a custom property name %s', (_, name, message) => {
    const problems = problemsAfter('indicator', (o) => (o[name] = 'HIGH'));
    expect(anyLine(problems, 'indicator', message)).toBe(true);
  });

  it('takes a well-formed custom property', () => {
    expect(problemsAfter('indicator', (o) => (o['x_bulwark_confidence_note'] = { by: 'analyst' }))).toEqual([]);
  });

  it.each([
    ['spec_version 2.0', 'report', (o: Record<string, unknown>) => (o['spec_version'] = '2.0'), '/spec_version'],
    ['an empty list', 'report', (o: Record<string, unknown>) => (o['labels'] = []), '/labels'],
    ['revoked as a string', 'report', (o: Record<string, unknown>) => (o['revoked'] = 'true'), '/revoked'],
    [
      'an external reference with a source name only',
      'report',
      (o: Record<string, unknown>) => (o['external_references'] = [{ source_name: 'bulwark' }]),
      '/external_references/0',
    ],
    [
      'a CVE reference without its id',
      'vulnerability',
      (o: Record<string, unknown>) => (o['external_references'] = [{ source_name: 'cve', url: 'https://cve.org' }]),
      "must have required property 'external_id'",
    ],
    [
      'a STIX pattern that is not an observation expression',
      'indicator',
      (o: Record<string, unknown>) => (o['pattern'] = "domain-name:value = 'lure.example'"),
      '/pattern',
    ],
    [
      'defanged, which is for SCOs only',
      'indicator',
      (o: Record<string, unknown>) => (o['defanged'] = true),
      'defanged',
    ],
    [
      'a modified on a marking definition',
      'marking-definition',
      (o: Record<string, unknown>) => (o['modified'] = o['created']),
      'modified',
    ],
    [
      'a TLP 2.0 marking definition renamed',
      'marking-definition',
      (o: Record<string, unknown>) => (o['name'] = 'TLP:AMBER-STRICT'),
      '/name',
    ],
    [
      'a TLP 2.0 marking definition with another level',
      'marking-definition',
      (o: Record<string, unknown>) => {
        const [extension] = Object.values(o['extensions'] as Record<string, Record<string, unknown>>);
        if (extension) extension['tlp_2_0'] = 'red';
      },
      'tlp_2_0',
    ],
    [
      'a TLP 2.0 marking definition re-dated',
      'marking-definition',
      (o: Record<string, unknown>) => (o['created'] = '2023-01-01T00:00:00.000Z'),
      '/created',
    ],
  ])('refuses %s', (_, type, change, where) => {
    expect(anyLine(problemsAfter(type, change), type, where)).toBe(true);
  });

  it('refuses a modified earlier than created, which no schema can compare', () => {
    const objects = bulletinObjects({ ...PUBLISHED, modifiedAt: new Date('2026-11-02T14:00:00.122Z') });
    expect(anyLine(stixProblems(bundleOf(objects)), 'report', '/modified: must not be earlier than created')).toBe(
      true,
    );
  });

  it('refuses a bundle with a spec_version, a bad id or an object of a type it does not know', () => {
    expect(anyLine(stixProblems({ ...valid, spec_version: '2.1' }), '(bundle', 'spec_version')).toBe(true);
    expect(anyLine(stixProblems({ ...valid, id: `report--${randomUUID()}` }), '/id', '^bundle--')).toBe(true);
    expect(anyLine(stixProblems({ ...valid, objects: [] }), '/objects', 'must NOT have fewer than 1 items')).toBe(true);
    const stranger = { type: 'indicatr', spec_version: '2.1', id: `indicatr--${randomUUID()}` };
    expect(anyLine(stixProblems({ ...valid, objects: [...valid.objects, stranger] }), 'indicatr', '/type')).toBe(true);
  });

  it('explains itself: the error names the object, the property and the rule', () => {
    const bundle = structuredClone(valid);
    const report = bundle.objects.find((o) => o.type === 'report') as Record<string, unknown>;
    delete report['published'];
    const index = bundle.objects.indexOf(report as StixObject);
    expect(() => expectValidStix(bundle)).toThrow(
      `objects/${index} (report ${String(report['id'])}) /: must have required property 'published'`,
    );
  });
});
