import { Category, MailDetail, MailDigest, Severity, Tier } from '@bulwark/domain';
import { describe, expect, it } from 'vitest';
import { type MailBulletinFacts, mailContent } from './mail-content';
import { digestMail, immediateMail, type MailFooter, retractionMail, tlpMarking } from './mail-templates';

function facts(tier: Tier, overrides: Partial<MailBulletinFacts> = {}): MailBulletinFacts {
  return {
    id: '0c6c1f2e-8f44-4d1c-9a55-6c1d3f1f0001',
    reference: 'BLW-2026-0042',
    tier,
    title: 'Phishing wave against county clerks',
    summary: 'Spoofed vendor mail asks for poll-book credentials.',
    category: Category.CYBER_THREAT,
    severity: Severity.HIGH,
    retractionReason: 'Issued in error.',
    ...overrides,
  };
}

const LINK = 'https://bulwark.example/bulletins/0c6c1f2e-8f44-4d1c-9a55-6c1d3f1f0001';
const content = (tier: Tier, overrides: Partial<MailBulletinFacts> = {}, detail = MailDetail.STANDARD) =>
  mailContent(facts(tier, overrides), detail, LINK);

const FEED: MailFooter = {
  subscriptionName: 'Georgia cyber',
  recipient: 'USER',
  manageUrl: 'https://bulwark.example/feeds/f1',
  unsubscribeUrl: 'https://bulwark.example/mail/unsubscribe?token=abc.def',
};

/** The text of an HTML mail, tags dropped, entities as written. */
const visible = (html: string) => html.replace(/<[^>]*>/g, ' ');

describe('mail templates', () => {
  it('writes AMBER_STRICT as TLP:AMBER+STRICT', () => {
    expect(tlpMarking(Tier.AMBER_STRICT)).toBe('TLP:AMBER+STRICT');
    expect(tlpMarking(Tier.RED)).toBe('TLP:RED');
  });

  it('an immediate AMBER mail: marking in the subject and first in both bodies, headline, no summary', () => {
    const mail = immediateMail({ content: content(Tier.AMBER), amended: false }, FEED);
    expect(mail.subject).toBe('[TLP:AMBER] HIGH · BLW-2026-0042 · Phishing wave against county clerks');
    expect(mail.tier).toBe(Tier.AMBER);
    expect(mail.text.split('\n')[0]).toBe('TLP:AMBER');
    expect(mail.text.split('\n')[1]).toContain('need-to-know');
    expect(visible(mail.html).trim().startsWith('TLP:AMBER')).toBe(true);
    expect(mail.html.indexOf('TLP:AMBER</td>')).toBeLessThan(mail.html.indexOf('Phishing wave'));
    expect(mail.html).toContain('background:#000000;color:#FFC000');
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('Phishing wave against county clerks');
      expect(body).toContain(LINK);
      expect(body).not.toContain('Spoofed vendor mail');
      expect(body).toContain('Georgia cyber');
      expect(body).toContain(FEED.manageUrl);
      expect(body).toContain('https://bulwark.example/mail/unsubscribe?token=abc.def');
    }
  });

  it('an amended immediate mail says so in the subject', () => {
    const mail = immediateMail({ content: content(Tier.GREEN), amended: true }, FEED);
    expect(mail.subject).toBe('[TLP:GREEN] Amended: HIGH · BLW-2026-0042 · Phishing wave against county clerks');
    expect(mail.text).toContain('Spoofed vendor mail');
    expect(mail.text).toContain('Category: Cyber threat');
  });

  it('a RED mail says only that a bulletin awaits, in subject and bodies', () => {
    const mail = immediateMail({ content: content(Tier.RED), amended: true }, FEED);
    expect(mail.subject).toBe('[TLP:RED] A bulletin awaits you in Bulwark');
    for (const body of [mail.text, mail.html]) {
      expect(body).not.toContain('Phishing');
      expect(body).not.toContain('BLW-2026-0042');
      expect(body).not.toContain('HIGH');
      expect(body).toContain(LINK);
      expect(body).toContain('For you alone');
    }
  });

  it('escapes everything that came from people in HTML, and keeps the subject on one line', () => {
    const hostile = content(Tier.CLEAR, {
      title: '<script>alert(1)</script> "quoted" & \'single\'\r\nBcc: victim@example.com',
      summary: '<img src=x onerror=alert(2)>',
    });
    const footer = { ...FEED, subscriptionName: '<b>feed</b>' };
    const mail = immediateMail({ content: hostile, amended: false }, footer);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>feed');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain('Bcc: victim@example.com'); // as words in the subject, not a header
  });

  it('a digest: highest marking in the subject, each bulletin with its own marking, amended ones marked', () => {
    const entries = [
      { content: content(Tier.GREEN, { title: 'Green one' }), amended: false },
      { content: content(Tier.AMBER_STRICT, { title: 'Strict one' }), amended: true },
      { content: content(Tier.RED, { title: 'Red one' }), amended: false },
    ];
    const mail = digestMail(entries, MailDigest.DAILY, FEED);
    expect(mail.subject).toBe('[TLP:RED] Bulwark daily digest (Georgia cyber): 3 bulletins');
    expect(mail.tier).toBe(Tier.RED);
    expect(mail.text.split('\n')[0]).toBe('TLP:RED');
    expect(mail.text).toContain('[TLP:GREEN]\nGreen one');
    expect(mail.text).toContain('[TLP:AMBER+STRICT] Amended\nStrict one');
    expect(mail.text).not.toContain('Red one');
    expect(mail.text).toContain('3 bulletins since the last digest, 1 of them amended.');
    expect(mail.html.match(/Amended/g)).toHaveLength(1);
    expect(digestMail(entries.slice(0, 1), MailDigest.HOURLY, FEED).subject).toBe(
      '[TLP:GREEN] Bulwark hourly digest (Georgia cyber): 1 bulletin',
    );
  });

  it('a retraction: the reason only where a summary may go, no unsubscribe link without a subscription', () => {
    const footer: MailFooter = { subscriptionName: null, recipient: 'USER', manageUrl: null, unsubscribeUrl: null };
    const green = retractionMail(content(Tier.GREEN), footer);
    expect(green.subject).toBe('[TLP:GREEN] Retracted: HIGH · BLW-2026-0042 · Phishing wave against county clerks');
    expect(green.text).toContain('Reason for the retraction: Issued in error.');
    expect(green.text).not.toContain('Unsubscribe');
    const amber = retractionMail(content(Tier.AMBER), footer);
    expect(amber.text).not.toContain('Issued in error.');
    expect(amber.html).not.toContain('Issued in error.');
    const red = retractionMail(content(Tier.RED), footer);
    expect(red.subject).toBe('[TLP:RED] Retracted: a bulletin in Bulwark');
    expect(red.text).not.toContain('Phishing');
  });

  it('a mailbox footer names its subscription and has no feed page', () => {
    const footer: MailFooter = {
      subscriptionName: 'All critical',
      recipient: 'MAILBOX',
      manageUrl: null,
      unsubscribeUrl: FEED.unsubscribeUrl,
    };
    const mail = immediateMail({ content: content(Tier.GREEN), amended: false }, footer);
    expect(mail.text).toContain('This mailbox gets this mail through its organization\'s subscription "All critical".');
    expect(mail.text).not.toContain('/feeds/');
  });
});
