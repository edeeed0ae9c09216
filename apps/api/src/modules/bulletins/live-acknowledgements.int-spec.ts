import { randomBytes, randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeCodesOf,
  accountToken,
  acknowledgeBulletin,
  amendBulletin,
  CISA_ANALYST,
  CISA_PUBLISHER,
  createSignedInUser,
  DEMO,
  FBI_PUBLISHER,
  orgId,
  publishBulletin,
  startTestApp,
  type TestApp,
  until,
} from '@bulwark/testing';

/*
 * acknowledgementsChanged: the publisher's acknowledgement dashboard, live. Through real graphql-ws sockets: who may
 * subscribe (exactly who may read Bulletin.acknowledgements), a push on each receipt and on a new revision, a
 * re-check before each push (R8, R17), and across instances through the database and the event bus.
 */

const GA_OFFICIAL = 'official@ga.demo';

const REPORTS = `subscription ($bulletinId: ID!) {
  acknowledgementsChanged(bulletinId: $bulletinId) {
    revision acknowledgedCount pendingCount
    organizations { organization { shortName } acknowledged { email acknowledgedAt } pending { email } }
  }
}`;

interface Report {
  revision: number;
  acknowledgedCount: number;
  pendingCount: number;
  organizations: {
    organization: { shortName: string };
    acknowledged: { email: string; acknowledgedAt: string }[];
    pending: { email: string }[];
  }[];
}

/** One acknowledgementsChanged subscription on its own socket: what it received. */
class ReportSubscriber {
  readonly reports: Report[] = [];
  readonly errors: unknown[] = [];
  private readonly stop: () => void;

  constructor(client: Client, bulletinId: string) {
    this.stop = client.subscribe<{ acknowledgementsChanged: Report }>(
      { query: REPORTS, variables: { bulletinId } },
      {
        next: (result) => {
          if (result.errors) this.errors.push(result.errors);
          if (result.data) this.reports.push(result.data.acknowledgementsChanged);
        },
        error: (error) => this.errors.push(error),
        complete: () => undefined,
      },
    );
  }

  get latest(): Report | undefined {
    return this.reports.at(-1);
  }

  acknowledged(shortName: string): string[] {
    const entry = this.latest?.organizations.find((o) => o.organization.shortName === shortName);
    return entry?.acknowledged.map((a) => a.email) ?? [];
  }

  pending(shortName: string): string[] {
    const entry = this.latest?.organizations.find((o) => o.organization.shortName === shortName);
    return entry?.pending.map((p) => p.email) ?? [];
  }

  /** The errors as the client saw them, without their request ids. */
  errorCodes(): string {
    return JSON.stringify(this.errors).replace(/"requestId":"[^"]*"/g, '');
  }

