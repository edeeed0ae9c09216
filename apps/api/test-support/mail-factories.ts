import { until } from './event-subscriber';
import {
  createOrganization,
  createSignedInUser,
  type CreatedOrganization,
  type CreatedUser,
  type Tokens,
} from './identity-factories';
import type { TestApp } from './test-app';

/**
 * E-mail notifications in integration tests (docs/notifications.md): saved feeds with a delivery choice, organization
 * mailboxes, and a wait for the outbox to come to rest, all through the real API except the wait, which reads the
 * outbox tables.
 */

export type Delivery = {
  immediateMinSeverity?: string | null;
  digest?: 'NONE' | 'HOURLY' | 'DAILY';
  digestHour?: number;
  timeZone?: string;
};

/**
 * Settings for startTestApp: a fast mail worker sending to `smtpUrl`; no sign-in budget per address, as a mail test
 * signs in a crowd of recipients from one address.
 */
export function fastMail(smtpUrl: string): Record<string, string> {
  return {
    SIGN_IN_LIMIT_PER_ADDRESS: '0',
    SMTP_URL: smtpUrl,
    MAIL_POLL_MS: '50',
    MAIL_COALESCE_SECONDS: '1',
    MAIL_RETRY_BASE_MS: '50',
    MAIL_RETRY_CAP_MS: '200',
  };
}

/** A digest hour twelve hours away (UTC), so no daily digest comes due by the clock while a test runs. */
export function farDigestHour(): number {
  return (new Date().getUTCHours() + 12) % 24;
}

const CREATE_FEED = `mutation($input: CreateFeedInput!) { createFeed(input: $input) { id } }`;
const SET_DELIVERY = `mutation($input: SetFeedMailDeliveryInput!) {
  setFeedMailDelivery(input: $input) { id mail { immediateMinSeverity digest digestHour timeZone nextDigestAt } }
}`;

/** Sets a feed's delivery choice as its owner; digest NONE, hour far away and UTC unless told. */
export async function setFeedDelivery(t: TestApp, token: string, feedId: string, delivery: Delivery): Promise<void> {
  await t.gql.data(
    SET_DELIVERY,
    {
      input: {
        feedId,
        delivery: {
          immediateMinSeverity: delivery.immediateMinSeverity ?? null,
          digest: delivery.digest ?? 'NONE',
          digestHour: delivery.digestHour ?? farDigestHour(),
          timeZone: delivery.timeZone ?? 'UTC',
        },
      },
    },
    { token },
  );
}

/** A saved feed of `token`'s holder with `filter`, and (unless null) its delivery choice. */
export async function createMailedFeed(
  t: TestApp,
  token: string,
  filter: Record<string, unknown>,
  delivery: Delivery | null,
  name = `Feed ${Math.random().toString(36).slice(2, 10)}`,
): Promise<string> {
  const { createFeed } = await t.gql.data<{ createFeed: { id: string } }>(
    CREATE_FEED,
    { input: { name, filter } },
    { token },
  );
  if (delivery) await setFeedDelivery(t, token, createFeed.id, delivery);
  return createFeed.id;
}

/**
 * An organization for mail tests with a signed-in administrator who may grant any clearance up to its vetting
 * (within one's own organization that is the rule, whatever the administrator's own clearance).
 */
export async function createMailOrganization(
  t: TestApp,
  platformToken: string,
  vettedTier = 'AMBER_STRICT',
): Promise<{ organization: CreatedOrganization; admin: CreatedUser & Tokens }> {
  const organization = await createOrganization(t, platformToken, { vettedTier });
  const admin = await createSignedInUser(t, platformToken, {
    organizationId: organization.id,
    roles: ['ORG_ADMIN', 'VIEWER'],
    clearance: 'GREEN',
  });
  return { organization, admin };
}

const CREATE_MAILBOX = `mutation($input: CreateOrganizationMailboxInput!) { createOrganizationMailbox(input: $input) { id } }`;
const CREATE_MAILBOX_SUBSCRIPTION = `mutation($input: CreateMailboxSubscriptionInput!) {
  createMailboxSubscription(input: $input) { id }
}`;

/** An organization's shared mailbox, subscribed to `filter` with `delivery`, made by its administrator. */
export async function createSubscribedMailbox(
  t: TestApp,
  adminToken: string,
  organizationId: string,
  address: string,
  filter: Record<string, unknown>,
  delivery: Delivery,
): Promise<{ mailboxId: string; subscriptionId: string }> {
  const { createOrganizationMailbox } = await t.gql.data<{ createOrganizationMailbox: { id: string } }>(
    CREATE_MAILBOX,
    { input: { organizationId, name: `Desk ${address}`, address } },
    { token: adminToken },
  );
  const { createMailboxSubscription } = await t.gql.data<{ createMailboxSubscription: { id: string } }>(
    CREATE_MAILBOX_SUBSCRIPTION,
    {
      input: {
        mailboxId: createOrganizationMailbox.id,
        name: `Subscription ${address}`,
        filter,
        delivery: {
          immediateMinSeverity: delivery.immediateMinSeverity ?? null,
          digest: delivery.digest ?? 'NONE',
          digestHour: delivery.digestHour ?? farDigestHour(),
          timeZone: delivery.timeZone ?? 'UTC',
        },
      },
    },
    { token: adminToken },
  );
  return { mailboxId: createOrganizationMailbox.id, subscriptionId: createMailboxSubscription.id };
}

const UNSETTLED = `SELECT
  (SELECT count(*) FROM mail_subscriptions s
     WHERE (s.immediate_min_severity IS NOT NULL OR s.digest <> 'NONE')
       AND (s.cursor_sequence < (SELECT coalesce(max(sequence), 0) FROM bulletin_events) OR s.next_digest_at <= now()))
  + (SELECT count(*) FROM mails WHERE status IN ('PENDING', 'FAILED'))
  + (SELECT count(*) FROM mail_cursor
       WHERE retraction_sequence < (SELECT coalesce(max(sequence), 0) FROM bulletin_events WHERE type = 'RETRACTED'))
  AS count`;

/**
 * Waits until the mail outbox is at rest: every active subscription has looked at every event, no digest is due,
 * every retraction has been looked at, and no mail waits to be sent (sent, skipped or dead). Every mail sent by then
 * has been accepted by the SMTP server.
 */
export async function mailSettled(t: Pick<TestApp, 'dataSource'>, timeoutMs = 20_000): Promise<void> {
  await until(async () => {
    const rows: { count: string | number }[] = await t.dataSource.query(UNSETTLED);
    return Number(rows[0]?.count) === 0;
  }, timeoutMs);
}

/** Brings a feed's digest due now (as the clock would at its hour). */
export async function makeFeedDigestDue(t: TestApp, feedId: string): Promise<void> {
  const rows: unknown[] = await t.dataSource.query('SELECT 1 FROM mail_subscriptions WHERE feed_id = $1', [feedId]);
  if (rows.length === 0) throw new Error(`feed ${feedId} has no mail subscription`);
  await t.dataSource.query(
    `UPDATE mail_subscriptions SET next_digest_at = now() - interval '1 second' WHERE feed_id = $1`,
    [feedId],
  );
}
