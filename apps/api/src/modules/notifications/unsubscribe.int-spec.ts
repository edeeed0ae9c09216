import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  createMailedFeed,
  createMailOrganization,
  createSignedInUser,
  createSubscribedMailbox,
  DEMO,
  farDigestHour,
  fastMail,
  mailSettled,
  publishBulletin,
  type SmtpTestServer,
  startSmtpTestServer,
  startTestApp,
  type TestApp,
  uniqueBulletinTag,
} from '@bulwark/testing';
import { UnsubscribeLinks } from './unsubscribe-links';

/**
 * One-click unsubscribe (RFC 8058) from the link in a real mail: the page asks and changes nothing, the POST (the
 * page's button, or a mail client's one-click) turns the subscription's mail off, and a forged link changes nothing.
 */

const FEED_MAIL = `query($id: ID!) { feed(id: $id) { mail { immediateMinSeverity digest nextDigestAt } } }`;

interface SubscriptionRow {
  id: string;
  immediate_min_severity: string | null;
  digest: string;
  next_digest_at: Date | null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('unsubscribe links', () => {
  let smtp: SmtpTestServer;
  let t: TestApp;
  let office: { id: string };
  let admin: { accessToken: string };

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await startTestApp(fastMail(smtp.url));
    ({ organization: office, admin } = await createMailOrganization(t, await accountToken(t, DEMO.platformAdmin)));
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  /** A member with a feed on a fresh tag, mailed at once and in a daily digest. */
  async function subscribedMember(name: string) {
    const user = await createSignedInUser(t, admin.accessToken, {
      organizationId: office.id,
      roles: ['VIEWER'],
      clearance: 'GREEN',
    });
    const tag = uniqueBulletinTag('unsub');
    const delivery = { immediateMinSeverity: 'LOW', digest: 'DAILY' as const, digestHour: farDigestHour() };
    const feedId = await createMailedFeed(t, user.accessToken, { tags: [tag] }, delivery, name);
    return { user, tag, feedId };
  }

  async function subscriptionOfFeed(feedId: string): Promise<SubscriptionRow> {
    const rows: SubscriptionRow[] = await t.dataSource.query(
      'SELECT id, immediate_min_severity, digest, next_digest_at FROM mail_subscriptions WHERE feed_id = $1',
      [feedId],
    );
    return rows[0];
  }

  async function unsubscribeAudits(targetId: string): Promise<{ action: string; details: Record<string, unknown> }[]> {
    return t.dataSource.query(
      `SELECT action, details FROM audit_events WHERE target_id = $1 AND details->>'via' = 'unsubscribe link'`,
      [targetId],
    );
  }

  /** The link as the mail carries it, pointed at this test server (PUBLIC_URL is not where it listens). */
  const onThisServer = (link: string) => {
    const url = new URL(link);
    return `${t.url}${url.pathname}${url.search}`;
  };

  const oneClick = (url: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: 'List-Unsubscribe=One-Click',
    });

  it("a mail's link: the page asks and changes nothing; one click turns the feed's mail off, once, on the trail", async () => {
    const { user, tag, feedId } = await subscribedMember('Phishing <in> "my" county');
    const before = smtp.messages.length;
    await publishBulletin(t, { tier: 'GREEN', severity: 'HIGH', tags: [tag] });
    await mailSettled(t);
    const [mail] = smtp.messages.slice(before);
    const header = mail?.headers.get('list-unsubscribe') ?? '';
    expect(header).toMatch(new RegExp(`^<${t.config.auth.publicUrl}/mail/unsubscribe\\?token=[^>]+>$`));
    expect(mail?.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const link = onThisServer(header.slice(1, -1));

    const page = await fetch(link, { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('Phishing &lt;in&gt; &quot;my&quot; county');
    expect(html).toMatch(/<form method="post" action="\/mail\/unsubscribe\?token=[^"]+">/);
    expect(html).not.toContain('<script');
    expect(await subscriptionOfFeed(feedId)).toMatchObject({ immediate_min_severity: 'LOW', digest: 'DAILY' });

    // A mail provider posts from its own servers: another origin is fine, the token is the authority.
    const done = await oneClick(link, { Origin: 'https://mail.provider.example' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('You will no longer get mail for “Phishing &lt;in&gt; &quot;my&quot; county”');
    expect(await subscriptionOfFeed(feedId)).toMatchObject({
      immediate_min_severity: null,
      digest: 'NONE',
      next_digest_at: null,
    });
    const { feed } = await t.gql.data<{ feed: { mail: Record<string, unknown> } }>(
      FEED_MAIL,
      { id: feedId },
      { token: user.accessToken },
    );
    expect(feed.mail).toMatchObject({ immediateMinSeverity: null, digest: 'NONE', nextDigestAt: null });
    const audits = await unsubscribeAudits(feedId);
    expect(audits).toEqual([
      {
        action: 'FEED_MAIL_DELIVERY_CHANGED',
        details: expect.objectContaining({ name: 'Phishing <in> "my" county' }) as unknown,
      },
    ]);

    // No more mail from it; a second click (mail clients retry) changes nothing more, and the page says so.
    await publishBulletin(t, { tier: 'GREEN', severity: 'CRITICAL', tags: [tag] });
    await mailSettled(t);
    await pause(200);
    expect(smtp.messages.slice(before)).toHaveLength(1);
    expect((await oneClick(link)).status).toBe(200);
    expect(await unsubscribeAudits(feedId)).toHaveLength(1);
    expect(await (await fetch(link)).text()).toContain('You already get no mail for');
  });

  it('a forged, altered or missing token gets 400 and changes nothing', async () => {
    const victim = await subscribedMember('Victim feed');
    const attacker = await subscribedMember('Attacker feed');
    const links = t.app.get(UnsubscribeLinks);
    const victimSubscription = (await subscriptionOfFeed(victim.feedId)).id;
    const attackerToken = links.tokenFor((await subscriptionOfFeed(attacker.feedId)).id);
    const attackerSignature = attackerToken.slice(attackerToken.indexOf('.') + 1);
    const victimToken = links.tokenFor(victimSubscription);
    const flipped = victimToken.slice(0, -1) + (victimToken.endsWith('A') ? 'B' : 'A');

    const forged = [
      `${victimSubscription}.${attackerSignature}`, // another subscription's signature
      flipped, // altered
      `${randomUUID()}.${attackerSignature}`,
      victimSubscription, // no signature
      'not-a-token',
    ];
    const urls = [
      ...forged.map((token) => `${t.url}/mail/unsubscribe?token=${encodeURIComponent(token)}`),
      `${t.url}/mail/unsubscribe`,
      `${t.url}/mail/unsubscribe?token=a&token=b`,
    ];
    for (const url of urls) {
      const page = await fetch(url, { headers: { Accept: 'text/html' } });
      expect(page.status, url).toBe(400);
      expect(await page.text()).toContain('This link is not valid');
      const click = await oneClick(url);
      expect(click.status, url).toBe(400);
      expect(await click.text()).toContain('Nothing was changed');
    }
    expect(await subscriptionOfFeed(victim.feedId)).toMatchObject({ immediate_min_severity: 'LOW', digest: 'DAILY' });
    expect(await unsubscribeAudits(victim.feedId)).toEqual([]);
  });

  it("an organization mailbox's subscription is turned off by its own link, named by mailbox and subscription", async () => {
    const address = `desk-${uniqueBulletinTag('unsub')}@test.demo`;
    const { subscriptionId } = await createSubscribedMailbox(
      t,
      admin.accessToken,
      office.id,
      address,
      { tags: ['x'] },
      {
        immediateMinSeverity: 'HIGH',
      },
    );
    const link = onThisServer(t.app.get(UnsubscribeLinks).urlFor(subscriptionId));

    expect(await (await fetch(link)).text()).toContain(`Desk ${address}: Subscription ${address}`);
    const done = await oneClick(link);
    expect(done.status).toBe(200);
    const rows: SubscriptionRow[] = await t.dataSource.query(
      'SELECT immediate_min_severity, digest FROM mail_subscriptions WHERE id = $1',
      [subscriptionId],
    );
    expect(rows).toEqual([{ immediate_min_severity: null, digest: 'NONE' }]);
    expect(await unsubscribeAudits(subscriptionId)).toEqual([
      { action: 'MAILBOX_SUBSCRIPTION_UPDATED', details: expect.any(Object) as unknown },
    ]);
  });
});
