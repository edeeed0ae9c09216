import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  bulletinMutation,
  CISA_ANALYST,
  CISA_PUBLISHER,
  FULTON_CLERK,
  GA_OFFICIAL,
  IncidentEventSubscriber,
  MARICOPA_CLERK,
  PUBLISH_BULLETIN,
  reportIncident,
  startTestApp,
  SUBMIT_BULLETIN,
  type TestApp,
  uniqueIpv4,
  uniqueWord,
  until,
} from '@bulwark/testing';

/*
 * Issue 17's story, end to end through the real API and real sockets: Fulton County's clerk reports phishing to
 * Georgia, the EI-ISAC and CISA; offices outside that audience cannot find it by any path; CISA's analyst takes it
 * and asks a question, which reaches the clerk's open subscription; the clerk answers; the analyst drafts a GREEN
 * bulletin that names neither Fulton nor the clerk; a second publisher publishes it; Pennsylvania reads the
 * bulletin and still not the report.
 */

const PA_OFFICIAL = 'official@pa.demo';
const VENDOR = 'contact@vendor.demo';
const OUTSIDERS = [PA_OFFICIAL, MARICOPA_CLERK, VENDOR] as const;

const REPORT_QUERY = `query ($id: ID!) {
  incidentReport(id: $id) {
    id status assigneeName firstResponseAt
    comments { body authorName fromReporterSide }
    bulletins { id reference status }
  }
}`;
const REPORT_LIST = `query ($first: Int) {
  incidentReports(first: $first) { totalCount edges { node { id } } }
}`;
const TAKE = `mutation ($input: IncidentReportIdInput!) { takeIncidentReport(input: $input) { id status assigneeName } }`;
const SET_STATUS = `mutation ($input: SetIncidentStatusInput!) { setIncidentStatus(input: $input) { id status } }`;
const COMMENT = `mutation ($input: CommentOnIncidentReportInput!) { commentOnIncidentReport(input: $input) { id body } }`;
const DRAFT = `mutation ($input: DraftBulletinFromIncidentInput!) {
  draftBulletinFromIncidentReport(input: $input) {
    id status tier version title summary body jurisdictions indicators { type value }
  }
}`;
const BULLETIN = `query ($id: ID!) { bulletin(id: $id) { id status title } }`;
const SEARCH = `query ($search: String!) { bulletins(first: 50, filter: { search: $search }) { totalCount edges { node { id } } } }`;