  end(): void {
    this.stop();
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('acknowledgementsChanged over graphql-ws', () => {
  const JWT_SECRET = randomBytes(32).toString('base64url');
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ JWT_SECRET });
  });
  afterAll(() => t?.close());

  async function subscribe(email: string, bulletinId: string, app: TestApp = t): Promise<ReportSubscriber> {
    return new ReportSubscriber(app.ws({ authorization: `Bearer ${await accountToken(t, email)}` }), bulletinId);
  }

  const toGeorgia = { tier: 'AMBER_STRICT' as const, recipientOrganizations: ['GA-SOS'] };

  it("pushes the report at once, then when Georgia's official acknowledges, then when a new revision resets it", async () => {
    const bulletin = await publishBulletin(t, toGeorgia); // CISA's analyst writes, CISA's publisher publishes (R10)
    const dashboard = await subscribe(CISA_PUBLISHER, bulletin.id);
    await until(() => dashboard.reports.length === 1);
    expect(dashboard.latest).toMatchObject({ revision: 1, acknowledgedCount: 0 });
    expect(dashboard.pending('GA-SOS')).toContain(GA_OFFICIAL);

    await acknowledgeBulletin(t, bulletin.id, GA_OFFICIAL);
    await until(() => dashboard.reports.length === 2, 1_500); // the notice, not the 2 s poll
    expect(dashboard.latest).toMatchObject({ revision: 1, acknowledgedCount: 1 });
    expect(dashboard.acknowledged('GA-SOS')).toEqual([GA_OFFICIAL]);
    expect(dashboard.pending('GA-SOS')).not.toContain(GA_OFFICIAL);

    // Acknowledging again records nothing new, and pushes nothing.
    await acknowledgeBulletin(t, bulletin.id, GA_OFFICIAL);
    await pause(300);
    expect(dashboard.reports).toHaveLength(2);

    await amendBulletin(t, bulletin.id, 1, { tier: 'AMBER', changeNote: 'Shared with counties too.' }, CISA_PUBLISHER);
    await until(() => dashboard.latest?.revision === 2);
    expect(dashboard.latest?.acknowledgedCount).toBe(0);
    expect(dashboard.pending('GA-SOS')).toContain(GA_OFFICIAL);
    expect(dashboard.errors).toEqual([]);
    dashboard.end();
  });

  it("refuses CISA's analyst (FORBIDDEN) and another organization's publisher (NOT_FOUND, like a bulletin that does not exist)", async () => {
    const bulletin = await publishBulletin(t, toGeorgia);
    const analyst = await subscribe(CISA_ANALYST, bulletin.id);
    const fbi = await subscribe(FBI_PUBLISHER, bulletin.id);
    const nothing = await subscribe(FBI_PUBLISHER, randomUUID());
    await until(() => [analyst, fbi, nothing].every((s) => s.errors.length > 0));
    expect(analyst.errorCodes()).toContain('FORBIDDEN');
    expect(fbi.errorCodes()).toContain('NOT_FOUND');
    expect(fbi.errorCodes()).toEqual(nothing.errorCodes());
    expect(fbi.errorCodes()).not.toContain(bulletin.title);

    // A bulletin FBI's publisher may read, but not who received it: FORBIDDEN, as Bulletin.acknowledgements is null.
    const green = await publishBulletin(t, { tier: 'GREEN' });
    const reader = await subscribe(FBI_PUBLISHER, green.id);
    await until(() => reader.errors.length > 0);
    expect(reader.errorCodes()).toContain('FORBIDDEN');

    await acknowledgeBulletin(t, bulletin.id, GA_OFFICIAL);
    await pause(300);
    expect([analyst, fbi, nothing, reader].every((s) => s.reports.length === 0)).toBe(true);
    const denied: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'ACCESS_DENIED' AND target_id = ANY($1)`,
      [[bulletin.id, green.id]],
    );
    expect(denied[0]?.n).toBeGreaterThanOrEqual(2); // the hidden bulletin and the refused report are on the record
  });

  it('stops pushing to a publisher deactivated mid-stream, on the socket already open (R8, R17)', async () => {
    const admin = await accountToken(t, DEMO.platformAdmin);
    // The platform administrator grants no more than their own clearance (GREEN): a GREEN bulletin, then.
    const publisher = await createSignedInUser(t, admin, {
      organizationId: await orgId(t, 'CISA'),
      roles: ['PUBLISHER'],
      clearance: 'GREEN',
    });
    const bulletin = await publishBulletin(t, { tier: 'GREEN' });
    const dashboard = new ReportSubscriber(t.ws({ authorization: `Bearer ${publisher.accessToken}` }), bulletin.id);
    await until(() => dashboard.reports.length === 1);
    await acknowledgeBulletin(t, bulletin.id, DEMO.fultonClerk);
    await until(() => dashboard.reports.length === 2);

    await t.gql.data(
      'mutation ($input: UserIdInput!) { deactivateUser(input: $input) { id } }',
      { input: { id: publisher.id } },
      { token: admin },
    );
    await acknowledgeBulletin(t, bulletin.id, GA_OFFICIAL);
    await until(() => dashboard.errors.length > 0);
    await pause(300);
    expect(dashboard.reports).toHaveLength(2);
    expect(dashboard.acknowledged('GA-SOS')).not.toContain(GA_OFFICIAL);
    // Deactivation ends the publisher's sessions, and that closes their sockets at once.
    expect(closeCodesOf(dashboard.errors)).toEqual([4403]);
  });

  it('reaches a socket on another instance of the same database, without Redis, within its poll', async () => {
    const other = await startTestApp(
      { JWT_SECRET, EVENT_POLL_MS: '200' },
      { database: t.database, keepDatabase: true },
    );
    try {
      const bulletin = await publishBulletin(t, toGeorgia);
      const dashboard = await subscribe(CISA_PUBLISHER, bulletin.id, other);
      await until(() => dashboard.reports.length === 1);
      await acknowledgeBulletin(t, bulletin.id, GA_OFFICIAL); // through the first instance
      await until(() => dashboard.reports.length === 2, 3_000);
      expect(dashboard.acknowledged('GA-SOS')).toEqual([GA_OFFICIAL]);
      dashboard.end();
    } finally {
      await other.close();
    }
  });
});

const REDIS_URL = process.env['TEST_REDIS_URL'];

describe.skipIf(!REDIS_URL)('acknowledgementsChanged across instances through Redis (TEST_REDIS_URL)', () => {
  it('carries the notice to the other instance at once, long before its poll', async () => {
    // Polls far apart: only the Redis notice can bring the push within the wait below.
    const env = {
      JWT_SECRET: randomBytes(32).toString('base64url'),
      REDIS_URL: REDIS_URL ?? '',
      EVENT_POLL_MS: '60000',
    };
    const one = await startTestApp(env);
    const two = await startTestApp(env, { database: one.database, keepDatabase: true });
    try {
      const bulletin = await publishBulletin(one, { tier: 'AMBER_STRICT', recipientOrganizations: ['GA-SOS'] });
      const token = await accountToken(one, CISA_PUBLISHER);
      const dashboard = new ReportSubscriber(two.ws({ authorization: `Bearer ${token}` }), bulletin.id);
      await until(() => dashboard.reports.length === 1);
      await acknowledgeBulletin(one, bulletin.id, GA_OFFICIAL);
      await until(() => dashboard.reports.length === 2, 3_000);
      expect(dashboard.acknowledged('GA-SOS')).toEqual([GA_OFFICIAL]);
      dashboard.end();
    } finally {
      await two.close();
      await one.close();
    }
  });
});
