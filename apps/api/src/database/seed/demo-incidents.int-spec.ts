import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountToken, startTestApp, type TestApp } from '@bulwark/testing';
import { DEMO_INCIDENTS } from './demo-incidents';
import { seedDemoIncidents } from './seed-demo-incidents';

const QUEUE = `query ($filter: IncidentReportFilter) {
  incidentReports(first: 50, filter: $filter) { totalCount edges { node { reference status comments { fromReporterSide } } } }
}`;

interface Queue {
  incidentReports: {
    totalCount: number;
    edges: { node: { reference: string; status: string; comments: { fromReporterSide: boolean }[] } }[];
  };
}

describe('the demo incident reports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    expect(await seedDemoIncidents(t.app)).toBe(DEMO_INCIDENTS.length);
  });
  afterAll(() => t.close());

  const queueOf = async (email: string, filter: Record<string, unknown> = {}) =>
    (await t.gql.data<Queue>(QUEUE, { filter }, { token: await accountToken(t, email) })).incidentReports;
  const year = String(new Date().getUTCFullYear());
  const references = (queue: Queue['incidentReports']) =>
    queue.edges.map(({ node }) => `${node.reference.replace(year, 'YYYY')}:${node.status}`).sort();

  it("are written once, through the service, and fill the handlers' queues with what each may read", async () => {
    expect(await seedDemoIncidents(t.app)).toBe(0);
    expect(references(await queueOf('analyst@cisa.demo', { scope: 'RECEIVED' }))).toEqual([
      'AZ-MARICOPA-IR-YYYY-0002:RECEIVED',
      'GA-FULTON-IR-YYYY-0001:NEEDS_INFO',
    ]);
    expect(references(await queueOf('analyst@eiisac.demo', { scope: 'RECEIVED' }))).toEqual([
      'AZ-MARICOPA-IR-YYYY-0001:RECEIVED',
      'GA-FULTON-IR-YYYY-0001:NEEDS_INFO',
    ]);
    const fulton = await queueOf('clerk@fulton.ga.demo');
    expect(fulton.totalCount).toBe(1);
    expect(fulton.edges[0]?.node.comments.map((c) => c.fromReporterSide)).toEqual([false, true]);
    expect((await queueOf('official@pa.demo')).totalCount).toBe(0);
  });
});
