import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeCodesOf,
  accountToken,
  createSignedInUser,
  DEMO,
  IncidentEventSubscriber,
  orgId,
  startTestApp,
  type TestApp,
  uniqueTag,
  until,
  userId,
} from '@bulwark/testing';

/*
 * incidentEvents through real graphql-ws sockets: who receives which change of which report (R19, R15), replay
 * with `since` across a dropped socket (R16), a re-check before every push (R8, R17), and what is never pushed.
 */

const EI_ISAC_ANALYST = 'analyst@eiisac.demo';
const MARICOPA_CLERK = 'clerk@maricopa.az.demo';
const VENDOR = 'contact@vendor.demo';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('incidentEvents over graphql-ws', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  async function subscribe(email: string, variables: Record<string, unknown> = {}): Promise<IncidentEventSubscriber> {
    const sub = new IncidentEventSubscriber(
      t.ws({ authorization: `Bearer ${await accountToken(t, email)}` }),
      variables,
    );
    await pause(150); // let the subscription reach the server
    return sub;
  }

  /** A report through the API as `email` (or a token), to organizations named by short name. */
  async function report(
    as: string | { token: string },
    recipients: string[],
    extra: Record<string, unknown> = {},
  ): Promise<{ id: string; title: string }> {
    const title = `Incident ${uniqueTag()}`;
    const input = {
      title,
      description: 'What happened, in a few words.',
      category: 'CYBER_THREAT',
      startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      impact: 'NONE',
      recipientOrganizationIds: await Promise.all(recipients.map((shortName) => orgId(t, shortName))),
      ...extra,
    };
    const token = typeof as === 'string' ? await accountToken(t, as) : as.token;
    const data = await t.gql.data<{ reportIncident: { id: string } }>(
      'mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }',
      { input },
      { token },
    );
    return { id: data.reportIncident.id, title };
  }

  async function setStatus(email: string, id: string, status: string): Promise<void> {
    await t.gql.data(
      'mutation ($input: SetIncidentStatusInput!) { setIncidentStatus(input: $input) { id } }',
      { input: { id, status } },
      { token: await accountToken(t, email) },
    );
  }

  async function comment(email: string, id: string, body: string): Promise<void> {
    await t.gql.data(
      'mutation ($input: CommentOnIncidentReportInput!) { commentOnIncidentReport(input: $input) { id } }',
      { input: { id, body } },
      { token: await accountToken(t, email) },
    );
  }

  async function take(email: string, id: string): Promise<void> {
    await t.gql.data(
      'mutation ($input: IncidentReportIdInput!) { takeIncidentReport(input: $input) { id } }',
      { input: { id } },
      { token: await accountToken(t, email) },
    );
  }

  it("pushes a handler's NEEDS_INFO and comment to the reporting clerk, and nothing of it to Pennsylvania, Maricopa or the vendor (R19)", async () => {
    const [clerk, pa, maricopa, vendor] = await Promise.all(
      [DEMO.fultonClerk, DEMO.paOfficial, MARICOPA_CLERK, VENDOR].map((email) => subscribe(email)),
    );
    const fulton = await report(DEMO.fultonClerk, ['GA-SOS', 'EI-ISAC']);
    await setStatus(EI_ISAC_ANALYST, fulton.id, 'NEEDS_INFO');
    await comment(EI_ISAC_ANALYST, fulton.id, 'Which precincts saw it?');
    // Then one report each of the others may read, their own: their streams are live and past the clerk's events.
    const own = {
      pa: await report(DEMO.paOfficial, ['EI-ISAC']),
      maricopa: await report(MARICOPA_CLERK, ['AZ-SOS', 'EI-ISAC']),
      vendor: await report(VENDOR, ['EI-ISAC'], { tier: 'GREEN' }),
    };
    await until(() => clerk.about(fulton.id).length === 3);
    await until(() => pa.about(own.pa.id).length === 1);
    await until(() => maricopa.about(own.maricopa.id).length === 1);
    await until(() => vendor.about(own.vendor.id).length === 1);
    await pause(200);

    expect(clerk.about(fulton.id)).toEqual([
      'REPORTED:RECEIVED',
      'STATUS_CHANGED:NEEDS_INFO',
      'COMMENTED:Which precincts saw it?',
    ]);
    const pushedComment = clerk.received.find((event) => event.type === 'COMMENTED')?.comment;
    expect(pushedComment).toEqual({
      body: 'Which precincts saw it?',
      authorName: 'EI-ISAC Analyst',
      fromReporterSide: false,
      authorOrganizationName: expect.stringContaining('ISAC') as string,
    });
    expect(clerk.received.find((event) => event.type === 'COMMENTED')?.report.status).toBe('NEEDS_INFO');
    const everything = [fulton.id, own.pa.id, own.maricopa.id, own.vendor.id];
    expect(clerk.about(...everything)).toHaveLength(3); // none of the others' reports either
    expect(pa.about(...everything)).toEqual(['REPORTED:RECEIVED']);
    expect(maricopa.about(...everything)).toEqual(['REPORTED:RECEIVED']);
    expect(vendor.about(...everything)).toEqual(['REPORTED:RECEIVED']);
    for (const s of [clerk, pa, maricopa, vendor]) expect(s.errors).toEqual([]);
    [clerk, pa, maricopa, vendor].forEach((s) => s.end());
  });

  it('resumes with since after a dropped socket: each missed event once, in order, then live ones (R16)', async () => {
    const first = await subscribe(DEMO.fultonClerk);
    const fulton = await report(DEMO.fultonClerk, ['GA-SOS', 'EI-ISAC']);
    await until(() => first.about(fulton.id).length === 1);
    const lastSeen = first.received.at(-1)?.sequence as number;
    await first.client.dispose(); // the socket drops

    // Missed: the clerk's changes, between events of a report they may not read.
    const hidden = await report(MARICOPA_CLERK, ['AZ-SOS', 'EI-ISAC']);
    await take(EI_ISAC_ANALYST, fulton.id);
    await comment(EI_ISAC_ANALYST, hidden.id, 'Not for Fulton.');
    await comment(EI_ISAC_ANALYST, fulton.id, 'missed 1');
    await comment(DEMO.fultonClerk, fulton.id, 'missed 2');

    const resumed = await subscribe(DEMO.fultonClerk, { since: lastSeen });
    await until(() => resumed.about(fulton.id).length === 3);
    await comment(EI_ISAC_ANALYST, fulton.id, 'live');
    await until(() => resumed.about(fulton.id).length === 4);
    await pause(200);
    expect(resumed.about(fulton.id, hidden.id)).toEqual([
      'ASSIGNED:TRIAGING',
      'COMMENTED:missed 1',
      'COMMENTED:missed 2',
      'COMMENTED:live',
    ]);
    const sequences = resumed.received.map((event) => event.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(sequences[0]).toBeGreaterThan(lastSeen);
    expect(resumed.received.find((e) => e.comment?.body === 'missed 2')?.comment?.fromReporterSide).toBe(true);
    resumed.end();
  });

  it('latestIncidentEventSequence, then a subscription from it: what happened after is pushed, nothing before', async () => {
    const before = await report(DEMO.fultonClerk, ['GA-SOS', 'EI-ISAC']);
    const head = (
      await t.gql.data<{ latestIncidentEventSequence: number }>(
        'query { latestIncidentEventSequence }',
        {},
        { token: await accountToken(t, DEMO.fultonClerk) },
      )
    ).latestIncidentEventSequence;
    await comment(EI_ISAC_ANALYST, before.id, 'after the head');
    const resumed = await subscribe(DEMO.fultonClerk, { since: head });
    await until(() => resumed.about(before.id).length === 1);
    expect(resumed.about(before.id)).toEqual(['COMMENTED:after the head']);
    expect(resumed.received[0]?.sequence).toBe(head + 1);

    const anonymous = await t.gql.request('query { latestIncidentEventSequence }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    resumed.end();
  });

  it("with reportId: only that report's events; a report the subscriber may not read is NOT_FOUND, as a missing one, and on the record (R15)", async () => {
    const mine = await report(DEMO.fultonClerk, ['GA-SOS', 'EI-ISAC']);
    const other = await report(DEMO.fultonClerk, ['GA-SOS', 'EI-ISAC']);
    const hidden = await report(MARICOPA_CLERK, ['AZ-SOS', 'EI-ISAC']);
    const one = await subscribe(DEMO.fultonClerk, { reportId: mine.id });
    const refused = await subscribe(DEMO.fultonClerk, { reportId: hidden.id });
    const missing = await subscribe(DEMO.fultonClerk, { reportId: randomUUID() });
    await comment(EI_ISAC_ANALYST, other.id, 'about the other one');
    await comment(EI_ISAC_ANALYST, mine.id, 'about this one');
    await until(() => one.received.length === 1);
    await until(() => refused.errors.length > 0 && missing.errors.length > 0);
    await pause(200);
    expect(one.about(mine.id, other.id)).toEqual(['COMMENTED:about this one']);
    expect(refused.errorText()).toContain('NOT_FOUND');
    expect(refused.errorText()).toEqual(missing.errorText());
    expect(refused.received).toEqual([]);
    const denied: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE action = 'ACCESS_DENIED' AND target_type = 'INCIDENT_REPORT' AND target_id = $1 AND actor_user_id = $2`,
      [hidden.id, await userId(t, DEMO.fultonClerk)],
    );
    expect(denied[0]?.n).toBe(1);
    one.end();
  });

  it('stops pushing to a user deactivated mid-stream, on the socket already open (R8, R17)', async () => {
    const admin = await accountToken(t, DEMO.gaAdmin);
    const watcher = await createSignedInUser(t, admin, { roles: ['VIEWER'], clearance: 'AMBER' }); // Georgia's office
    const sub = new IncidentEventSubscriber(t.ws({ authorization: `Bearer ${watcher.accessToken}` }));
    await pause(150);
    const fulton = await report(DEMO.fultonClerk, ['GA-SOS', 'EI-ISAC']);
    await until(() => sub.about(fulton.id).length === 1);

    await t.gql.data(
      'mutation ($input: UserIdInput!) { deactivateUser(input: $input) { id } }',
      { input: { id: watcher.id } },
      { token: admin },
    );
    await setStatus(EI_ISAC_ANALYST, fulton.id, 'RESOLVED');
    await comment(EI_ISAC_ANALYST, fulton.id, 'not for the deactivated');
    await until(() => sub.errors.length > 0);
    await pause(300);
    expect(sub.about(fulton.id)).toEqual(['REPORTED:RECEIVED']);
    // Deactivation ends the user's sessions, and that closes their sockets at once.
    expect(closeCodesOf(sub.errors)).toEqual([4403]);
  });

  it('stops pushing AMBER_STRICT reports when a clearance is lowered in the database alone (R17), and records each delivery (R18)', async () => {
    const admin = await accountToken(t, DEMO.gaAdmin); // cleared AMBER: grants AMBER at most
    const watcher = await createSignedInUser(t, admin, { roles: ['VIEWER'], clearance: 'AMBER' });
    await t.dataSource.query(`UPDATE users SET clearance = 'AMBER_STRICT' WHERE id = $1`, [watcher.id]);
    const sub = new IncidentEventSubscriber(t.ws({ authorization: `Bearer ${watcher.accessToken}` }));
    await pause(150);
    // Georgia's official reports AMBER_STRICT to EI-ISAC and to nobody else: Georgia's office reads it as its reporter.
    const strict = await report(DEMO.gaOfficial, ['EI-ISAC'], { tier: 'AMBER_STRICT' });
    await until(() => sub.about(strict.id).length === 1);
    const deliveries: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE action = 'INCIDENT_READ' AND target_id = $1 AND actor_user_id = $2 AND details->>'via' = 'subscription'`,
      [strict.id, watcher.id],
    );
    expect(deliveries[0]?.n).toBe(1);

    await t.dataSource.query(`UPDATE users SET clearance = 'AMBER' WHERE id = $1`, [watcher.id]);
    await comment(EI_ISAC_ANALYST, strict.id, 'strict, not seen');
    const amber = await report(DEMO.gaOfficial, ['EI-ISAC']);
    await until(() => sub.about(amber.id).length === 1);
    await pause(200);
    expect(sub.about(strict.id, amber.id)).toEqual(['REPORTED:RECEIVED', 'REPORTED:RECEIVED']);
    expect(sub.about(strict.id)).toHaveLength(1);
    sub.end();
  });

  it("pushes nothing when a bulletin is drafted from a report: the draft is not the reporter's to see, so drafting is on the audit trail only", async () => {
    const clerk = await subscribe(DEMO.fultonClerk);
    const handler = await subscribe(EI_ISAC_ANALYST);
    const fulton = await report(DEMO.fultonClerk, ['GA-SOS', 'EI-ISAC'], {
      indicators: [{ type: 'DOMAIN', value: `drafted-${uniqueTag()}.example` }],
    });
    await t.gql.data(
      'mutation ($input: DraftBulletinFromIncidentInput!) { draftBulletinFromIncidentReport(input: $input) { id } }',
      { input: { id: fulton.id } },
      { token: await accountToken(t, EI_ISAC_ANALYST) },
    );
    await comment(EI_ISAC_ANALYST, fulton.id, 'drafted');
    await until(() => clerk.about(fulton.id).length >= 2 && handler.about(fulton.id).length >= 2);
    await pause(200);
    for (const s of [clerk, handler]) {
      expect(s.about(fulton.id)).toEqual(['REPORTED:RECEIVED', 'COMMENTED:drafted']);
    }
    const drafted: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'INCIDENT_BULLETIN_DRAFTED' AND target_id = $1`,
      [fulton.id],
    );
    expect(drafted[0]?.n).toBe(1); // the draft was made, and is on the trail
    [clerk, handler].forEach((s) => s.end());
  });

  it('refuses a since ahead of the log, negative or not whole, and anonymous subscribers', async () => {
    const token = await accountToken(t, DEMO.fultonClerk);
    for (const since of [1e12, -1, 1.5]) {
      const refused = new IncidentEventSubscriber(t.ws({ authorization: `Bearer ${token}` }), { since });
      await until(() => refused.errors.length > 0);
      expect(refused.errorText(), String(since)).toContain('BAD_USER_INPUT');
      expect(refused.received).toEqual([]);
    }
    const anonymous = new IncidentEventSubscriber(t.ws());
    await until(() => anonymous.errors.length > 0);
    expect(anonymous.errorText()).toContain('UNAUTHENTICATED');
  });

  it('closes a socket whose access token expires with 4401, so the client refreshes and resumes', async () => {
    const short = await startTestApp({ ACCESS_TOKEN_TTL_SECONDS: '60', EVENT_POLL_MS: '100' });
    try {
      const login = await short.gql.data<{ login: { accessToken: string } }>(
        'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email: DEMO.fultonClerk, password: short.demoPassword } },
      );
      const client = short.ws({ authorization: `Bearer ${login.login.accessToken}` });
      const closed = new Promise<{ code: number }>((resolve) =>
        client.on('closed', (event) => resolve(event as { code: number })),
      );
      new IncidentEventSubscriber(client);
      await pause(200);
      const realNow = Date.now;
      Date.now = () => realNow() + 120_000; // the token is now past its exp for the server's verifier
      try {
        // Nothing happens: the socket is closed at the next wake (EVENT_POLL_MS), not at the next event.
        expect((await closed).code).toBe(4401);
      } finally {
        Date.now = realNow;
      }
    } finally {
      await short.close();
    }
  });
});
