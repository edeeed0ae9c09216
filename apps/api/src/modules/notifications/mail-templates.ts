import { MailDigest, Tier, tierRank } from '@bulwark/domain';
import type { MailContent } from './mail-content';

/** One bulletin in a mail, and whether it changed since the recipient may have been told of it. */
export interface MailEntry {
  readonly content: MailContent;
  readonly amended: boolean;
}

/** Why the recipient gets the mail, and how to stop it. */
export interface MailFooter {
  /** The feed's or the mailbox subscription's name; null for a retraction (sent to whoever was mailed the bulletin). */
  readonly subscriptionName: string | null;
  readonly recipient: 'USER' | 'MAILBOX';
  /** Where the recipient changes this mail in the portal (a feed's page); null for a mailbox. */
  readonly manageUrl: string | null;
  readonly unsubscribeUrl: string | null;
}

/** A mail's words, in plain text and HTML alike. */
export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The highest tier it carries: the marking in its subject and at its top. */
  readonly tier: Tier;
}

/** TLP 2.0 writes AMBER_STRICT as AMBER+STRICT. */
export function tlpMarking(tier: Tier): string {
  return `TLP:${tier === Tier.AMBER_STRICT ? 'AMBER+STRICT' : tier}`;
}

/** What the marking asks of the recipient (TLP 2.0), in our words. */
const SHARING_RULE: Record<Tier, string> = {
  [Tier.CLEAR]: 'Disclosure is not limited: this may be shared freely.',
  [Tier.GREEN]: 'Share within the election-security community only, never through publicly accessible channels.',
  [Tier.AMBER]: 'Share only within your organization and those it serves, on a need-to-know basis.',
  [Tier.AMBER_STRICT]: 'Share only within your organization, on a need-to-know basis.',
  [Tier.RED]: 'For you alone: no further disclosure.',
};

/** TLP 2.0's colours, on black. */
const COLOUR: Record<Tier, string> = {
  [Tier.CLEAR]: '#FFFFFF',
  [Tier.GREEN]: '#33FF00',
  [Tier.AMBER]: '#FFC000',
  [Tier.AMBER_STRICT]: '#FFC000',
  [Tier.RED]: '#FF2B2B',
};

