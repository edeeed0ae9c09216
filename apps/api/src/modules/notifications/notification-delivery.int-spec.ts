import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  amendBulletin,
  createMailedFeed,
  createMailOrganization,
  createSignedInUser,
  createSubscribedMailbox,
  DEMO,
  fastMail,
  makeFeedDigestDue,
  mailSettled,
  publishBulletin,
  retractBulletin,
  startSmtpTestServer,
  startTestApp,
  type TestApp,
  uniqueBulletinTag,
  uniqueWord,
} from '@bulwark/testing';

/**
 * Who gets mail (docs/notifications.md), through the real API and a real SMTP server on loopback: the set of
 * recipients of an immediate mail, a deactivated user's digest, and who is told of a retraction.
 */

type SmtpServer = Awaited<ReturnType<typeof startSmtpTestServer>>;
type Received = SmtpServer['messages'][number];

const DEACTIVATE_USER = 'mutation($input: UserIdInput!) { deactivateUser(input: $input) { id } }';
const UPDATE_USER = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }';
const MY_MAILS = `{ myMails(first: 20) { edges { node {
  kind status recipient attempts lastResponse bulletinCount messageId sentAt } } } }`;
const ORGANIZATION_MAILS = `query($organizationId: ID) { organizationMails(organizationId: $organizationId, first: 50) {
  edges { node { kind status recipient lastResponse } } } }`;

interface MailRecord {
  kind: string;
  status: string;
  recipient: string;
  attempts: number;
  lastResponse: string | null;
  bulletinCount: number | null;
  messageId: string;
  sentAt: string | null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every address a message was sent to, lower-cased. */
function recipientsOf(messages: readonly Received[]): string[] {
  return messages.flatMap((message) => message.to.map((address) => address.toLowerCase())).sort();
}

describe('who gets e-mail', () => {
  let t: TestApp;
  let smtp: SmtpServer;
  let platform: string;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    // A window wide enough for three amendments through the API on a slow machine.
    t = await startTestApp({ ...fastMail(smtp.url), MAIL_COALESCE_SECONDS: '3' });
    platform = await accountToken(t, DEMO.platformAdmin);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  /** Waits for the outbox to come to rest, and a little longer, so a duplicate would have had time to arrive. */
  async function settled(): Promise<void> {
    await mailSettled(t);
    await pause(300);
    await mailSettled(t);
  }

  /** The messages the SMTP server accepted while `action` ran (and the outbox came to rest after it). */
  async function receivedDuring(action: () => Promise<void>): Promise<Received[]> {
    await settled();
    const before = smtp.messages.length;
    await action();
    await settled();
    return smtp.messages.slice(before);
  }

  it('an immediate CRITICAL bulletin reaches exactly the subscribed users and mailbox who may read it, each once', async () => {
    const { organization: office, admin } = await createMailOrganization(t, platform);
    const { organization: elsewhere, admin: elsewhereAdmin } = await createMailOrganization(t, platform);
    const tag = uniqueBulletinTag('mail');
    const feed = { tags: [tag] };
    const immediate = { immediateMinSeverity: 'HIGH' };
    const member = (clearance: string, token = admin.accessToken, organizationId = office.id) =>
      createSignedInUser(t, token, { organizationId, clearance, roles: ['VIEWER'] });

    const reader = await member('AMBER');
    await createMailedFeed(t, reader.accessToken, feed, immediate);
    // CRITICAL alone immediately, the rest daily: a CRITICAL bulletin comes at once, not in the digest.
    const strict = await member('AMBER_STRICT');
    await createMailedFeed(t, strict.accessToken, feed, { immediateMinSeverity: 'CRITICAL', digest: 'DAILY' });
    const deskAddress = `desk-${tag}@test.demo`;
    await createSubscribedMailbox(t, admin.accessToken, office.id, deskAddress, feed, immediate);

    // Subscribed, but may not read it: clearance below its tier; not of a recipient organization; deactivated.
    const lowClearance = await member('GREEN');
    await createMailedFeed(t, lowClearance.accessToken, feed, immediate);
    const outsider = await member('AMBER', elsewhereAdmin.accessToken, elsewhere.id);
    await createMailedFeed(t, outsider.accessToken, feed, immediate);
    await createSubscribedMailbox(
      t,
      elsewhereAdmin.accessToken,
      elsewhere.id,
      `desk-${tag}-elsewhere@test.demo`,
      feed,
      immediate,
    );
    const deactivated = await member('AMBER');
    await createMailedFeed(t, deactivated.accessToken, feed, immediate);
    await t.gql.data(DEACTIVATE_USER, { input: { id: deactivated.id } }, { token: admin.accessToken });
    // May read it, but asked for no mail, or for none about this, or only for a higher severity.
    const noMail = await member('AMBER');
    await createMailedFeed(t, noMail.accessToken, feed, { immediateMinSeverity: null, digest: 'NONE' });
    const neverAsked = await member('AMBER');
    await createMailedFeed(t, neverAsked.accessToken, feed, null);
    const otherFeed = await member('AMBER');
    await createMailedFeed(t, otherFeed.accessToken, { tags: [uniqueBulletinTag('other')] }, immediate);

    let bulletin!: Awaited<ReturnType<typeof publishBulletin>>;
    const received = await receivedDuring(async () => {
      bulletin = await publishBulletin(t, {
        tier: 'AMBER',
        severity: 'CRITICAL',
        recipientOrganizations: [office.shortName],
        tags: [tag],
        title: `Critical ${uniqueWord()}`,
      });
    });

    expect(recipientsOf(received)).toEqual(
      [reader.email, strict.email, deskAddress].map((a) => a.toLowerCase()).sort(),
    );
    for (const message of received) {
      expect(message.subject).toContain('[TLP:AMBER]');
      expect(message.subject).toContain(String(bulletin.reference));
      expect(message.text).toContain(`/bulletins/${bulletin.id}`);
    }
    expect(new Set(received.map((message) => message.messageId)).size).toBe(received.length);

    // The delivery record the user sees: sent once, with the server's answer and the Message-ID it went out with.
    const { myMails } = await t.gql.data<{ myMails: { edges: { node: MailRecord }[] } }>(
      MY_MAILS,
      {},
      { token: reader.accessToken },
    );
    const records = myMails.edges.map((edge) => edge.node);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      kind: 'IMMEDIATE',
      status: 'SENT',
      recipient: reader.email.toLowerCase(),
      attempts: 1,
      bulletinCount: 1,
    });
    expect(records[0]?.lastResponse).toMatch(/^250/);
    expect(records[0]?.sentAt).not.toBeNull();
    const sentToReader = received.find((message) => recipientsOf([message]).includes(reader.email.toLowerCase()));
    expect(sentToReader?.messageId).toBe(records[0]?.messageId);
  });

