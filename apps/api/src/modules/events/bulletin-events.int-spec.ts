import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeCodesOf,
  accountToken,
  createSignedInUser,
  EventSubscriber as Subscriber,
  publishBulletin,
  startTestApp,
  type TestApp,
  until,
  userId,
} from '@bulwark/testing';
// eslint-disable-next-line import-x/no-restricted-paths -- checks the chain as `npm run audit:verify` does, from outside the API
import { verifyAuditChain } from '@api/modules/audit/audit-verifier';
import { EventRetention } from './event-retention';

describe('bulletinEvents over graphql-ws', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function subscriber(email: string | null, variables: Record<string, unknown> = {}): Promise<Subscriber> {
    const params = email ? { authorization: `Bearer ${await accountToken(t, email)}` } : {};
    const sub = new Subscriber(t.ws(params)).start(variables);
    await new Promise((resolve) => setTimeout(resolve, 150)); // let the subscription reach the server
    return sub;
  }

  it("pushes an AMBER bulletin for Georgia to Fulton County's clerk, not to Pennsylvania or the vendor (R3, R17)", async () => {
    const [fulton, pa, vendor] = await Promise.all([
      subscriber('clerk@fulton.ga.demo'),
      subscriber('official@pa.demo'),
      subscriber('contact@vendor.demo'),
    ]);
    const amber = await publishBulletin(t, {
      tier: 'AMBER',
      recipientOrganizations: ['GA-SOS'],
      title: 'Georgia only',
    });
    const green = await publishBulletin(t, { tier: 'GREEN', tags: [amber.tag], title: 'Everyone' });
    await until(
      () =>
        fulton.titles(amber.tag).length === 2 &&
        pa.titles(amber.tag).length === 1 &&
        vendor.titles(amber.tag).length === 1,
    );
    expect(fulton.titles(amber.tag)).toEqual(['PUBLISHED:Georgia only', 'PUBLISHED:Everyone']);
    expect(pa.titles(amber.tag)).toEqual(['PUBLISHED:Everyone']);
    expect(vendor.titles(amber.tag)).toEqual(['PUBLISHED:Everyone']);
    expect(green.reference).toBeTruthy();
    [fulton, pa, vendor].forEach((s) => s.end());
  });

  it('puts each delivery of an AMBER_STRICT bulletin on the audit trail, before it is sent (R18)', async () => {
    const subscribers = await Promise.all(
      ['official@ga.demo', 'official@ga.demo', 'admin@ga.demo', 'clerk@fulton.ga.demo'].map((email) =>
        subscriber(email),
      ),
    );
    const strict = await publishBulletin(t, { tier: 'AMBER_STRICT', recipientOrganizations: ['GA-SOS'] });
    const green = await publishBulletin(t, { tier: 'GREEN', tags: [strict.tag] });
    const [official, officialAgain, admin, fulton] = subscribers;
    await until(() => [official, officialAgain].every((s) => s?.tagged(strict.tag).length === 2));
    await until(() => [admin, fulton].every((s) => s?.tagged(strict.tag).length === 1)); // cleared AMBER: GREEN only
    const deliveries: { actor_user_id: string; target_id: string }[] = await t.dataSource.query(
      `SELECT actor_user_id, target_id FROM audit_events
        WHERE action = 'BULLETIN_READ' AND details->>'via' = 'subscription' AND target_id = ANY($1)
        ORDER BY actor_user_id`,
      [[strict.id, green.id]],
    );
    const delivered = { actor_user_id: await userId(t, 'official@ga.demo'), target_id: strict.id };
    expect(deliveries).toEqual([delivered, delivered]); // one record per delivery: the official has two sockets
    expect((await verifyAuditChain(t.dataSource)).intact).toBe(true); // written together, chained in order
    subscribers.forEach((s) => s.end());
  });

  it('resumes with since: exactly the missed events, in order, then live ones, no gap and no duplicate (R16)', async () => {
    const first = await subscriber('clerk@fulton.ga.demo');
    const seed = await publishBulletin(t, { tier: 'GREEN', title: 'before' });
    await until(() => first.titles(seed.tag).length === 1);
    const lastSeen = first.received.at(-1)?.sequence as number;
    first.end();

    const missed = [];
    for (const title of ['missed 1', 'missed 2', 'missed 3'])
      missed.push(await publishBulletin(t, { tier: 'GREEN', title, tags: [seed.tag] }));
    const resumed = await subscriber('clerk@fulton.ga.demo', { since: lastSeen });
    await until(() => resumed.titles(seed.tag).length === 3);
    await publishBulletin(t, { tier: 'GREEN', title: 'live', tags: [seed.tag] });
    await until(() => resumed.titles(seed.tag).length === 4);
    expect(resumed.titles(seed.tag)).toEqual([
      'PUBLISHED:missed 1',
      'PUBLISHED:missed 2',
      'PUBLISHED:missed 3',
      'PUBLISHED:live',
    ]);
    const sequences = resumed.received.map((event) => event.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(sequences[0]).toBeGreaterThan(lastSeen);
    resumed.end();
  });

  it('latestEventSequence: a page read after it plus a subscription from it miss nothing and repeat nothing', async () => {
    const token = await accountToken(t, 'clerk@fulton.ga.demo');
    const headQuery = 'query { latestEventSequence }';
    const before = (await t.gql.data<{ latestEventSequence: number }>(headQuery, {}, { token })).latestEventSequence;
    const published = await publishBulletin(t, { tier: 'GREEN', title: 'after the page' });
    const after = (await t.gql.data<{ latestEventSequence: number }>(headQuery)).latestEventSequence;
    expect(after).toBeGreaterThan(before); // anonymous callers may ask too: it is a number, not a bulletin
    const resumed = await subscriber('clerk@fulton.ga.demo', { since: before });
    await until(() => resumed.titles(published.tag).length === 1);
    expect(resumed.titles(published.tag)).toEqual(['PUBLISHED:after the page']);
    expect(resumed.received[0]?.sequence).toBeGreaterThan(before);
    resumed.end();
  });

  it('stops pushing to a user deactivated mid-stream, on the socket already open (R8, R17)', async () => {
    const admin = await accountToken(t, 'admin@ga.demo');
    const created = await t.gql.data<{ createUser: { id: string } }>(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          email: `watcher-${Date.now()}@ga.demo`,
          displayName: 'Watcher',
          roles: ['VIEWER'],
          clearance: 'AMBER',
          initialPassword: 'a-long-enough-password',
        },
      },
      { token: admin },
    );
    const login = await t.gql.data<{ login: { accessToken: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      {
        input: {
          email: (await t.dataSource.query('SELECT email FROM users WHERE id = $1', [created.createUser.id]))[0].email,
          password: 'a-long-enough-password',
        },
      },
    );
    const watcher = new Subscriber(t.ws({ authorization: `Bearer ${login.login.accessToken}` })).start();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const before = await publishBulletin(t, { tier: 'GREEN', title: 'seen' });
    await until(() => watcher.titles(before.tag).length === 1);

    await t.gql.data(
      'mutation ($input: UserIdInput!) { deactivateUser(input: $input) { id } }',
      { input: { id: created.createUser.id } },
      { token: admin },
    );
    await publishBulletin(t, { tier: 'GREEN', title: 'not seen', tags: [before.tag] });
    await until(() => watcher.errors.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watcher.titles(before.tag)).toEqual(['PUBLISHED:seen']);
    // Deactivation ends the user's sessions, and that closes their sockets at once.
    expect(closeCodesOf(watcher.errors)).toEqual([4403]);
  });

  /** A new AMBER-cleared Georgia official holding one subscription. */
  async function georgiaWatcher(): Promise<{ id: string; watcher: Subscriber }> {
    const admin = await accountToken(t, 'admin@ga.demo');
    const user = await createSignedInUser(t, admin, { clearance: 'AMBER' });
    const watcher = new Subscriber(t.ws({ authorization: `Bearer ${user.accessToken}` })).start();
    await new Promise((resolve) => setTimeout(resolve, 150));
    return { id: user.id, watcher };
  }

  it('stops pushing AMBER at once when a clearance is lowered in the database alone, on the socket open (R17)', async () => {
    const { id, watcher } = await georgiaWatcher();
    const amber = { tier: 'AMBER' as const, recipientOrganizations: ['GA-SOS'] };
    const seen = await publishBulletin(t, { ...amber, title: 'amber seen' });
    await until(() => watcher.titles(seen.tag).length === 1);

    // No API call, no revoked session: only the column. The standing generation moves with it.
    await t.dataSource.query(`UPDATE users SET clearance = 'GREEN' WHERE id = $1`, [id]);
    await publishBulletin(t, { ...amber, title: 'amber not seen', tags: [seen.tag] });
    await publishBulletin(t, { tier: 'GREEN', title: 'green seen', tags: [seen.tag] });
    await until(() => watcher.titles(seen.tag).length === 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(watcher.titles(seen.tag)).toEqual(['PUBLISHED:amber seen', 'PUBLISHED:green seen']);
    watcher.end();
  });

  it('ends the stream when its session runs out, though nothing about the viewer changed since its last read (R8)', async () => {
    const { id, watcher } = await georgiaWatcher();
    await t.dataSource.query(
      `UPDATE sessions SET expires_at = now() + interval '1500 milliseconds' WHERE user_id = $1`,
      [id],
    );
    const before = await publishBulletin(t, { tier: 'GREEN', title: 'seen' });
    await until(() => watcher.titles(before.tag).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 1_700));
    await publishBulletin(t, { tier: 'GREEN', title: 'not seen', tags: [before.tag] });
    await until(() => watcher.errors.length > 0);
    expect(watcher.titles(before.tag)).toEqual(['PUBLISHED:seen']);
    expect(JSON.stringify(watcher.errors)).toContain('UNAUTHENTICATED');
  });

  it('refuses a since ahead of the log, negative or not whole, and filters by category and minimum severity', async () => {
    for (const since of [1e12, -1, 1.5]) {
      const refused = new Subscriber(t.ws()).start({ since });
      await until(() => refused.errors.length > 0);
      expect(JSON.stringify(refused.errors), String(since)).toContain('BAD_USER_INPUT');
      expect(refused.received).toEqual([]);
    }

    const filtered = await subscriber('official@pa.demo', {
      filter: { categories: ['PHYSICAL_THREAT'], minSeverity: 'HIGH' },
    });
    const low = await publishBulletin(t, { tier: 'CLEAR', category: 'PHYSICAL_THREAT', severity: 'LOW', title: 'low' });
    await publishBulletin(t, {
      tier: 'CLEAR',
      category: 'CYBER_THREAT',
      severity: 'CRITICAL',
      title: 'other',
      tags: [low.tag],
    });
    await publishBulletin(t, {
      tier: 'CLEAR',
      category: 'PHYSICAL_THREAT',
      severity: 'CRITICAL',
      title: 'match',
      tags: [low.tag],
    });
    await until(() => filtered.titles(low.tag).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(filtered.titles(low.tag)).toEqual(['PUBLISHED:match']);
    filtered.end();
  });

  it('forgets events past the retention, and answers a since before them with SINCE_EXPIRED', async () => {
    await publishBulletin(t, { tier: 'CLEAR', title: 'old news' });
    await t.dataSource.query(`UPDATE bulletin_events SET occurred_at = now() - interval '400 days'`);
    expect(await t.app.get(EventRetention).prune()).toBeGreaterThan(0);
    const late = new Subscriber(t.ws()).start({ since: 0 });
    await until(() => late.errors.length > 0);
    expect(JSON.stringify(late.errors)).toContain('SINCE_EXPIRED');
  });

  it('closes a socket whose access token expires with 4401, so the client refreshes and resumes', async () => {
    const short = await startTestApp({ ACCESS_TOKEN_TTL_SECONDS: '60', EVENT_POLL_MS: '100' });
    try {
      const login = await short.gql.data<{ login: { accessToken: string } }>(
        'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email: 'contact@vendor.demo', password: short.demoPassword } },
      );
      const client = short.ws({ authorization: `Bearer ${login.login.accessToken}` });
      const closed = new Promise<{ code: number }>((resolve) =>
        client.on('closed', (event) => resolve(event as { code: number })),
      );
      new Subscriber(client).start();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const realNow = Date.now;
      Date.now = () => realNow() + 120_000; // the token is now past its exp for the server's verifier
      try {
        // Nothing is published: the socket is closed at the next wake (EVENT_POLL_MS), not at the next event.
        expect((await closed).code).toBe(4401);
      } finally {
        Date.now = realNow;
      }
    } finally {
      await short.close();
    }
  });
});
