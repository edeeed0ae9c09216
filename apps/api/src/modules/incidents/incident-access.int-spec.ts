import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  CISA_ANALYST,
  createSignedInUser,
  EI_ISAC_ANALYST,
  FBI_PUBLISHER,
  FULTON_CLERK,
  GA_OFFICIAL,
  MARICOPA_CLERK,
  orgId,
  reportIncident,
  type ReportedIncident,
  startTestApp,
  type TestApp,
} from '@bulwark/testing';

const REPORT = 'query ($id: ID!) { incidentReport(id: $id) { id reference mayTriage assignedToYou } }';
const REPORTS = `query ($first: Int, $filter: IncidentReportFilter) {
  incidentReports(first: $first, filter: $filter) { totalCount edges { node { id } } }
}`;
const TAKE = 'mutation ($input: IncidentReportIdInput!) { takeIncidentReport(input: $input) { id status } }';
const SET_STATUS = 'mutation ($input: SetIncidentStatusInput!) { setIncidentStatus(input: $input) { id status } }';
const COMMENT = 'mutation ($input: CommentOnIncidentReportInput!) { commentOnIncidentReport(input: $input) { id } }';

const MISSING = '00000000-0000-4000-8000-000000000000';
const PA_OFFICIAL = 'official@pa.demo';
const VENDOR = 'contact@vendor.demo';
/** Members of organizations that neither reported nor received the report: it does not exist for them. */
const OUTSIDERS = [PA_OFFICIAL, MARICOPA_CLERK, VENDOR, FBI_PUBLISHER, 'admin@platform.demo'];

interface Listed {
  incidentReports: { totalCount: number; edges: { node: { id: string } }[] };
}

