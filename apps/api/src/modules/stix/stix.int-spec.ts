import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  draftBulletin,
  publishBulletin,
  retractBulletin,
  startTestApp,
  type TestApp,
} from '@bulwark/testing';
import { expectValidStix } from '@bulwark/stix/testing';

const BUNDLE = 'query ($id: ID!) { stixBundle(bulletinId: $id) }';

interface StixObject {
  type: string;
  id: string;
  [property: string]: unknown;
}

const AMBER_MARKING = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';

describe('a bulletin as a STIX 2.1 bundle', () => {
  let t: TestApp;
  let amber: { id: string; title: string; reference: string | null };
  beforeAll(async () => {
    t = await startTestApp();
    amber = await publishBulletin(t, {
      tier: 'AMBER',
      recipientOrganizations: ['GA-SOS'],
      jurisdictions: ['GA'],
      indicators: [
        { type: 'DOMAIN', value: 'stix-lure.example' },
        { type: 'IPV4', value: '198.51.100.77' },
        { type: 'CVE', value: 'CVE-2024-12345' },
      ],
    });
  });
  afterAll(() => t.close());

  const bundleFor = async (email: string, id: string) => {
    const { stixBundle } = await t.gql.data<{ stixBundle: string }>(
      BUNDLE,
      { id },
      { token: await accountToken(t, email) },
    );
    return JSON.parse(stixBundle) as { type: string; id: string; objects: StixObject[] };
  };

  it('gives a recipient the report, its indicators and its marking, and the same ids on every download', async () => {
    const bundle = await bundleFor('official@ga.demo', amber.id);
    expectValidStix(bundle);
    expect(bundle.type).toBe('bundle');
    const report = bundle.objects.find((o) => o.type === 'report');
    expect(report).toMatchObject({ name: amber.title, object_marking_refs: [AMBER_MARKING], spec_version: '2.1' });
    expect(report?.['external_references']).toContainEqual({ source_name: 'bulwark', external_id: amber.reference });
    const patterns = bundle.objects.filter((o) => o.type === 'indicator').map((o) => o['pattern']);
    expect(patterns.sort()).toEqual([
      "[domain-name:value = 'stix-lure.example']",
      "[ipv4-addr:value = '198.51.100.77']",
    ]);
    expect(bundle.objects.filter((o) => o.type === 'vulnerability').map((o) => o['name'])).toEqual(['CVE-2024-12345']);
    expect(bundle.objects.map((o) => o.id)).toContain(AMBER_MARKING);
    const again = await bundleFor('official@ga.demo', amber.id);
    expect(again.objects.map((o) => o.id)).toEqual(bundle.objects.map((o) => o.id));
    expect(again.id).not.toBe(bundle.id); // a bundle is an envelope, new each time
  });

  it('answers NOT_FOUND to whoever may not read it, exactly as for a made-up id, and records the attempt', async () => {
    const pa = await accountToken(t, 'official@pa.demo');
    const hidden = await t.gql.request(BUNDLE, { id: amber.id }, { token: pa });
    const madeUp = await t.gql.request(BUNDLE, { id: '0d1c2b3a-4f5e-4d6c-8b7a-9f8e7d6c5b4a' }, { token: pa });
    expect(hidden.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message).toBe(madeUp.errors?.[0]?.message);
    expect(hidden.data).toEqual(madeUp.data);
    const anonymous = await t.gql.request(BUNDLE, { id: amber.id });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const denied: { count: string }[] = await t.dataSource.query(
      `SELECT count(*) FROM audit_events WHERE target_id = $1 AND outcome = 'DENIED'`,
      [amber.id],
    );
    expect(Number(denied[0]?.count)).toBeGreaterThanOrEqual(2);
  });

  it('revokes every object of a retracted bulletin and carries none of its withdrawn text (R13)', async () => {
    const bulletin = await publishBulletin(t, {
      tier: 'GREEN',
      body: 'Block the lure domain at the resolver.',
      indicators: [{ type: 'DOMAIN', value: 'withdrawn-lure.example' }],
    });
    const before = await bundleFor('official@ga.demo', bulletin.id);
    await retractBulletin(t, bulletin.id, 'The lure was a test page of the vendor.');
    const after = await bundleFor('official@ga.demo', bulletin.id);
    const text = JSON.stringify(after);
    expect(text).not.toContain('withdrawn-lure.example');
    expect(text).not.toContain('Block the lure domain');
    const revoked = after.objects.filter((o) => o.type === 'report' || o.type === 'indicator');
    expect(revoked.map((o) => o['revoked'])).toEqual([true, true]);
    expect(revoked.map((o) => o.id)).toEqual(
      before.objects.filter((o) => o.type === 'report' || o.type === 'indicator').map((o) => o.id),
    );
  });

  it('has no STIX form for a draft', async () => {
    const draft = await draftBulletin(t, { tier: 'GREEN', stage: 'DRAFT' });
    const analyst = await accountToken(t, 'analyst@cisa.demo');
    expect(await t.gql.errorCode(BUNDLE, { id: draft.id }, { token: analyst })).toBe('CONFLICT');
  });
});
