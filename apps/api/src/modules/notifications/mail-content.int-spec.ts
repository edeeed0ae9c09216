import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  createMailedFeed,
  createMailOrganization,
  createSignedInUser,
  DEMO,
  fastMail,
  mailSettled,
  publishBulletin,
  startSmtpTestServer,
  startTestApp,
  type TestApp,
  type TierName,
  uniqueBulletinTag,
  uniqueWord,
} from '@bulwark/testing';

/**
 * What a mail may carry, by tier and by the organization's mail detail (docs/notifications.md): a mail leaves our
 * control, so an AMBER mail carries no summary, a RED mail no title, and no mail ever carries a body.
 */

type SmtpServer = Awaited<ReturnType<typeof startSmtpTestServer>>;
type Received = SmtpServer['messages'][number];

const SET_MAIL_DETAIL = `mutation($input: SetOrganizationMailDetailInput!) {
  setOrganizationMailDetail(input: $input) { id mailDetail }
}`;

interface Published {
  id: string;
  reference: string;
  title: string;
  summary: string;
  body: string;
}

/** Every part of a mail a reader sees. */
const wholeMail = (message: Received) => [message.subject, message.text, message.html];

function header(message: Received, name: string): string {
  const value: unknown = message.headers.get(name);
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

describe('what a mail carries', () => {
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

  /** Publishes a bulletin with a fresh title, summary and body (each a unique word), tagged `tag`. */
  async function publish(
    tier: TierName,
    tag: string,
    audience: { recipientOrganizations?: string[]; recipientUsers?: string[] } = {},
  ): Promise<Published> {
    const content = {
      title: `Title ${uniqueWord()}`,
      summary: `Summary ${uniqueWord()}`,
      body: `Body ${uniqueWord()}`,
    };
    const bulletin = await publishBulletin(t, { tier, severity: 'HIGH', tags: [tag], ...content, ...audience });
    return { id: bulletin.id, reference: String(bulletin.reference), ...content };
  }

  /** The one message the SMTP server got about a bulletin (by its portal link). */
  function mailAbout(bulletin: Published): Received {
    const about = smtp.messages.filter((message) => message.text.includes(`/bulletins/${bulletin.id}`));
    expect(about).toHaveLength(1);
    const [message] = about;
    if (!message) throw new Error(`no mail about ${bulletin.title}`);
    return message;
  }

  it('by tier: CLEAR and GREEN with their summary, AMBER and AMBER+STRICT without, never a body', async () => {
    const { organization: office, admin } = await createMailOrganization(t, platform);
    const reader = await createSignedInUser(t, admin.accessToken, {
      organizationId: office.id,
      clearance: 'AMBER_STRICT',
    });
    const tag = uniqueBulletinTag('content');
    await createMailedFeed(t, reader.accessToken, { tags: [tag] }, { immediateMinSeverity: 'INFO' });
    const recipients = { recipientOrganizations: [office.shortName] };
    const clear = await publish('CLEAR', tag);
    const green = await publish('GREEN', tag);
    const amber = await publish('AMBER', tag, recipients);
    const strict = await publish('AMBER_STRICT', tag, recipients);
    await mailSettled(t);

    for (const [bulletin, marking, tier] of [
      [clear, 'TLP:CLEAR', 'CLEAR'],
      [green, 'TLP:GREEN', 'GREEN'],
      [amber, 'TLP:AMBER', 'AMBER'],
      [strict, 'TLP:AMBER+STRICT', 'AMBER_STRICT'],
    ] as const) {
      const message = mailAbout(bulletin);
      expect(message.to).toEqual([reader.email]);
      expect(message.subject.startsWith(`[${marking}]`)).toBe(true);
      expect(message.subject).toContain(bulletin.title);
      expect(message.subject).toContain(bulletin.reference);
      expect(message.subject).toContain('HIGH');
      expect(message.text.trimStart().split('\n')[0]).toContain(marking);
      expect(message.html).toContain(marking);
      expect(message.html).toContain(bulletin.title);
      expect(header(message, 'x-bulwark-tlp')).toBe(marking);
      expect(header(message, 'list-unsubscribe')).toContain('/mail/unsubscribe?token=');
      for (const part of wholeMail(message)) expect(part).not.toContain(bulletin.body);
      const withSummary = tier === 'CLEAR' || tier === 'GREEN';
      expect(message.text.includes(bulletin.summary)).toBe(withSummary);
      expect(message.html.includes(bulletin.summary)).toBe(withSummary);
      if (!withSummary) expect(message.subject).not.toContain(bulletin.summary);
    }
  });

  it('a RED mail says only that a bulletin awaits: no title, reference, summary or body', async () => {
    const { organization: office, admin } = await createMailOrganization(t, platform, 'RED');
    const reader = await createSignedInUser(t, admin.accessToken, { organizationId: office.id, clearance: 'RED' });
    const tag = uniqueBulletinTag('content');
    await createMailedFeed(t, reader.accessToken, { tags: [tag] }, { immediateMinSeverity: 'INFO' });
    const red = await publish('RED', tag, { recipientUsers: [reader.email] });
    await mailSettled(t);

    const message = mailAbout(red);
    expect(message.to).toEqual([reader.email]);
    expect(message.subject.startsWith('[TLP:RED]')).toBe(true);
    expect(message.text.trimStart().split('\n')[0]).toContain('TLP:RED');
    expect(header(message, 'x-bulwark-tlp')).toBe('TLP:RED');
    for (const part of wholeMail(message)) {
      expect(part).toMatch(/awaits/i);
      for (const secret of [red.title, red.reference, red.summary, red.body]) expect(part).not.toContain(secret);
    }
  });

  it("an organization's mail detail gives less, never more: HEADLINES drops the summary, NOTICE the title", async () => {
    const { organization: office, admin } = await createMailOrganization(t, platform, 'GREEN');
    const reader = await createSignedInUser(t, admin.accessToken, { organizationId: office.id, clearance: 'GREEN' });
    const tag = uniqueBulletinTag('content');
    await createMailedFeed(t, reader.accessToken, { tags: [tag] }, { immediateMinSeverity: 'INFO' });
    const setDetail = (detail: string) =>
      t.gql.data(SET_MAIL_DETAIL, { input: { organizationId: office.id, detail } }, { token: admin.accessToken });

    await setDetail('HEADLINES');
    const headline = await publish('GREEN', tag);
    await mailSettled(t);
    await setDetail('NOTICE');
    const notice = await publish('CLEAR', tag);
    await mailSettled(t);

    const headlineMail = mailAbout(headline);
    expect(headlineMail.subject).toContain(headline.title);
    expect(headlineMail.subject).toContain(headline.reference);
    for (const part of wholeMail(headlineMail)) {
      expect(part).not.toContain(headline.summary);
      expect(part).not.toContain(headline.body);
    }
    const noticeMail = mailAbout(notice);
    expect(noticeMail.subject.startsWith('[TLP:CLEAR]')).toBe(true);
    for (const part of wholeMail(noticeMail)) {
      expect(part).toMatch(/awaits/i);
      for (const secret of [notice.title, notice.reference, notice.summary, notice.body])
        expect(part).not.toContain(secret);
    }
  });
});