describe('who reads an incident report (R19) and what everyone else learns (R15)', () => {
  let t: TestApp;
  let fultonColleague: string;
  let report: ReportedIncident;
  const outsiderCounts = new Map<string, number>();

  const asToken = (who: string) => (who.includes('@') ? accountToken(t, who) : Promise.resolve(who));
  const read = async (who: string, id = report.id) =>
    (
      await t.gql.data<{ incidentReport: { id: string; mayTriage: boolean; assignedToYou: boolean } | null }>(
        REPORT,
        { id },
        { token: await asToken(who) },
      )
    ).incidentReport;
  const list = async (who: string) =>
    (await t.gql.data<Listed>(REPORTS, { first: 100 }, { token: await asToken(who) })).incidentReports;
  const denials = async (id: string) =>
    (
      await t.dataSource.query<{ details: { attempted: string; reason?: string } }[]>(
        `SELECT details FROM audit_events WHERE target_type = 'INCIDENT_REPORT' AND target_id = $1 AND outcome = 'DENIED'
          ORDER BY position`,
        [id],
      )
    ).map((row) => row.details);

  beforeAll(async () => {
    t = await startTestApp();
    // A second person at Fulton, cleared AMBER, made as onboarding does (the platform admin's first admin is GREEN).
    const platform = await accountToken(t, 'admin@platform.demo');
    const fulton = await orgId(t, 'GA-FULTON');
    const admin = await createSignedInUser(t, platform, {
      organizationId: fulton,
      roles: ['ORG_ADMIN', 'VIEWER'],
      clearance: 'GREEN',
    });
    fultonColleague = (
      await createSignedInUser(t, admin.accessToken, { organizationId: fulton, roles: ['VIEWER'], clearance: 'AMBER' })
    ).accessToken;
    for (const who of OUTSIDERS) outsiderCounts.set(who, (await list(who)).totalCount);
    report = await reportIncident(t, {
      reporter: FULTON_CLERK,
      recipients: ['GA-SOS', 'EI-ISAC', 'CISA'],
      indicators: [
        { type: 'DOMAIN', value: 'fulton-pollworker-portal.example' },
        { type: 'IPV4', value: '203.0.113.77' },
      ],
    });
  });
  afterAll(() => t.close());

  it('is read by its reporter, their colleagues, and the members of each recipient organization', async () => {
    for (const who of [FULTON_CLERK, GA_OFFICIAL, CISA_ANALYST, EI_ISAC_ANALYST, 'admin@ga.demo']) {
      expect((await read(who))?.id, who).toBe(report.id);
      const listed = await list(who);
      expect(
        listed.edges.map((edge) => edge.node.id),
        who,
      ).toContain(report.id);
      expect(listed.totalCount, who).toBe(listed.edges.length);
    }
    expect((await read(fultonColleague))?.id).toBe(report.id);
    expect((await list(fultonColleague)).edges.map((edge) => edge.node.id)).toContain(report.id);
  });

  it('does not exist for anyone else: null by id as a missing report, absent from lists and counts', async () => {
    for (const who of OUTSIDERS) {
      expect(await read(who), who).toBeNull();
      expect(await read(who, MISSING), who).toBeNull();
      const listed = await list(who);
      expect(
        listed.edges.map((edge) => edge.node.id),
        who,
      ).not.toContain(report.id);
      expect(listed.totalCount, who).toBe(outsiderCounts.get(who));
      const received = await t.gql.data<Listed>(
        REPORTS,
        { first: 100, filter: { scope: 'RECEIVED' } },
        { token: await accountToken(t, who) },
      );
      expect(
        received.incidentReports.edges.map((edge) => edge.node.id),
        who,
      ).not.toContain(report.id);
    }
  });

  it("is not shared down the tree: Georgia's other county does not read a report sent to Georgia", async () => {
    const platform = await accountToken(t, 'admin@platform.demo');
    const cobb = await orgId(t, 'GA-COBB');
    const admin = await createSignedInUser(t, platform, {
      organizationId: cobb,
      roles: ['ORG_ADMIN'],
      clearance: 'GREEN',
    });
    const cobbClerk = await createSignedInUser(t, admin.accessToken, {
      organizationId: cobb,
      roles: ['ANALYST'],
      clearance: 'AMBER',
    });
    expect(await read(cobbClerk.accessToken)).toBeNull();
    expect((await list(cobbClerk.accessToken)).totalCount).toBe(0);
  });

  it('answers a mutation on a hidden report as on a missing one (NOT_FOUND), and records each attempt as denied', async () => {
    const fbi = await accountToken(t, FBI_PUBLISHER);
    const pa = await accountToken(t, PA_OFFICIAL);
    for (const id of [report.id, MISSING]) {
      expect(await t.gql.errorCode(TAKE, { input: { id } }, { token: fbi })).toBe('NOT_FOUND');
      expect(await t.gql.errorCode(SET_STATUS, { input: { id, status: 'CLOSED' } }, { token: fbi })).toBe('NOT_FOUND');
      expect(await t.gql.errorCode(COMMENT, { input: { id, body: 'hello?' } }, { token: pa })).toBe('NOT_FOUND');
    }
    const hidden = await t.gql.request(COMMENT, { input: { id: report.id, body: 'hello?' } }, { token: pa });
    const missing = await t.gql.request(COMMENT, { input: { id: MISSING, body: 'hello?' } }, { token: pa });
    expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(await read(PA_OFFICIAL)).toBeNull();

    const recorded = await denials(report.id);
    expect(recorded).toEqual(
      expect.arrayContaining([
        { attempted: 'INCIDENT_READ' },
        { attempted: 'INCIDENT_ASSIGNED' },
        { attempted: 'INCIDENT_STATUS_CHANGED' },
        { attempted: 'INCIDENT_COMMENTED' },
      ]),
    );
    expect(await denials(MISSING)).toEqual([]);
    const status = await t.dataSource.query<{ status: string; assignee_user_id: string | null }[]>(
      'SELECT status, assignee_user_id FROM incident_reports WHERE id = $1',
      [report.id],
    );
    expect(status).toEqual([{ status: 'RECEIVED', assignee_user_id: null }]);
  });

  it("lets a recipient's viewers read but not triage: FORBIDDEN, on the record", async () => {
    const official = await accountToken(t, GA_OFFICIAL);
    expect(await read(GA_OFFICIAL)).toMatchObject({ id: report.id, mayTriage: false });
    expect((await read(CISA_ANALYST))?.mayTriage).toBe(true);
    expect((await read(FULTON_CLERK))?.mayTriage).toBe(false);
    // A VIEWER holds no INCIDENT_TRIAGE at all.
    expect(await t.gql.errorCode(TAKE, { input: { id: report.id } }, { token: official })).toBe('FORBIDDEN');
    expect(await t.gql.errorCode(SET_STATUS, { input: { id: report.id, status: 'CLOSED' } }, { token: official })).toBe(
      'FORBIDDEN',
    );
    // Georgia's official reads the thread but is neither the reporter nor a handler.
    expect(await t.gql.errorCode(COMMENT, { input: { id: report.id, body: 'Noted.' } }, { token: official })).toBe(
      'FORBIDDEN',
    );
    expect(await denials(report.id)).toContainEqual({ attempted: 'INCIDENT_COMMENTED', reason: 'NOT_A_HANDLER' });
  });

  it('is triaged only by analysts and publishers of a recipient, not of the reporting organization', async () => {
    // A Fulton analyst reads the report (their organization reported it) but does not handle it.
    const platform = await accountToken(t, 'admin@platform.demo');
    const fulton = await orgId(t, 'GA-FULTON');
    const admin = await createSignedInUser(t, platform, {
      organizationId: fulton,
      roles: ['ORG_ADMIN'],
      clearance: 'GREEN',
    });
    const analyst = await createSignedInUser(t, admin.accessToken, {
      organizationId: fulton,
      roles: ['ANALYST'],
      clearance: 'AMBER',
    });
    expect(await read(analyst.accessToken)).toMatchObject({ id: report.id, mayTriage: false });
    expect(await t.gql.errorCode(TAKE, { input: { id: report.id } }, { token: analyst.accessToken })).toBe('FORBIDDEN');
  });

  it('keeps an AMBER_STRICT report from recipients cleared below it, and records each read of it', async () => {
    // Georgia's official (AMBER_STRICT) reports to the EI-ISAC (AMBER_STRICT) and CISA.
    const strict = await reportIncident(t, {
      reporter: GA_OFFICIAL,
      recipients: ['EI-ISAC', 'CISA'],
      tier: 'AMBER_STRICT',
    });
    expect((await read(EI_ISAC_ANALYST, strict.id))?.id).toBe(strict.id);
    // Georgia's administrator is cleared AMBER only: the report is not there for them (R6).
    expect(await read('admin@ga.demo', strict.id)).toBeNull();
    const reads = await t.dataSource.query<{ actor_user_id: string }[]>(
      `SELECT actor_user_id FROM audit_events WHERE action = 'INCIDENT_READ' AND outcome = 'ALLOWED' AND target_id = $1`,
      [strict.id],
    );
    expect(reads).toHaveLength(1);
    const amberReads = await t.dataSource.query<unknown[]>(
      `SELECT 1 FROM audit_events WHERE action = 'INCIDENT_READ' AND outcome = 'ALLOWED' AND target_id = $1`,
      [report.id],
    );
    expect(amberReads).toEqual([]);
  });
});
