import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  amendBulletin,
  createMailedFeed,
  createMailOrganization,
  createSignedInUser,
  DEMO,
  fastMail,
  makeFeedDigestDue,
  mailSettled,
  publishBulletin,
  retractBulletin,
  signIn,
  startSmtpTestServer,
  startTestApp,
  type TestApp,
  uniqueBulletinTag,
  uniqueWord,
} from '@bulwark/testing';

/**
 * A daily digest holds exactly what its feed matches under R17 when it is sent (docs/notifications.md), through the
 * real API and a real SMTP server on loopback.
 */

type SmtpServer = Awaited<ReturnType<typeof startSmtpTestServer>>;

const UPDATE_USER = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id clearance } }';
const MY_MAILS = '{ myMails(first: 20) { edges { node { kind status bulletinCount messageId } } } }';

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** The paragraph (lines between blank lines) of a plain-text mail that holds `part`. */
function paragraphOf(text: string, part: string): string {
  return text.split(/\n\s*\n/).find((paragraph) => paragraph.includes(part)) ?? '';
}

describe('the daily digest', () => {
  let t: TestApp;
  let smtp: SmtpServer;
  let platform: string;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await startTestApp(fastMail(smtp.url));
    platform = await accountToken(t, DEMO.platformAdmin);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('holds each bulletin its feed matches under R17 at sending time once, at its latest revision, amendments marked', async () => {
    const { organization: office, admin } = await createMailOrganization(t, platform);
    const reader = await createSignedInUser(t, admin.accessToken, { organizationId: office.id, clearance: 'AMBER' });
    const tag = uniqueBulletinTag('digest');
    const feedId = await createMailedFeed(t, reader.accessToken, { tags: [tag] }, { digest: 'DAILY' }, 'Morning');
    const title = () => `Digest ${uniqueWord()}`;
    const green = (spec: { title: string; tags?: string[] }) =>
      publishBulletin(t, { tier: 'GREEN', severity: 'MEDIUM', tags: [tag], ...spec });

    // Amended three times: one entry, at its last revision, marked amended.
    const amendedTitles = [title(), title(), title(), title()];
    const finalSummary = `Final summary ${uniqueWord()}`;
    const amended = await green({ title: amendedTitles[0] ?? '' });
    let revision = amended.revision;
    for (let i = 1; i <= 3; i++) {
      const last = i === 3;
      revision = (
        await amendBulletin(t, amended.id, revision, {
          title: amendedTitles[i],
          ...(last ? { summary: finalSummary } : {}),
        })
      ).revision;
    }
    const plainTitle = title();
    const plain = await green({ title: plainTitle });
    // Readable when published; not by the time the digest goes (clearance lowered; amended to AMBER elsewhere).
    const amberTitle = title();
    await publishBulletin(t, {
      tier: 'AMBER',
      tags: [tag],
      title: amberTitle,
      recipientOrganizations: [office.shortName],
    });
    const raisedTitle = title();
    const raised = await green({ title: raisedTitle });
    // Matched when published; no longer (its tag amended away), or retracted.
    const retaggedTitle = title();
    const retagged = await green({ title: retaggedTitle });
    const retractedTitle = title();
    const retracted = await green({ title: retractedTitle });
    // Never matched.
    const unmatchedTitle = title();
    await green({ title: unmatchedTitle, tags: [uniqueBulletinTag('other')] });

    await mailSettled(t);
    await t.gql.data(UPDATE_USER, { input: { id: reader.id, clearance: 'GREEN' } }, { token: admin.accessToken });
    await amendBulletin(t, raised.id, raised.revision, {
      tier: 'AMBER',
      recipientOrganizations: ['PA-SOS'],
      title: `${raisedTitle} raised`,
    });
    await amendBulletin(t, retagged.id, retagged.revision, { tags: [uniqueBulletinTag('moved')] });
    await retractBulletin(t, retracted.id, 'Withdrawn for the test.');
    await mailSettled(t);
    const before = smtp.messages.length;
    expect(smtp.messages.some((message) => message.to.includes(reader.email))).toBe(false); // daily only

    await makeFeedDigestDue(t, feedId);
    await mailSettled(t);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await mailSettled(t);

    const received = smtp.messages.slice(before);
    expect(received.map((message) => message.to.map((address) => address.toLowerCase()))).toEqual([
      [reader.email.toLowerCase()],
    ]);
    const digest = received[0];
    if (!digest) throw new Error('no digest');
    expect(digest.subject).toContain('[TLP:GREEN]');
    expect(digest.subject).toContain('Morning');
    expect(digest.subject).toContain('2 bulletins');
    for (const content of [digest.text, digest.html]) {
      expect(occurrences(content, amendedTitles[3] ?? '')).toBe(1);
      expect(occurrences(content, plainTitle)).toBe(1);
      expect(content).toContain(finalSummary);
      for (const absent of [
        ...amendedTitles.slice(0, 3),
        amberTitle,
        raisedTitle,
        retaggedTitle,
        retractedTitle,
        unmatchedTitle,
      ]) {
        expect(content).not.toContain(absent);
      }
    }
    expect(paragraphOf(digest.text, amendedTitles[3] ?? '')).toMatch(/amended/i);
    expect(paragraphOf(digest.text, plainTitle)).not.toMatch(/amended/i);

    // After sending, the mail's items are what it carried: who would be told of a retraction.
    const items: { bulletin_id: string; amended: boolean }[] = await t.dataSource.query(
      `SELECT i.bulletin_id, i.amended FROM mail_items i JOIN mails m ON m.id = i.mail_id
       WHERE m.user_id = $1 AND m.kind = 'DIGEST' ORDER BY i.amended`,
      [reader.id],
    );
    expect(items).toEqual([
      { bulletin_id: plain.id, amended: false },
      { bulletin_id: amended.id, amended: true },
    ]);
    const token = (await signIn(t, reader.email, reader.password)).accessToken;
    const { myMails } = await t.gql.data<{
      myMails: { edges: { node: { kind: string; status: string; bulletinCount: number; messageId: string } }[] };
    }>(MY_MAILS, {}, { token });
    expect(myMails.edges.map((edge) => edge.node)).toEqual([
      { kind: 'DIGEST', status: 'SENT', bulletinCount: 2, messageId: digest.messageId },
    ]);
  });

  it('a later digest lists only what came since the last one', async () => {
    const { organization: office, admin } = await createMailOrganization(t, platform);
    const reader = await createSignedInUser(t, admin.accessToken, { organizationId: office.id, clearance: 'GREEN' });
    const tag = uniqueBulletinTag('digest');
    const feedId = await createMailedFeed(t, reader.accessToken, { tags: [tag] }, { digest: 'DAILY' });
    const firstTitle = `First ${uniqueWord()}`;
    const secondTitle = `Second ${uniqueWord()}`;
    const mine = () => smtp.messages.filter((message) => message.to.includes(reader.email));

    await publishBulletin(t, { tier: 'CLEAR', tags: [tag], title: firstTitle });
    await mailSettled(t);
    await makeFeedDigestDue(t, feedId);
    await mailSettled(t);
    await publishBulletin(t, { tier: 'CLEAR', tags: [tag], title: secondTitle });
    await mailSettled(t);
    await makeFeedDigestDue(t, feedId);
    await mailSettled(t);

    const [first, second] = mine();
    expect(mine()).toHaveLength(2);
    expect(first?.text).toContain(firstTitle);
    expect(first?.text).not.toContain(secondTitle);
    expect(second?.text).toContain(secondTitle);
    expect(second?.text).not.toContain(firstTitle);
  });
});
