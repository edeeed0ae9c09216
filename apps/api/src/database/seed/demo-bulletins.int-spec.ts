import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, tokenOf } from '@bulwark/testing';
import { DEMO_BULLETINS } from './demo-bulletins';
import { seedDemoBulletins } from './seed-demo-bulletins';

const ALL_STATUSES = '[PUBLISHED, RETRACTED, DRAFT, IN_REVIEW]';

describe('the demo bulletins', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    expect(await seedDemoBulletins(t.app)).toBe(DEMO_BULLETINS.length);
  });
  afterAll(() => t.close());

  async function referencesSeenBy(email: string | null): Promise<string[]> {
    const token = email ? await tokenOf(t, email) : undefined;
    const data = await t.gql.data<{ bulletins: { edges: { node: { reference: string | null; tier: string } }[] } }>(
      `{ bulletins(first: 50, filter: { statuses: ${ALL_STATUSES} }) { edges { node { reference tier } } } }`,
      {},
      { token },
    );
    return data.bulletins.edges.map(({ node }) => `${node.reference ?? 'draft'}:${node.tier}`).sort();
  }

  it('are written once, through the same rules as the API, and each reader sees their share', async () => {
    expect(await seedDemoBulletins(t.app)).toBe(0);
    const year = String(new Date().getUTCFullYear());
    const seen = async (email: string | null) => (await referencesSeenBy(email)).map((r) => r.replace(year, 'YYYY'));
    expect(await seen(null)).toEqual(['CISA-YYYY-0001:CLEAR']);
    expect(await seen('contact@vendor.demo')).toEqual([
      'CISA-YYYY-0001:CLEAR',
      'CISA-YYYY-0005:GREEN',
      'EI-ISAC-YYYY-0001:GREEN',
      'EI-ISAC-YYYY-0002:GREEN',
    ]);
    expect(await seen('clerk@fulton.ga.demo')).toContain('CISA-YYYY-0002:AMBER');
    expect(await seen('official@pa.demo')).toContain('CISA-YYYY-0003:AMBER_STRICT');
    expect(await seen('official@pa.demo')).not.toContain('CISA-YYYY-0002:AMBER');
    expect(await seen('publisher@fbi.demo')).toContain('CISA-YYYY-0004:RED');
    expect(await seen('publisher@cisa.demo')).toContain('CISA-YYYY-0004:RED');
    expect(await seen('analyst@cisa.demo')).toContain('draft:AMBER');
    expect(await seen('publisher@eac.demo')).not.toContain('draft:AMBER');
  });
});