  it('a user deactivated before the daily digest gets nothing, while a colleague on the same filter gets it', async () => {
    const { organization: office, admin } = await createMailOrganization(t, platform);
    const tag = uniqueBulletinTag('mail');
    const daily = { digest: 'DAILY' as const };
    const leaving = await createSignedInUser(t, admin.accessToken, { organizationId: office.id, clearance: 'GREEN' });
    const leavingFeed = await createMailedFeed(t, leaving.accessToken, { tags: [tag] }, daily);
    const staying = await createSignedInUser(t, admin.accessToken, { organizationId: office.id, clearance: 'GREEN' });
    const stayingFeed = await createMailedFeed(t, staying.accessToken, { tags: [tag] }, daily);
    const title = `Everyone may read this ${uniqueWord()}`;

    const published = await receivedDuring(async () => {
      await publishBulletin(t, { tier: 'CLEAR', severity: 'LOW', tags: [tag], title });
    });
    expect(published).toEqual([]); // daily only: nothing at once

    await t.gql.data(DEACTIVATE_USER, { input: { id: leaving.id } }, { token: admin.accessToken });
    const digests = await receivedDuring(async () => {
      await makeFeedDigestDue(t, leavingFeed);
      await makeFeedDigestDue(t, stayingFeed);
    });

    expect(recipientsOf(digests)).toEqual([staying.email.toLowerCase()]);
    expect(digests[0]?.text).toContain(title);
    // Not even a CLEAR bulletin: the delivery record says why nothing went.
    const { organizationMails } = await t.gql.data<{
      organizationMails: {
        edges: { node: { kind: string; status: string; recipient: string; lastResponse: string | null } }[];
      };
    }>(ORGANIZATION_MAILS, { organizationId: office.id }, { token: admin.accessToken });
    const leavingRecords = organizationMails.edges
      .map((edge) => edge.node)
      .filter((record) => record.recipient === leaving.email.toLowerCase());
    expect(leavingRecords).toEqual([
      {
        kind: 'DIGEST',
        status: 'SKIPPED',
        recipient: leaving.email.toLowerCase(),
        lastResponse: 'Not sent: the recipient is deactivated.',
      },
    ]);
  });

