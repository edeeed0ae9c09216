import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  countRows,
  createApiKey,
  DEMO,
  demoOrganizationId,
  errorOf,
  startTestApp,
  type TestApp,
  uniqueTag,
  userIdOf,
} from '@bulwark/testing';

const MAIL = 'mail { immediateMinSeverity digest digestHour timeZone nextDigestAt }';
const CREATE_FEED = `mutation($input: CreateFeedInput!) { createFeed(input: $input) { id ${MAIL} } }`;
const FEED = `query($id: ID!) { feed(id: $id) { id ${MAIL} } }`;
const SET = `mutation($input: SetFeedMailDeliveryInput!) { setFeedMailDelivery(input: $input) { id name ${MAIL} } }`;
const RECORD_FIELDS = `id kind status recipient mailboxName feedName attempts lastResponse bulletinCount messageId
  createdAt lastAttemptAt nextAttemptAt sentAt`;
const MY_MAILS = `query($first: Int!, $after: String) { myMails(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${RECORD_FIELDS} } } } }`;
const ORGANIZATION_MAILS = `query($organizationId: ID, $status: MailStatus) {
  organizationMails(organizationId: $organizationId, status: $status, first: 100) {
    totalCount edges { node { id status recipient feedName mailboxName } } } }`;

interface Delivery {
  immediateMinSeverity: string | null;
  digest: string;
  digestHour: number;
  timeZone: string;
  nextDigestAt: string | null;
}

interface MailNode {
  id: string;
  kind: string;
  status: string;
  recipient: string;
  feedName: string | null;
  mailboxName: string | null;
  messageId: string;
}

/** The hour on the clocks of `timeZone` at `instant`. */
function hourIn(instant: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(instant));
}

