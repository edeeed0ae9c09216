import { BulletinStatus, Tier } from '@bulwark/domain';
import { describe, expect, it } from 'vitest';
import { bulletinObjects, WITHDRAWN_PATTERN } from './bulletin-objects';
import { SAMPLE_ORIGINATOR, SAMPLE_REVISION } from './testing';
import { TLP_MARKING_IDS } from './tlp-marking';

const CISA = SAMPLE_ORIGINATOR;
const PUBLISHED = SAMPLE_REVISION;

const byType = (objects: ReturnType<typeof bulletinObjects>, type: string) => objects.filter((o) => o.type === type);

describe('a bulletin revision as STIX 2.1', () => {
  it('is a report referring to an indicator per value and a vulnerability per CVE, all under its TLP marking', () => {
    const objects = bulletinObjects(PUBLISHED);
    const [report] = byType(objects, 'report');
    expect(report).toMatchObject({
      spec_version: '2.1',
      name: PUBLISHED.title,
      description: 'A lure imitating Georgia poll-worker training.\n\n## What to do\nBlock the domain.',
      published: '2026-11-02T14:00:00.123Z',
      created: '2026-11-02T14:00:00.123Z',
      modified: '2026-11-02T14:00:00.123Z',
      report_types: ['threat-report'],
      labels: ['phishing'],
      external_references: [
        { source_name: 'bulwark', external_id: 'BWK-2026-0042' },
        { source_name: 'reference', url: 'https://www.cisa.gov/topics/election-security' },
      ],
      x_bulwark_severity: 'HIGH',
    });
    const indicators = byType(objects, 'indicator');
    expect(indicators.map((i) => i['pattern'])).toEqual([
      "[domain-name:value = 'ga-pollworker-training.example']",
      "[ipv4-addr:value = '203.0.113.45']",
    ]);
    const [vulnerability] = byType(objects, 'vulnerability');
    expect(vulnerability?.['external_references']).toEqual([{ source_name: 'cve', external_id: 'CVE-2024-12345' }]);
    expect(report?.['object_refs']).toEqual([...indicators, vulnerability].map((o) => o?.id));

    const [identity] = byType(objects, 'identity');
    expect(identity).toMatchObject({
      name: CISA.name,
      identity_class: 'organization',
      sectors: ['government-national'],
    });
    expect(report?.['created_by_ref']).toBe(identity?.id);
    for (const object of [report, ...indicators, vulnerability])
      expect(object?.['object_marking_refs']).toEqual([TLP_MARKING_IDS[Tier.AMBER]]);
    expect(byType(objects, 'marking-definition').map((m) => m.id)).toEqual([TLP_MARKING_IDS[Tier.AMBER]]);
  });

  it('keeps its ids across an amendment: the objects get a new version, not new identities', () => {
    const first = bulletinObjects(PUBLISHED);
    const amended = bulletinObjects({
      ...PUBLISHED,
      revision: 2,
      tier: Tier.GREEN,
      modifiedAt: new Date('2026-11-03T09:30:00.000Z'),
    });
    const ids = (objects: typeof first) => objects.map((o) => o.id);
    expect(ids(amended).slice(0, -1)).toEqual(ids(first).slice(0, -1)); // all but the marking definition
    const [report] = byType(amended, 'report');
    expect(report).toMatchObject({ created: '2026-11-02T14:00:00.123Z', modified: '2026-11-03T09:30:00.000Z' });
    expect(report?.['object_marking_refs']).toEqual([TLP_MARKING_IDS[Tier.GREEN]]);
  });

  it('revokes every object on a retraction and carries none of the withdrawn text (R13)', () => {
    const retracted = bulletinObjects({
      ...PUBLISHED,
      status: BulletinStatus.RETRACTED,
      body: null,
      modifiedAt: new Date('2026-11-04T08:00:00.000Z'),
    });
    const served = JSON.stringify(retracted);
    for (const withdrawn of ['ga-pollworker-training.example', '203.0.113.45', 'Block the domain', 'www.cisa.gov'])
      expect(served).not.toContain(withdrawn);
    const [report] = byType(retracted, 'report');
    expect(report).toMatchObject({ revoked: true, name: PUBLISHED.title, modified: '2026-11-04T08:00:00.000Z' });
    expect(report?.['description']).toBeUndefined();
    expect(byType(retracted, 'indicator').map((i) => [i['revoked'], i['pattern']])).toEqual([
      [true, WITHDRAWN_PATTERN],
      [true, WITHDRAWN_PATTERN],
    ]);
    expect(report?.['object_refs']).toEqual(byType(bulletinObjects(PUBLISHED), 'report')[0]?.['object_refs']);
  });

  it('refers to its originators when it has no indicators, as a report must refer to something', () => {
    const objects = bulletinObjects({ ...PUBLISHED, indicators: [], tags: [], references: [] });
    const [report] = byType(objects, 'report');
    expect(report?.['object_refs']).toEqual(byType(objects, 'identity').map((i) => i.id));
    expect(report?.['labels']).toBeUndefined();
    expect(report?.['external_references']).toEqual([{ source_name: 'bulwark', external_id: 'BWK-2026-0042' }]);
  });

  it.each(Object.values(Tier))('marks a %s bulletin with the OASIS TLP 2.0 definition', (tier) => {
    const marking = byType(bulletinObjects({ ...PUBLISHED, tier }), 'marking-definition')[0];
    expect(marking?.id).toBe(TLP_MARKING_IDS[tier]);
    expect(marking?.['name']).toBe(`TLP:${tier === Tier.AMBER_STRICT ? 'AMBER+STRICT' : tier}`);
  });
});