  it('a retraction is mailed to those who were mailed the bulletin (immediately or in a digest), and no one else', async () => {
    const { organization: office, admin } = await createMailOrganization(t, platform);
    const tag = uniqueBulletinTag('mail');
    const feed = { tags: [tag] };
    const member = () => createSignedInUser(t, admin.accessToken, { organizationId: office.id, clearance: 'GREEN' });
    const mailedAtOnce = await member();
    await createMailedFeed(t, mailedAtOnce.accessToken, feed, { immediateMinSeverity: 'HIGH' });
    const mailedInDigest = await member();
    const digestFeed = await createMailedFeed(t, mailedInDigest.accessToken, feed, { digest: 'DAILY' });
    const digestNotYetSent = await member();
    const laterDigestFeed = await createMailedFeed(t, digestNotYetSent.accessToken, feed, { digest: 'DAILY' });
    const subscribedLater = await member();
    // Mailed it, but by the time of the retraction may no longer read it (R17): clearance lowered to CLEAR.
    const loweredSince = await member();
    await createMailedFeed(t, loweredSince.accessToken, feed, { immediateMinSeverity: 'HIGH' });
    const title = `To be withdrawn ${uniqueWord()}`;

    let bulletinId = '';
    const first = await receivedDuring(async () => {
      bulletinId = (await publishBulletin(t, { tier: 'GREEN', severity: 'CRITICAL', tags: [tag], title })).id;
    });
    expect(recipientsOf(first)).toEqual([mailedAtOnce.email, loweredSince.email].map((a) => a.toLowerCase()).sort());
    const digest = await receivedDuring(() => makeFeedDigestDue(t, digestFeed));
    expect(recipientsOf(digest)).toEqual([mailedInDigest.email.toLowerCase()]);
    expect(digest[0]?.text).toContain(title);
    // Subscribed after the bulletin: no backlog, so never mailed it.
    await createMailedFeed(t, subscribedLater.accessToken, feed, { immediateMinSeverity: 'INFO' });

    await t.gql.data(UPDATE_USER, { input: { id: loweredSince.id, clearance: 'CLEAR' } }, { token: admin.accessToken });

    const reason = `Withdrawn because ${uniqueWord()}`;
    const retractions = await receivedDuring(async () => {
      await retractBulletin(t, bulletinId, reason);
    });
    expect(recipientsOf(retractions)).toEqual(
      [mailedAtOnce.email, mailedInDigest.email].map((address) => address.toLowerCase()).sort(),
    );
    for (const message of retractions) {
      expect(message.subject).toContain('[TLP:GREEN]');
      expect(message.subject).toContain('Retracted');
      expect(message.text).toContain(reason); // GREEN: the reason, as a summary would be
    }

    // The digest that had not gone out yet leaves the retracted bulletin out, and so has nothing to send.
    const late = await receivedDuring(() => makeFeedDigestDue(t, laterDigestFeed));
    expect(late).toEqual([]);
    const { myMails } = await t.gql.data<{ myMails: { edges: { node: MailRecord }[] } }>(
      MY_MAILS,
      {},
      { token: digestNotYetSent.accessToken },
    );
    expect(myMails.edges.map((edge) => [edge.node.kind, edge.node.status, edge.node.lastResponse])).toEqual([
      ['DIGEST', 'SKIPPED', expect.stringMatching(/^Not sent: /) as unknown],
    ]);
  });

  it('amendments within the coalescing window go out as one immediate mail, at the latest revision', async () => {
    const { organization: office, admin } = await createMailOrganization(t, platform);
    const reader = await createSignedInUser(t, admin.accessToken, { organizationId: office.id, clearance: 'GREEN' });
    const tag = uniqueBulletinTag('mail');
    await createMailedFeed(t, reader.accessToken, { tags: [tag] }, { immediateMinSeverity: 'HIGH' });
    const titles = [`First ${uniqueWord()}`, `Second ${uniqueWord()}`, `Third ${uniqueWord()}`];

    let bulletin!: Awaited<ReturnType<typeof publishBulletin>>;
    const published = await receivedDuring(async () => {
      bulletin = await publishBulletin(t, {
        tier: 'GREEN',
        severity: 'HIGH',
        tags: [tag],
        title: `Draft ${uniqueWord()}`,
      });
    });
    expect(recipientsOf(published)).toEqual([reader.email.toLowerCase()]);

    const amended = await receivedDuring(async () => {
      let revision = bulletin.revision;
      for (const title of titles) revision = (await amendBulletin(t, bulletin.id, revision, { title })).revision;
    });
    expect(amended).toHaveLength(1);
    const [mail] = amended;
    expect(mail?.subject).toContain('Amended');
    expect(mail?.subject).toContain(titles[2]);
    for (const earlier of titles.slice(0, 2)) {
      expect(mail?.text).not.toContain(earlier);
      expect(mail?.html).not.toContain(earlier);
    }
  });
});
