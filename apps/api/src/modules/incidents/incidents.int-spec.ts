import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  CISA_ANALYST,
  countRows,
  createOrganization,
  EI_ISAC_ANALYST,
  FULTON_CLERK,
  GA_OFFICIAL,
  INCIDENT_FIELDS,
  MARICOPA_CLERK,
  REPORT_INCIDENT,
  reportIncident,
  reportIncidentInput,
  startTestApp,
  type TestApp,
  userId,
} from '@bulwark/testing';

const REPORT = `query ($id: ID!) { incidentReport(id: $id) {
  ${INCIDENT_FIELDS} description descriptionHtml updatedAt
  comments { id body authorName authorOrganizationName fromReporterSide createdAt }
} }`;
const QUEUE = `query ($first: Int, $after: String, $filter: IncidentReportFilter) {
  incidentReports(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status } }
  }
}`;
const OPTIONS = 'query { incidentRecipientOptions { shortName kind vettedTier acceptsIncidentReports } }';
const TAKE = `mutation ($input: IncidentReportIdInput!) { takeIncidentReport(input: $input) { ${INCIDENT_FIELDS} } }`;
const SET_STATUS = `mutation ($input: SetIncidentStatusInput!) { setIncidentStatus(input: $input) { ${INCIDENT_FIELDS} } }`;
const COMMENT = `mutation ($input: CommentOnIncidentReportInput!) {
  commentOnIncidentReport(input: $input) { id body authorName authorOrganizationName fromReporterSide createdAt }
}`;
const SET_ACCEPTS = `mutation ($input: SetOrganizationAcceptsIncidentReportsInput!) {
  setOrganizationAcceptsIncidentReports(input: $input) { id acceptsIncidentReports }
}`;

interface Report {
  id: string;
  reference: string;
  status: string;
  tier: string;
  jurisdiction: string | null;
  assigneeName: string | null;
  assignedToYou: boolean;
  mayTriage: boolean;
  firstResponseAt: string | null;
  updatedAt: string;
  indicators: { type: string; value: string }[];
  descriptionHtml: string;
  reportingOrganization: { shortName: string };
  recipientOrganizations: { shortName: string }[];
  comments: { body: string; authorName: string; authorOrganizationName: string; fromReporterSide: boolean }[];
  [field: string]: unknown;
}

interface Queue {
  incidentReports: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; status: string } }[];
  };
}