describe('an incident report, from a county to a published bulletin (issue 17)', () => {
  let t: TestApp;
  const token = (email: string) => accountToken(t, email);
  const word = uniqueWord();
  const phishingDomain = `${word}-ballot-update.example`;
  const senderIp = uniqueIpv4();
  const listeners = new Map<string, IncidentEventSubscriber>();
  let reportId = '';

  beforeAll(async () => {
    t = await startTestApp();
    // Subscribed from the head read now: whenever each subscription reaches the server, it misses nothing after it.
    const { latestIncidentEventSequence: since } = await t.gql.data<{ latestIncidentEventSequence: number }>(
      `{ latestIncidentEventSequence }`,
      {},
      { token: await token(FULTON_CLERK) },
    );
    for (const email of [FULTON_CLERK, CISA_ANALYST, ...OUTSIDERS]) {
      const client = t.ws({ authorization: `Bearer ${await token(email)}` });
      listeners.set(email, new IncidentEventSubscriber(client, { since }));
    }
    const report = await reportIncident(t, {
      reporter: FULTON_CLERK,
      recipients: ['GA-SOS', 'EI-ISAC', 'CISA'],
      title: `Phishing wave ${word} against Fulton County poll workers`,
      description:
        `Fulton County Clerk here (clerk@fulton.ga.demo). Forty poll workers of Fulton County Elections got mail ` +
        `from ${phishingDomain} asking them to "confirm" their credentials.`,
      indicators: [
        { type: 'DOMAIN', value: phishingDomain },
        { type: 'IPV4', value: senderIp },
      ],
    });
    reportId = report.id;
  });

  afterAll(async () => {
    for (const listener of listeners.values()) listener.end();
    await t.close();
  });

  const listener = (email: string): IncidentEventSubscriber => {
    const found = listeners.get(email);
    if (!found) throw new Error(`no listener for ${email}`);
    return found;
  };

  it('reaches the clerk, Georgia and CISA', async () => {
    for (const email of [FULTON_CLERK, GA_OFFICIAL, CISA_ANALYST]) {
      const { incidentReport } = await t.gql.data<{ incidentReport: { id: string } | null }>(
        REPORT_QUERY,
        { id: reportId },
        { token: await token(email) },
      );
      expect(incidentReport?.id, email).toBe(reportId);
    }
    await until(() => listener(CISA_ANALYST).events(reportId).length > 0);
    expect(listener(CISA_ANALYST).events(reportId)[0]).toMatchObject({ type: 'REPORTED', status: 'RECEIVED' });
  });

  it.each(OUTSIDERS)('is missing for %s: by id, in lists, counts and search, and to mutations', async (email) => {
    const credentials = { token: await token(email) };
    const byId = await t.gql.request(REPORT_QUERY, { id: reportId }, credentials);
    const madeUp = await t.gql.request(REPORT_QUERY, { id: randomUUID() }, credentials);
    expect([byId.status, byId.data, byId.errors]).toEqual([madeUp.status, madeUp.data, madeUp.errors]);
    expect(byId.data).toEqual({ incidentReport: null });

    const list = await t.gql.data<{ incidentReports: { totalCount: number; edges: { node: { id: string } }[] } }>(
      REPORT_LIST,
      { first: 100 },
      credentials,
    );
    expect(list.incidentReports.edges.map((edge) => edge.node.id)).not.toContain(reportId);
    expect(list.incidentReports.totalCount).toBe(list.incidentReports.edges.length);

    const search = await t.gql.data<{ bulletins: { totalCount: number } }>(SEARCH, { search: word }, credentials);
    expect(search.bulletins.totalCount).toBe(0);

    const comment = (id: string) => t.gql.request(COMMENT, { input: { id, body: 'Anyone there?' } }, credentials);
    const refused = await comment(reportId);
    const missing = await comment(randomUUID());
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(refused.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
  });

  it("carries CISA's question to the clerk's open socket, and the clerk's answer back", async () => {
    const analyst = { token: await token(CISA_ANALYST) };
    const taken = await t.gql.data<{ takeIncidentReport: { status: string; assigneeName: string } }>(
      TAKE,
      { input: { id: reportId } },
      analyst,
    );
    expect(taken.takeIncidentReport.status).toBe('TRIAGING');
    await t.gql.data(SET_STATUS, { input: { id: reportId, status: 'NEEDS_INFO' } }, analyst);
    const question = `Did any poll worker enter a password on ${phishingDomain}?`;
    await t.gql.data(COMMENT, { input: { id: reportId, body: question } }, analyst);

    const clerk = listener(FULTON_CLERK);
    await until(() => clerk.events(reportId).some((event) => event.type === 'COMMENTED'));
    const seen = clerk.events(reportId);
    expect(seen.map((event) => event.type)).toEqual(['REPORTED', 'ASSIGNED', 'STATUS_CHANGED', 'COMMENTED']);
    expect(seen[2]?.status).toBe('NEEDS_INFO');
    expect(seen[3]?.comment).toMatchObject({ body: question, fromReporterSide: false });
    const sequences = seen.map((event) => event.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));

    const answer = 'Two did; their accounts are locked and reset.';
    await t.gql.data(COMMENT, { input: { id: reportId, body: answer } }, { token: await token(FULTON_CLERK) });
    await until(() =>
      listener(CISA_ANALYST)
        .events(reportId)
        .some((event) => event.comment?.body === answer),
    );
    const { incidentReport } = await t.gql.data<{
      incidentReport: { firstResponseAt: string | null; comments: { body: string; fromReporterSide: boolean }[] };
    }>(REPORT_QUERY, { id: reportId }, analyst);
    expect(incidentReport.firstResponseAt).not.toBeNull();
    expect(incidentReport.comments).toEqual([
      expect.objectContaining({ body: question, fromReporterSide: false }),
      expect.objectContaining({ body: answer, fromReporterSide: true }),
    ]);
  });

  it('pushes nothing of it to the outsiders, whose own reports do reach them', async () => {
    // Each outsider reports something of their own: its arrival proves their stream is live and ordered after.
    for (const email of OUTSIDERS) {
      const own = await reportIncident(t, {
        reporter: email,
        recipients: ['EI-ISAC'],
        tier: email === VENDOR ? 'GREEN' : 'AMBER',
      });
      await until(() => listener(email).events(own.id).length > 0);
      expect(listener(email).events(reportId), email).toEqual([]);
      expect(listener(email).errors, email).toEqual([]);
    }
  });

  it('drafts a GREEN bulletin that names neither Fulton nor the clerk; published, Pennsylvania reads it, not the report', async () => {
    const { draftBulletinFromIncidentReport: draft } = await t.gql.data<{
      draftBulletinFromIncidentReport: {
        id: string;
        status: string;
        tier: string;
        version: number;
        title: string;
        summary: string;
        body: string;
        jurisdictions: string[];
        indicators: { type: string; value: string }[];
      };
    }>(DRAFT, { input: { id: reportId } }, { token: await token(CISA_ANALYST) });
    expect(draft).toMatchObject({ status: 'DRAFT', tier: 'GREEN', jurisdictions: [] });
    const text = `${draft.title}\n${draft.summary}\n${draft.body}`;
    for (const leak of ['Fulton', 'FULTON', 'Fulton County Clerk', 'clerk@fulton.ga.demo', 'fulton.ga.demo'])
      expect(text.toLowerCase()).not.toContain(leak.toLowerCase());
    expect(draft.summary).toMatch(/^A county election office in the Southeast reported/);
    expect(draft.body).toContain(phishingDomain);
    expect(draft.indicators).toEqual([
      { type: 'DOMAIN', value: phishingDomain },
      { type: 'IPV4', value: senderIp },
    ]);

    // A draft is not the clerk's to see (R11): the report does not show it to them yet.
    const clerkBefore = await t.gql.data<{ incidentReport: { bulletins: { id: string }[] } }>(
      REPORT_QUERY,
      { id: reportId },
      { token: await token(FULTON_CLERK) },
    );
    expect(clerkBefore.incidentReport.bulletins).toEqual([]);

    const submitted = await bulletinMutation(t, CISA_ANALYST, SUBMIT_BULLETIN, {
      id: draft.id,
      expectedVersion: draft.version,
    });
    await bulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, {
      id: draft.id,
      expectedVersion: submitted.version,
    });

    const pa = { token: await token(PA_OFFICIAL) };
    const { bulletin } = await t.gql.data<{ bulletin: { status: string } | null }>(BULLETIN, { id: draft.id }, pa);
    expect(bulletin?.status).toBe('PUBLISHED');
    const stillHidden = await t.gql.data<{ incidentReport: unknown }>(REPORT_QUERY, { id: reportId }, pa);
    expect(stillHidden.incidentReport).toBeNull();

    // The clerk may read the GREEN bulletin, so their report now shows it was published from their report.
    const clerkAfter = await t.gql.data<{ incidentReport: { bulletins: { id: string; status: string }[] } }>(
      REPORT_QUERY,
      { id: reportId },
      { token: await token(FULTON_CLERK) },
    );
    expect(clerkAfter.incidentReport.bulletins).toEqual([
      expect.objectContaining({ id: draft.id, status: 'PUBLISHED' }),
    ]);
  });
});