describe('mail delivery of saved feeds and delivery records, through the API', () => {
  let t: TestApp;
  let clerk: string;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await accountToken(t, DEMO.fultonClerk);
  });
  afterAll(() => t.close());

  async function createFeed(token = clerk): Promise<string> {
    const { createFeed } = await t.gql.data<{ createFeed: { id: string; mail: Delivery } }>(
      CREATE_FEED,
      { input: { name: `Mail ${uniqueTag()}`, filter: { minSeverity: 'HIGH' } } },
      { token },
    );
    return createFeed.id;
  }

  const setDelivery = (feedId: string, delivery: Record<string, unknown>, token = clerk) =>
    t.gql.request<{ setFeedMailDelivery: { id: string; name: string; mail: Delivery } }>(
      SET,
      { input: { feedId, delivery } },
      { token },
    );

  const subscriptionOf = async (feedId: string) =>
    (
      await t.dataSource.query<{ cursor: string; digest: string; next_digest_at: Date | null }[]>(
        'SELECT cursor_sequence::text AS cursor, digest, next_digest_at FROM mail_subscriptions WHERE feed_id = $1',
        [feedId],
      )
    )[0];

  const head = async () =>
    (
      await t.dataSource.query<
        {
          head: string;
        }[]
      >('SELECT last_sequence::text AS head FROM event_sequence WHERE id = 1')
    )[0].head;

  it('shows a feed without settings as mailing nothing, then stores and shows what its owner chose', async () => {
    const feedId = await createFeed();
    const { feed } = await t.gql.data<{ feed: { mail: Delivery } }>(FEED, { id: feedId }, { token: clerk });
    expect(feed.mail).toEqual({
      immediateMinSeverity: null,
      digest: 'NONE',
      digestHour: 7,
      timeZone: 'UTC',
      nextDigestAt: null,
    });

    const before = Date.now();
    const daily = await setDelivery(feedId, {
      immediateMinSeverity: 'HIGH',
      digest: 'DAILY',
      digestHour: 6,
      timeZone: 'america/new_york',
    });
    expect(daily.errors).toBeUndefined();
    const mail = daily.data!.setFeedMailDelivery.mail;
    expect(mail).toMatchObject({ immediateMinSeverity: 'HIGH', digest: 'DAILY', digestHour: 6 });
    expect(mail.timeZone).toBe('America/New_York');
    const next = new Date(mail.nextDigestAt!);
    expect(next.getTime()).toBeGreaterThan(before);
    expect(next.getTime()).toBeLessThanOrEqual(before + 25 * 3600_000);
    expect(hourIn(next, 'America/New_York')).toBe(6);
    expect(next.getUTCMinutes()).toBe(0);

    // Read back through the feed: the same settings.
    const reread = await t.gql.data<{ feed: { mail: Delivery } }>(FEED, { id: feedId }, { token: clerk });
    expect(reread.feed.mail).toEqual(mail);

    // An hourly digest is due at the next top of the hour; defaults fill what is left out.
    const hourly = await setDelivery(feedId, { digest: 'HOURLY' });
    const hourlyMail = hourly.data!.setFeedMailDelivery.mail;
    expect(hourlyMail).toMatchObject({ immediateMinSeverity: null, digest: 'HOURLY', digestHour: 7, timeZone: 'UTC' });
    const nextHour = new Date(hourlyMail.nextDigestAt!);
    expect(nextHour.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    expect(nextHour.getUTCMinutes() + nextHour.getUTCSeconds()).toBe(0);

    // No e-mail: the settings say so, no digest is due.
    const none = await setDelivery(feedId, { immediateMinSeverity: null, digest: 'NONE' });
    expect(none.data!.setFeedMailDelivery.mail).toMatchObject({ digest: 'NONE', nextDigestAt: null });
    expect((await subscriptionOf(feedId))?.next_digest_at).toBeNull();

    const audit = await t.dataSource.query<{ details: { before: Delivery; after: Delivery } }[]>(
      `SELECT details FROM audit_events WHERE action = 'FEED_MAIL_DELIVERY_CHANGED' AND target_id = $1 ORDER BY position`,
      [feedId],
    );
    expect(audit).toHaveLength(3);
    expect(audit[0].details.before).toMatchObject({ digest: 'NONE', immediateMinSeverity: null });
    expect(audit[0].details.after).toMatchObject({ digest: 'DAILY', immediateMinSeverity: 'HIGH', digestHour: 6 });
    expect(audit[2].details.after).toMatchObject({ digest: 'NONE' });
  });

  it('starts a feed that begins mailing at the event log head: nothing published before is mailed', async () => {
    const feedId = await createFeed();
    await setDelivery(feedId, { digest: 'NONE' });
    // An old, idle subscription far behind the log.
    await t.dataSource.query('UPDATE mail_subscriptions SET cursor_sequence = 0 WHERE feed_id = $1', [feedId]);
    const expected = await head();
    await setDelivery(feedId, { immediateMinSeverity: 'CRITICAL', digest: 'NONE' });
    expect(BigInt((await subscriptionOf(feedId)).cursor)).toBeGreaterThanOrEqual(BigInt(expected));
  });

  it('refuses bad settings as BAD_USER_INPUT and stores nothing', async () => {
    const feedId = await createFeed();
    for (const delivery of [
      { digest: 'DAILY', timeZone: 'Mars/Olympus_Mons' },
      { digest: 'DAILY', timeZone: 'x'.repeat(65) },
      { digest: 'DAILY', digestHour: 24 },
      { digest: 'DAILY', digestHour: -1 },
    ]) {
      const response = await setDelivery(feedId, delivery);
      expect(errorOf(response).code, JSON.stringify(delivery)).toBe('BAD_USER_INPUT');
    }
    const unknownDigest = await setDelivery(feedId, { digest: 'WEEKLY' });
    expect(errorOf(unknownDigest).code).toBe('BAD_USER_INPUT');
    expect(await subscriptionOf(feedId)).toBeUndefined();
  });

  it("answers NOT_FOUND for another user's feed, or one that does not exist, and changes nothing", async () => {
    const feedId = await createFeed();
    const official = await accountToken(t, DEMO.gaOfficial);
    for (const id of [feedId, randomUUID()]) {
      const response = await setDelivery(id, { digest: 'DAILY' }, official);
      expect(errorOf(response).code).toBe('NOT_FOUND');
    }
    expect(await subscriptionOf(feedId)).toBeUndefined();
  });

  describe('delivery records', () => {
    let georgia: string;
    let pennsylvania: string;
    let clerkId: string;
    let officialId: string;
    let clerkFeed: string;

    /** An outbox row in a final state (the worker leaves it alone), as the sender records it. */
    async function mailRow(fields: {
      userId: string;
      organizationId: string;
      status: string;
      subscriptionId?: string | null;
      createdAt?: string;
    }): Promise<string> {
      const rows = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO mails (kind, subscription_id, user_id, organization_id, message_id, status, attempts,
           next_attempt_at, last_response, to_address, bulletin_count, sent_at, created_at)
         VALUES ('DIGEST', $1, $2, $3, $4, $5, 1, NULL, $6, NULL, 2, now(), $7) RETURNING id`,
        [
          fields.subscriptionId ?? null,
          fields.userId,
          fields.organizationId,
          `<${randomUUID()}@test.bulwark>`,
          fields.status,
          fields.status === 'SENT' ? '250 2.0.0 Ok: queued' : 'Not sent: nothing left to send.',
          fields.createdAt ?? new Date().toISOString(),
        ],
      );
      return rows[0].id;
    }

    beforeAll(async () => {
      georgia = await demoOrganizationId(t, 'GA-SOS');
      pennsylvania = await demoOrganizationId(t, 'PA-SOS');
      const fulton = (
        await t.dataSource.query<
          {
            organization_id: string;
          }[]
        >('SELECT organization_id FROM users WHERE email = $1', [DEMO.fultonClerk])
      )[0].organization_id;
      clerkId = await userIdOf(t, DEMO.fultonClerk);
      officialId = await userIdOf(t, DEMO.gaOfficial);
      clerkFeed = await createFeed();
      await setDelivery(clerkFeed, { digest: 'DAILY' });
      const subscriptionId = (
        await t.dataSource.query<
          {
            id: string;
          }[]
        >('SELECT id FROM mail_subscriptions WHERE feed_id = $1', [clerkFeed])
      )[0].id;
      await mailRow({
        userId: clerkId,
        organizationId: fulton,
        status: 'SENT',
        subscriptionId,
        createdAt: '2026-01-01T10:00:00.000Z',
      });
      await mailRow({ userId: clerkId, organizationId: fulton, status: 'SKIPPED', createdAt: '2026-01-02T10:00:00Z' });
      await mailRow({ userId: officialId, organizationId: georgia, status: 'SENT' });
      await mailRow({ userId: officialId, organizationId: georgia, status: 'DEAD' });
    });

    it("myMails shows one's own records only, newest first, page by page, without naming a bulletin", async () => {
      const first = await t.gql.data<{
        myMails: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: MailNode }[];
        };
      }>(MY_MAILS, { first: 1 }, { token: clerk });
      expect(first.myMails.totalCount).toBe(2);
      expect(first.myMails.pageInfo.hasNextPage).toBe(true);
      const newest = first.myMails.edges[0].node;
      expect(newest).toMatchObject({ status: 'SKIPPED', kind: 'DIGEST', recipient: DEMO.fultonClerk });
      const second = await t.gql.data<typeof first>(
        MY_MAILS,
        { first: 10, after: first.myMails.pageInfo.endCursor },
        { token: clerk },
      );
      expect(second.myMails.pageInfo.hasNextPage).toBe(false);
      expect(second.myMails.edges.map((edge) => edge.node)).toEqual([
        expect.objectContaining({ status: 'SENT', recipient: DEMO.fultonClerk, mailboxName: null }),
      ]);
      expect(second.myMails.edges[0].node.feedName).toMatch(/^Mail /);

      const official = await t.gql.data<typeof first>(
        MY_MAILS,
        { first: 10 },
        { token: await accountToken(t, DEMO.gaOfficial) },
      );
      expect(official.myMails.edges.map((edge) => edge.node.status).sort()).toEqual(['DEAD', 'SENT']);
      expect(official.myMails.edges.every((edge) => edge.node.recipient === DEMO.gaOfficial)).toBe(true);

      const garbled = await t.gql.request(MY_MAILS, { first: 1, after: 'nonsense' }, { token: clerk });
      expect(errorOf(garbled).code).toBe('BAD_USER_INPUT');
    });

    it('refuses myMails to an API key: mail goes to people', async () => {
      const key = await createApiKey(t, await accountToken(t, DEMO.gaAdmin));
      const response = await t.gql.request(MY_MAILS, { first: 5 }, { apiKey: key.secret });
      expect(errorOf(response).code).toBe('FORBIDDEN');
    });

    it("organizationMails: an organization's administrators and platform administrators only", async () => {
      const gaAdmin = await accountToken(t, DEMO.gaAdmin);
      const own = await t.gql.data<{ organizationMails: { totalCount: number; edges: { node: MailNode }[] } }>(
        ORGANIZATION_MAILS,
        {},
        { token: gaAdmin },
      );
      expect(own.organizationMails.edges.length).toBeGreaterThanOrEqual(2);
      expect(own.organizationMails.edges.every((edge) => edge.node.recipient !== DEMO.fultonClerk)).toBe(true);
      const dead = await t.gql.data<typeof own>(ORGANIZATION_MAILS, { status: 'DEAD' }, { token: gaAdmin });
      expect(dead.organizationMails.edges.map((edge) => edge.node.status)).toEqual(['DEAD']);

      // Another organization's records are NOT_FOUND, as if it did not exist.
      const other = await t.gql.request(ORGANIZATION_MAILS, { organizationId: pennsylvania }, { token: gaAdmin });
      expect(errorOf(other).code).toBe('NOT_FOUND');

      // A member without the role is refused, and the attempt is on the trail.
      const denied = await t.gql.request(ORGANIZATION_MAILS, {}, { token: clerk });
      expect(errorOf(denied).code).toBe('FORBIDDEN');
      expect(
        await countRows(
          t,
          `SELECT count(*) FROM audit_events WHERE action = 'ACCESS_DENIED' AND actor_user_id = $1
             AND details->>'attempted' = 'Query.organizationMails'`,
          [clerkId],
        ),
      ).toBeGreaterThanOrEqual(1);

      // A platform administrator may read any organization's.
      const platform = await t.gql.data<typeof own>(
        ORGANIZATION_MAILS,
        { organizationId: georgia, status: 'DEAD' },
        { token: await accountToken(t, DEMO.platformAdmin) },
      );
      expect(platform.organizationMails.totalCount).toBe(dead.organizationMails.totalCount);
      const nowhere = await t.gql.request(
        ORGANIZATION_MAILS,
        { organizationId: randomUUID() },
        { token: await accountToken(t, DEMO.platformAdmin) },
      );
      expect(errorOf(nowhere).code).toBe('NOT_FOUND');
    });
  });
});