describe('incident reports: reporting, the triage queue and the thread', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const token = (email: string) => accountToken(t, email);
  const read = async (email: string, id: string) =>
    (await t.gql.data<{ incidentReport: Report | null }>(REPORT, { id }, { token: await token(email) })).incidentReport;
  const queue = async (email: string, variables: Record<string, unknown>) =>
    (await t.gql.data<Queue>(QUEUE, variables, { token: await token(email) })).incidentReports;
  const events = async (id: string) =>
    t.dataSource.query<{ sequence: string; type: string; status: string | null; comment_id: string | null }[]>(
      'SELECT sequence, type, status, comment_id FROM incident_events WHERE report_id = $1 ORDER BY sequence',
      [id],
    );
  const audited = async (id: string) =>
    (
      await t.dataSource.query<{ action: string }[]>(
        `SELECT action FROM audit_events WHERE target_id = $1 AND outcome = 'ALLOWED' ORDER BY position`,
        [id],
      )
    ).map((row) => row.action);

  it('are reported with a reference, normalised indicators and the defaults, on the record and as an event', async () => {
    const report = (await reportIncident(t, {
      description: 'Poll workers got **phishing** emails. <script>alert(1)</script>',
      indicators: [
        { type: 'DOMAIN', value: 'Fulton-PollWorker-Portal[.]example' },
        { type: 'URL', value: 'hxxps://fulton-pollworker-portal[.]example/confirm' },
      ],
    })) as unknown as Report;
    const year = new Date().getUTCFullYear();
    expect(report.reference).toMatch(new RegExp(`^GA-FULTON-IR-${year}-\\d{4}$`));
    expect(report).toMatchObject({
      tier: 'AMBER',
      status: 'RECEIVED',
      jurisdiction: 'GA',
      reporterName: 'Fulton County Clerk',
      reporterMayBeNamed: false,
      assigneeName: null,
      firstResponseAt: null,
      reportingOrganization: { shortName: 'GA-FULTON' },
      indicators: [
        { type: 'DOMAIN', value: 'fulton-pollworker-portal.example' },
        { type: 'URL', value: 'https://fulton-pollworker-portal.example/confirm' },
      ],
    });
    expect(report.recipientOrganizations.map((o) => o.shortName).sort()).toEqual(['CISA', 'EI-ISAC', 'GA-SOS']);
    const full = await read(GA_OFFICIAL, report.id);
    expect(full?.descriptionHtml).toContain('<strong>phishing</strong>');
    expect(full?.descriptionHtml).not.toContain('<script>');
    expect(await events(report.id)).toEqual([
      expect.objectContaining({ type: 'REPORTED', status: 'RECEIVED', comment_id: null }),
    ]);
    expect(await audited(report.id)).toEqual(['INCIDENT_REPORTED']);

    const next = await reportIncident(t, { tier: 'GREEN' });
    const number = (reference: string) => Number(reference.split('-').at(-1));
    expect(number(next.reference)).toBe(number(report.reference) + 1);
  });

  it('refuse invalid input with BAD_USER_INPUT and write nothing', async () => {
    const clerk = await token(FULTON_CLERK);
    const valid = await reportIncidentInput(t);
    const before = await countRows(t, 'SELECT count(*) FROM incident_reports');
    const eventsBefore = await countRows(t, 'SELECT count(*) FROM incident_events');
    const invalid: Record<string, unknown>[] = [
      { title: 'ab' },
      { title: 'x'.repeat(201) },
      { description: '   ' },
      { description: 'x'.repeat(20_001) },
      { tier: 'RED' },
      { tier: 'CLEAR' },
      // Fulton's clerk is cleared AMBER: an AMBER_STRICT report would be hidden from its own reporter.
      { tier: 'AMBER_STRICT' },
      { recipientOrganizationIds: [] },
      { jurisdiction: 'XX' },
      { location: 'x'.repeat(301) },
      { startedAt: new Date(Date.now() + 86_400_000).toISOString() },
      { indicators: [{ type: 'IPV4', value: '999.1.1.1' }] },
      { indicators: Array.from({ length: 101 }, (_, i) => ({ type: 'DOMAIN', value: `d${i}.example` })) },
      { recipientOrganizationIds: ['00000000-0000-4000-8000-000000000000'] },
    ];
    for (const change of invalid) {
      const code = await t.gql.errorCode(REPORT_INCIDENT, { input: { ...valid, ...change } }, { token: clerk });
      expect(code, JSON.stringify(change).slice(0, 80)).toBe('BAD_USER_INPUT');
    }
    expect(await countRows(t, 'SELECT count(*) FROM incident_reports')).toBe(before);
    expect(await countRows(t, 'SELECT count(*) FROM incident_events')).toBe(eventsBefore);
  });

  it('refuse, by name, a recipient that does not accept reports, is not one to report to, or is vetted below the tier', async () => {
    const clerk = await token(FULTON_CLERK);
    const refusal = async (recipients: string[], tier = 'AMBER') => {
      const input = { ...(await reportIncidentInput(t, { recipients })), tier };
      const response = await t.gql.request(REPORT_INCIDENT, { input }, { token: clerk });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return response.errors?.[0]?.message ?? '';
    };
    const before = await countRows(t, 'SELECT count(*) FROM incident_reports');
    expect(await refusal(['CISA', 'AZ-MARICOPA'])).toMatch(/Maricopa County[^;]* does not accept incident reports/);
    expect(await refusal(['AZ-SOS'])).toMatch(/Arizona[^;]* is not one your organization may report to/);
    expect(await refusal(['GA-FULTON'])).toMatch(/is your own organization/);

    // A federal office vetted GREEN, that a platform administrator lets take reports: AMBER is refused, GREEN goes.
    const platform = await token('admin@platform.demo');
    const office = await createOrganization(t, platform, { kind: 'FEDERAL', vettedTier: 'GREEN' });
    expect(await refusal([office.shortName])).toMatch(new RegExp(`${office.name} does not accept incident reports`));
    const setAccepts = { input: { organizationId: office.id, accepts: true } };
    expect(await t.gql.errorCode(SET_ACCEPTS, setAccepts, { token: await token(CISA_ANALYST) })).toBe('FORBIDDEN');
    expect(await t.gql.data(SET_ACCEPTS, setAccepts, { token: platform })).toEqual({
      setOrganizationAcceptsIncidentReports: { id: office.id, acceptsIncidentReports: true },
    });
    expect(await refusal(['CISA', office.shortName])).toMatch(
      new RegExp(`^Cannot send the report to every recipient: ${office.name} is vetted GREEN, below AMBER\\.$`),
    );
    expect(await countRows(t, 'SELECT count(*) FROM incident_reports')).toBe(before);
    const green = await reportIncident(t, { recipients: ['CISA', office.shortName], tier: 'GREEN' });
    expect(green.tier).toBe('GREEN');
    const change = await t.dataSource.query<{ details: unknown }[]>(
      `SELECT details FROM audit_events WHERE action = 'ORGANIZATION_UPDATED' AND target_id = $1`,
      [office.id],
    );
    expect(change.map((row) => row.details)).toEqual([
      { before: { acceptsIncidentReports: false }, after: { acceptsIncidentReports: true } },
    ]);
  });

  it('offer as recipients the federal agencies, the ISACs and your own state, when they accept reports', async () => {
    const options = async (email: string) =>
      (
        await t.gql.data<{ incidentRecipientOptions: { shortName: string; acceptsIncidentReports: boolean }[] }>(
          OPTIONS,
          {},
          { token: await token(email) },
        )
      ).incidentRecipientOptions;
    const fulton = (await options(FULTON_CLERK)).map((o) => o.shortName);
    expect(fulton).toEqual(expect.arrayContaining(['CISA', 'FBI', 'EAC', 'EI-ISAC', 'MS-ISAC', 'GA-SOS']));
    for (const absent of ['AZ-SOS', 'PA-SOS', 'GA-FULTON', 'GA-COBB', 'VENDOR-BSI', 'BULWARK'])
      expect(fulton).not.toContain(absent);
    const maricopa = (await options(MARICOPA_CLERK)).map((o) => o.shortName);
    expect(maricopa).toContain('AZ-SOS');
    expect(maricopa).not.toContain('GA-SOS');
    expect((await options(FULTON_CLERK)).every((o) => o.acceptsIncidentReports)).toBe(true);
  });

  it('are taken, moved through their statuses and discussed by handlers, each step an event on the record', async () => {
    const report = await reportIncident(t, { impact: 'DEGRADED' });
    const clerk = await token(FULTON_CLERK);
    const analyst = await token(CISA_ANALYST);
    const isac = await token(EI_ISAC_ANALYST);

    const taken = (
      await t.gql.data<{ takeIncidentReport: Report }>(TAKE, { input: { id: report.id } }, { token: analyst })
    ).takeIncidentReport;
    expect(taken).toMatchObject({ status: 'TRIAGING', assigneeName: 'CISA Analyst', assignedToYou: true });
    expect(taken.firstResponseAt).not.toBeNull();
    const firstResponseAt = taken.firstResponseAt;
    expect((await read(EI_ISAC_ANALYST, report.id))?.assignedToYou).toBe(false);

    const question = (
      await t.gql.data<{ commentOnIncidentReport: Record<string, unknown> }>(
        COMMENT,
        { input: { id: report.id, body: '  Did either account reach the registration system?  ' } },
        { token: analyst },
      )
    ).commentOnIncidentReport;
    expect(question).toMatchObject({
      body: 'Did either account reach the registration system?',
      authorName: 'CISA Analyst',
      authorOrganizationName: 'Cybersecurity and Infrastructure Security Agency',
      fromReporterSide: false,
    });
    const needsInfo = (
      await t.gql.data<{ setIncidentStatus: Report }>(
        SET_STATUS,
        { input: { id: report.id, status: 'NEEDS_INFO' } },
        { token: isac },
      )
    ).setIncidentStatus;
    expect(needsInfo).toMatchObject({ status: 'NEEDS_INFO', assigneeName: 'CISA Analyst', assignedToYou: false });
    await t.gql.data(COMMENT, { input: { id: report.id, body: 'Neither did.' } }, { token: clerk });

    // The reporter's answer leaves NEEDS_INFO for a handler to move; the first response stays the first.
    const after = await read(GA_OFFICIAL, report.id);
    expect(after).toMatchObject({ status: 'NEEDS_INFO', firstResponseAt });
    expect(after?.comments.map((c) => [c.body, c.authorName, c.fromReporterSide])).toEqual([
      ['Did either account reach the registration system?', 'CISA Analyst', false],
      ['Neither did.', 'Fulton County Clerk', true],
    ]);

    const recorded = await events(report.id);
    expect(recorded.map((e) => [e.type, e.status])).toEqual([
      ['REPORTED', 'RECEIVED'],
      ['ASSIGNED', 'TRIAGING'],
      ['COMMENTED', null],
      ['STATUS_CHANGED', 'NEEDS_INFO'],
      ['COMMENTED', null],
    ]);
    const sequences = recorded.map((e) => Number(e.sequence));
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(await audited(report.id)).toEqual([
      'INCIDENT_REPORTED',
      'INCIDENT_ASSIGNED',
      'INCIDENT_COMMENTED',
      'INCIDENT_STATUS_CHANGED',
      'INCIDENT_COMMENTED',
    ]);
    const assignee = await t.dataSource.query<{ assignee_user_id: string }[]>(
      'SELECT assignee_user_id FROM incident_reports WHERE id = $1',
      [report.id],
    );
    expect(assignee[0]?.assignee_user_id).toBe(await userId(t, CISA_ANALYST));

    // The same status again changes nothing; a blank comment is refused.
    await t.gql.data(SET_STATUS, { input: { id: report.id, status: 'NEEDS_INFO' } }, { token: isac });
    expect(await events(report.id)).toHaveLength(5);
    expect(await t.gql.errorCode(COMMENT, { input: { id: report.id, body: '   ' } }, { token: clerk })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await events(report.id)).toHaveLength(5);
  });

  it('make a newest-first queue for handlers, filtered by scope, status, impact, category and jurisdiction', async () => {
    const halted = await reportIncident(t, { impact: 'HALTED', category: 'EQUIPMENT_FAILURE' });
    const maricopa = await reportIncident(t, {
      reporter: MARICOPA_CLERK,
      recipients: ['AZ-SOS', 'CISA'],
      category: 'VOTER_FACING_DISRUPTION',
    });
    const newest = await reportIncident(t, { impact: 'HALTED', category: 'EQUIPMENT_FAILURE' });

    const received = await queue(CISA_ANALYST, { first: 100, filter: { scope: 'RECEIVED' } });
    const ids = received.edges.map((e) => e.node.id);
    expect(ids.slice(0, 3)).toEqual([newest.id, maricopa.id, halted.id]);
    expect(received.totalCount).toBe(ids.length);

    const filtered = await queue(CISA_ANALYST, {
      first: 100,
      filter: { impacts: ['HALTED'], categories: ['EQUIPMENT_FAILURE'], statuses: ['RECEIVED'], jurisdictions: ['GA'] },
    });
    expect(filtered.edges.map((e) => e.node.id)).toEqual([newest.id, halted.id]);
    expect(filtered.totalCount).toBe(2);
    const arizona = await queue(CISA_ANALYST, { filter: { jurisdictions: ['AZ'] } });
    expect(arizona.edges.map((e) => e.node.id)).toEqual([maricopa.id]);

    // Pages follow one another without gaps or repeats.
    const first = await queue(CISA_ANALYST, {
      first: 1,
      filter: { impacts: ['HALTED'], categories: ['EQUIPMENT_FAILURE'] },
    });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await queue(CISA_ANALYST, {
      first: 1,
      after: first.pageInfo.endCursor,
      filter: { impacts: ['HALTED'], categories: ['EQUIPMENT_FAILURE'] },
    });
    expect([first.edges[0]?.node.id, second.edges[0]?.node.id]).toEqual([newest.id, halted.id]);
    expect(await t.gql.errorCode(QUEUE, { after: 'not-a-cursor' }, { token: await token(CISA_ANALYST) })).toBe(
      'BAD_USER_INPUT',
    );

    // Fulton's own reports: REPORTED scope; none of them was sent to Fulton.
    const reported = await queue(FULTON_CLERK, { first: 100, filter: { scope: 'REPORTED' } });
    expect(reported.edges.map((e) => e.node.id)).toContain(newest.id);
    expect(reported.edges.map((e) => e.node.id)).not.toContain(maricopa.id);
    expect((await queue(FULTON_CLERK, { filter: { scope: 'RECEIVED' } })).totalCount).toBe(0);
  });

  it('find reports by words and by indicator, an IP inside a reported block too, only among those you may read', async () => {
    const word = `zq${Date.now().toString(36)}`;
    const cidrReport = await reportIncident(t, {
      title: `Scanning of the e-poll book network ${word}`,
      indicators: [{ type: 'CIDR', value: `198.18.${Date.now() % 250}.0/24` }],
    });
    const block = (cidrReport['indicators'] as { value: string }[])[0]?.value ?? '';
    const inside = block.replace(/0\/24$/, '77');
    const percent = await reportIncident(t, { title: `Outage at 100% of sites ${word}`, recipients: ['CISA'] });

    const found = async (email: string, filter: Record<string, unknown>) =>
      (await queue(email, { first: 100, filter })).edges.map((e) => e.node.id);
    expect(await found(CISA_ANALYST, { search: word.toUpperCase() })).toEqual([percent.id, cidrReport.id]);
    expect(await found(CISA_ANALYST, { search: `100% of sites ${word}` })).toEqual([percent.id]);
    // LIKE's wildcards are text here: "%" matches a percent sign, not anything.
    expect(await found(CISA_ANALYST, { search: `1_0% of sites ${word}` })).toEqual([]);
    expect(await found(CISA_ANALYST, { indicator: inside })).toEqual([cidrReport.id]);
    expect(await found(CISA_ANALYST, { indicator: block.replace(/\./g, '[.]') })).toEqual([cidrReport.id]);
    // Georgia received the first, not the second; Pennsylvania neither.
    expect(await found(GA_OFFICIAL, { search: word })).toEqual([cidrReport.id]);
    expect(await found('official@pa.demo', { search: word })).toEqual([]);
    expect(await found('official@pa.demo', { indicator: inside })).toEqual([]);
    expect(await t.gql.errorCode(QUEUE, { filter: { search: ' ' } }, { token: await token(CISA_ANALYST) })).toBe(
      'BAD_USER_INPUT',
    );
  });
});