const NOTICE = 'A bulletin awaits you in Bulwark';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One line, no control characters: a subject is a header, and a title must not be able to end it. */
function oneLine(value: string): string {
  const printable = Array.from(value, (char) => (isControl(char.codePointAt(0) ?? 0) ? ' ' : char)).join('');
  return printable.replace(/\s+/g, ' ').trim();
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

function highestTier(entries: readonly MailEntry[]): Tier {
  return entries.reduce<Tier>(
    (highest, entry) => (tierRank(entry.content.tier) > tierRank(highest) ? entry.content.tier : highest),
    Tier.CLEAR,
  );
}

/** "HIGH · BLW-2026-0042 · Title", or the notice when the content carries no headline. */
function headline(content: MailContent): string {
  if (content.level === 'NOTICE') return NOTICE;
  return [content.severity, content.reference, content.title].filter((part) => part !== null).join(' · ');
}

const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

/** "Severity: HIGH · Category: Cyber threat · Reference: BLW-2026-0042", what the content carries of them. */
function facts(content: MailContent): string | null {
  if (content.level === 'NOTICE') return null;
  const parts = [`Severity: ${content.severity}`];
  if (content.level === 'FULL') parts.push(`Category: ${words(content.category)}`);
  if (content.reference) parts.push(`Reference: ${content.reference}`);
  return parts.join(' · ');
}

function subjectOf(tier: Tier, subject: string): string {
  return oneLine(`[${tlpMarking(tier)}] ${subject}`);
}

// --- Plain text -------------------------------------------------------------------------------------------------

function textEntry(entry: MailEntry, retracted = false): string {
  const { content } = entry;
  const lines = [`[${tlpMarking(content.tier)}]${entry.amended ? ' Amended' : ''}${retracted ? ' Retracted' : ''}`];
  lines.push(oneLine(content.level === 'NOTICE' ? `${NOTICE}.` : content.title));
  const known = facts(content);
  if (known) lines.push(known);
  if (content.level === 'FULL') {
    lines.push(content.summary);
    if (retracted && content.retractionReason) lines.push(`Reason for the retraction: ${content.retractionReason}`);
  }
  lines.push(`Read it in Bulwark: ${content.link}`);
  return lines.join('\n');
}

function textFooter(footer: MailFooter): string {
  const lines = ['-- ', why(footer)];
  if (footer.manageUrl) lines.push(`Change this feed's mail: ${footer.manageUrl}`);
  if (footer.unsubscribeUrl) lines.push(`Unsubscribe: ${footer.unsubscribeUrl}`);
  return lines.join('\n');
}

function why(footer: MailFooter): string {
  if (footer.subscriptionName === null) return 'You get this mail because you were mailed about this bulletin.';
  const name = `"${oneLine(footer.subscriptionName)}"`;
  return footer.recipient === 'MAILBOX'
    ? `This mailbox gets this mail through its organization's subscription ${name}.`
    : `You get this mail because of your feed ${name} in Bulwark.`;
}

function textMail(tier: Tier, intro: string, entries: string[], footer: MailFooter): string {
  return [tlpMarking(tier), SHARING_RULE[tier], '', intro, '', entries.join('\n\n'), '', textFooter(footer), ''].join(
    '\n',
  );
}

// --- HTML ------------------------------------------------------------------------------------------------------

const FONT = 'font-family:Arial,Helvetica,sans-serif;';

function htmlMarking(tier: Tier, size: number): string {
  return `<span style="background:#000000;color:${COLOUR[tier]};${FONT}font-weight:bold;font-size:${size}px;padding:2px 6px;">${escapeHtml(tlpMarking(tier))}</span>`;
}

function htmlBadge(label: string): string {
  return ` <span style="background:#e8ecf2;color:#1b1f24;${FONT}font-size:12px;padding:2px 6px;border-radius:3px;">${escapeHtml(label)}</span>`;
}

function htmlEntry(entry: MailEntry, retracted = false): string {
  const { content } = entry;
  const link = escapeHtml(content.link);
  const title = content.level === 'NOTICE' ? `${NOTICE}.` : oneLine(content.title);
  const rows = [
    `<div>${htmlMarking(content.tier, 12)}${entry.amended ? htmlBadge('Amended') : ''}${retracted ? htmlBadge('Retracted') : ''}</div>`,
    `<div style="${FONT}font-size:17px;font-weight:bold;margin:8px 0 4px;"><a href="${link}" style="color:#0b57d0;text-decoration:none;">${escapeHtml(title)}</a></div>`,
  ];
  const known = facts(content);
  if (known) rows.push(`<div style="${FONT}font-size:13px;color:#4a5160;">${escapeHtml(known)}</div>`);
  if (content.level === 'FULL') {
    rows.push(
      `<div style="${FONT}font-size:14px;margin-top:8px;white-space:pre-line;">${escapeHtml(content.summary)}</div>`,
    );
    if (retracted && content.retractionReason) {
      rows.push(
        `<div style="${FONT}font-size:14px;margin-top:8px;">Reason for the retraction: ${escapeHtml(content.retractionReason)}</div>`,
      );
    }
  }
  rows.push(
    `<div style="${FONT}font-size:13px;margin-top:8px;"><a href="${link}" style="color:#0b57d0;">Read it in Bulwark</a></div>`,
  );
  return `<tr><td style="padding:14px 20px;border-top:1px solid #e1e5eb;">${rows.join('')}</td></tr>`;
}

function htmlFooter(footer: MailFooter): string {
  const lines = [escapeHtml(why(footer))];
  if (footer.manageUrl)
    lines.push(`<a href="${escapeHtml(footer.manageUrl)}" style="color:#4a5160;">Change this feed's mail</a>`);
  if (footer.unsubscribeUrl)
    lines.push(`<a href="${escapeHtml(footer.unsubscribeUrl)}" style="color:#4a5160;">Unsubscribe</a>`);
  return `<tr><td style="padding:14px 20px;border-top:1px solid #e1e5eb;${FONT}font-size:12px;color:#4a5160;">${lines.join('<br>')}</td></tr>`;
}

function htmlMail(tier: Tier, intro: string, entries: string[], footer: MailFooter): string {
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(tlpMarking(tier))}</title></head>`,
    '<body style="margin:0;padding:0;background:#f4f5f7;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f5f7;"><tr><td align="center" style="padding:24px 12px;">',
    '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff;border:1px solid #d8dce3;">',
    `<tr><td style="background:#000000;color:${COLOUR[tier]};${FONT}font-size:18px;font-weight:bold;letter-spacing:1px;padding:12px 20px;">${escapeHtml(tlpMarking(tier))}</td></tr>`,
    `<tr><td style="padding:10px 20px;background:#f9fafb;${FONT}font-size:13px;color:#1b1f24;">${escapeHtml(SHARING_RULE[tier])}</td></tr>`,
    `<tr><td style="padding:14px 20px;${FONT}font-size:14px;color:#1b1f24;">${escapeHtml(intro)}</td></tr>`,
    ...entries,
    htmlFooter(footer),
    '</table></td></tr></table></body></html>',
  ].join('\n');
}

// --- The three mails -----------------------------------------------------------------------------------------

/** One bulletin, soon after it was published or amended. */
export function immediateMail(entry: MailEntry, footer: MailFooter): RenderedMail {
  const tier = entry.content.tier;
  const subject =
    entry.content.level === 'NOTICE' ? NOTICE : `${entry.amended ? 'Amended: ' : ''}${headline(entry.content)}`;
  const intro = entry.amended ? 'A bulletin has been amended.' : 'A bulletin has been published.';
  return {
    subject: subjectOf(tier, subject),
    text: textMail(tier, intro, [textEntry(entry)], footer),
    html: htmlMail(tier, intro, [htmlEntry(entry)], footer),
    tier,
  };
}

/** Every bulletin a subscription gathered since its last digest, each once, at its latest revision. */
export function digestMail(entries: readonly MailEntry[], digest: MailDigest, footer: MailFooter): RenderedMail {
  const tier = highestTier(entries);
  const how = digest === MailDigest.HOURLY ? 'hourly ' : digest === MailDigest.DAILY ? 'daily ' : '';
  const count = `${entries.length} bulletin${entries.length === 1 ? '' : 's'}`;
  const name = footer.subscriptionName === null ? '' : ` (${footer.subscriptionName})`;
  const amended = entries.filter((entry) => entry.amended).length;
  const intro = `${count} since the last digest${amended > 0 ? `, ${amended} of them amended` : ''}.`;
  return {
    subject: subjectOf(tier, `Bulwark ${how}digest${name}: ${count}`),
    text: textMail(
      tier,
      intro,
      entries.map((entry) => textEntry(entry)),
      footer,
    ),
    html: htmlMail(
      tier,
      intro,
      entries.map((entry) => htmlEntry(entry)),
      footer,
    ),
    tier,
  };
}

/** A bulletin the recipient was mailed has been retracted by its publisher. */
export function retractionMail(content: MailContent, footer: MailFooter): RenderedMail {
  const tier = content.tier;
  const entry = { content, amended: false };
  const subject = content.level === 'NOTICE' ? 'Retracted: a bulletin in Bulwark' : `Retracted: ${headline(content)}`;
  const intro = 'A bulletin you were mailed about has been retracted by its publisher: do not act on it any longer.';
  return {
    subject: subjectOf(tier, subject),
    text: textMail(tier, intro, [textEntry(entry, true)], footer),
    html: htmlMail(tier, intro, [htmlEntry(entry, true)], footer),
    tier,
  };
}
