import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  countStatements,
  createOrganization,
  createSignedInUser,
  DEMO,
  orgId,
  publishBulletin,
  retractBulletin,
  startTestApp,
  type TestApp,
  uniqueIpv4,
  uniqueTag,
} from '@bulwark/testing';

/*
 * IncidentReport.related through the real GraphQL API: possible duplicates are the other reports (R19) and the
 * published bulletins (their own policy) that the viewer may read and that name one of the same indicators, as
 * normalised. What the viewer may not read is in no list and no count (R15).
 */

const EI_ISAC_ANALYST = 'analyst@eiisac.demo';

const RELATED = `query ($id: ID!) {
  incidentReport(id: $id) {
    id
    related {
      reportCount bulletinCount
      reports { id reference title status createdAt }
      bulletins { id title }
      sharedIndicators { type value }
    }
  }
}`;

interface Related {
  reportCount: number;
  bulletinCount: number;
  reports: { id: string; reference: string; title: string; status: string; createdAt: string }[];
  bulletins: { id: string; title: string }[];
  sharedIndicators: { type: string; value: string }[];
}

const indicator = (type: string, value: string) => ({ type, value });

describe('IncidentReport.related: duplicates among reports and bulletins the viewer may read', () => {
  let t: TestApp;
  const domain = `login-${uniqueTag()}.example`;
  /** Three Georgia counties' reporters, each cleared AMBER. */
  const reporters: string[] = [];
  let gaHandlerToken = '';
  const reports: Record<'a' | 'b' | 'c' | 'cisaOnly' | 'unrelated', string> = {
    a: '',
    b: '',
    c: '',
    cisaOnly: '',
    unrelated: '',
  };
  const bulletins = { green: '', georgia: '', pennsylvania: '' };

  async function report(
    token: string,
    recipients: string[],
    indicators: { type: string; value: string }[],
  ): Promise<string> {
    const input = {
      title: `Phishing ${uniqueTag()}`,
      description: 'Poll workers received a credential phishing email.',
      category: 'CYBER_THREAT',
      startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      impact: 'NONE',
      indicators,
      recipientOrganizationIds: await Promise.all(recipients.map((shortName) => orgId(t, shortName))),
    };
    const data = await t.gql.data<{ reportIncident: { id: string } }>(
      'mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }',
      { input },
      { token },
    );
    return data.reportIncident.id;
  }

  async function related(token: string, id: string): Promise<Related> {
    const data = await t.gql.data<{ incidentReport: { related: Related } | null }>(RELATED, { id }, { token });
    if (!data.incidentReport) throw new Error(`report ${id} is not readable`);
    return data.incidentReport.related;
  }

  /** A Georgia county (LOCAL, parent Georgia) with a reporter cleared AMBER, onboarded as offices are. */
  async function georgiaCounty(platformToken: string): Promise<string> {
    const county = await createOrganization(t, platformToken, {
      kind: 'LOCAL',
      parentId: await orgId(t, 'GA-SOS'),
      jurisdiction: 'GA',
      vettedTier: 'AMBER_STRICT',
    });
    const admin = await createSignedInUser(t, platformToken, {
      organizationId: county.id,
      roles: ['ORG_ADMIN', 'VIEWER'],
      clearance: 'GREEN',
    });
    const reporter = await createSignedInUser(t, admin.accessToken, {
      organizationId: county.id,
      roles: ['VIEWER'],
      clearance: 'AMBER',
    });
    return reporter.accessToken;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const platform = await accountToken(t, DEMO.platformAdmin);
    for (let i = 0; i < 3; i += 1) reporters.push(await georgiaCounty(platform));
    gaHandlerToken = (
      await createSignedInUser(t, await accountToken(t, DEMO.gaAdmin), { roles: ['ANALYST'], clearance: 'AMBER' })
    ).accessToken;

    const toGeorgiaAndIsac = ['GA-SOS', 'EI-ISAC'];
    // Named by Fulton to CISA only: neither Georgia's office nor EI-ISAC may read it.
    reports.cisaOnly = await report(await accountToken(t, DEMO.fultonClerk), ['CISA'], [indicator('DOMAIN', domain)]);
    reports.unrelated = await report(reporters[0] ?? '', toGeorgiaAndIsac, [
      indicator('DOMAIN', `other-${uniqueTag()}.example`),
    ]);
    reports.a = await report(reporters[0] ?? '', toGeorgiaAndIsac, [
      indicator('IPV4', uniqueIpv4()),
      indicator('DOMAIN', domain),
    ]);
    // The same domain as written differently: compared as normalised.
    reports.b = await report(reporters[1] ?? '', toGeorgiaAndIsac, [indicator('DOMAIN', `${domain.toUpperCase()}.`)]);
    reports.c = await report(reporters[2] ?? '', toGeorgiaAndIsac, [
      indicator('DOMAIN', domain),
      indicator('EMAIL', `hr@${uniqueTag()}.example`),
    ]);

    const named = { indicators: [indicator('DOMAIN', domain)] };
    bulletins.green = (await publishBulletin(t, { tier: 'GREEN', ...named })).id;
    bulletins.georgia = (await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'], ...named })).id;
    bulletins.pennsylvania = (
      await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['PA-SOS'], ...named })
    ).id;
    // A retracted bulletin's indicators are withdrawn with its text (R13); a draft is not listed.
    const retracted = await publishBulletin(t, { tier: 'GREEN', ...named });
    await retractBulletin(t, retracted.id, 'Sent in error.');
    await publishBulletin(t, { tier: 'GREEN', stage: 'DRAFT', ...named });
  });
  afterAll(() => t?.close());

  it("shows EI-ISAC's handler the other two counties' reports and the bulletins it may read, with the shared indicator", async () => {
    const token = await accountToken(t, EI_ISAC_ANALYST);
    const others = { a: [reports.c, reports.b], b: [reports.c, reports.a], c: [reports.b, reports.a] };
    for (const [own, expected] of Object.entries(others)) {
      const seen = await related(token, reports[own as 'a' | 'b' | 'c']);
      expect(seen.reportCount, own).toBe(2); // not Fulton's report to CISA
      expect(seen.reports.map((r) => r.id)).toEqual(expected); // newest first
      expect(seen.bulletinCount, own).toBe(1); // GREEN only: the AMBER ones went to states EI-ISAC is not
      expect(seen.bulletins.map((b) => b.id)).toEqual([bulletins.green]);
      expect(seen.sharedIndicators).toEqual([indicator('DOMAIN', domain)]);
    }
    const summary = (await related(token, reports.a)).reports[0];
    expect(summary).toMatchObject({ id: reports.c, status: 'RECEIVED' });
    expect(summary?.reference).toMatch(/-IR-\d{4}-\d{4}$/);
  });

  it("shows Georgia's handler the other two, and also the AMBER bulletin sent to Georgia", async () => {
    const seen = await related(gaHandlerToken, reports.b);
    expect(seen.reportCount).toBe(2);
    expect(seen.reports.map((r) => r.id)).toEqual([reports.c, reports.a]);
    expect(seen.bulletinCount).toBe(2);
    expect(seen.bulletins.map((b) => b.id)).toEqual([bulletins.georgia, bulletins.green]);
    expect(seen.bulletins.map((b) => b.id)).not.toContain(bulletins.pennsylvania);
    expect(seen.sharedIndicators).toEqual([indicator('DOMAIN', domain.toLowerCase())]);
  });

  it("shows a county's reporter none of the other counties' reports, only the bulletins it may read", async () => {
    for (const [k, own] of [reports.a, reports.b, reports.c].entries()) {
      const seen = await related(reporters[k] ?? '', own);
      expect(seen.reportCount).toBe(0);
      expect(seen.reports).toEqual([]);
      // A Georgia county is a descendant of Georgia: it reads the AMBER bulletin sent there (R3).
      expect(seen.bulletins.map((b) => b.id)).toEqual([bulletins.georgia, bulletins.green]);
      expect(seen.bulletinCount).toBe(2);
      expect(seen.sharedIndicators).toEqual([indicator('DOMAIN', domain)]);
    }
    // Fulton's report to CISA: Fulton reads none of the counties' reports either.
    const fulton = await related(await accountToken(t, DEMO.fultonClerk), reports.cisaOnly);
    expect(fulton.reportCount).toBe(0);
    expect(fulton.bulletinCount).toBe(2);
  });

  it('shows nothing for a report that shares no indicator, and nothing shared beyond what matched', async () => {
    const seen = await related(await accountToken(t, EI_ISAC_ANALYST), reports.unrelated);
    expect(seen).toEqual({ reportCount: 0, bulletinCount: 0, reports: [], bulletins: [], sharedIndicators: [] });
    const a = await related(await accountToken(t, EI_ISAC_ANALYST), reports.a);
    expect(a.sharedIndicators.map((i) => i.type)).toEqual(['DOMAIN']); // not its IP address
  });

  it('reads the duplicates of a whole page of reports in a fixed number of statements (DataLoader)', async () => {
    const token = await accountToken(t, EI_ISAC_ANALYST);
    const page = (first: number, withRelated: boolean) =>
      countStatements(t, () =>
        t.gql.data<{ incidentReports: { edges: { node: { id: string; related?: Related } }[] } }>(
          `query ($first: Int) { incidentReports(first: $first, filter: { scope: RECEIVED }) {
            edges { node { id ${withRelated ? 'related { reportCount bulletinCount sharedIndicators { value } }' : ''} } }
          } }`,
          { first },
          { token },
        ),
      );
    const small = await page(2, true);
    const large = await page(20, true);
    const plain = await page(20, false);
    expect(large.result.incidentReports.edges.length).toBeGreaterThanOrEqual(4);
    expect(large.statements.length).toBe(small.statements.length);
    // The page's indicators, the related reports, the related bulletins: three statements, whatever the page.
    expect(large.statements.length - plain.statements.length).toBe(3);
    const counts = new Map(large.result.incidentReports.edges.map(({ node }) => [node.id, node.related]));
    for (const id of [reports.a, reports.b, reports.c])
      expect(counts.get(id)).toMatchObject({ reportCount: 2, bulletinCount: 1 });
    expect(counts.get(reports.unrelated)).toMatchObject({ reportCount: 0, bulletinCount: 0 });
  });
});
