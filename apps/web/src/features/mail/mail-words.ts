import type { MailDetail, MailKind, MailStatus } from '@web/graphql/generated/graphql';

/** A mail's status as a badge: its word and tone (see StatusTag), and what it means on hover. */
export const MAIL_STATUS_WORDS: Readonly<
  Record<MailStatus, { label: string; tone?: 'bad' | 'off' | 'wait'; meaning: string }>
> = {
  SENT: { label: 'Sent', meaning: 'The mail server accepted it.' },
  PENDING: { label: 'Waiting', tone: 'wait', meaning: 'Not sent yet: it goes within minutes.' },
  FAILED: {
    label: 'Retrying',
    tone: 'wait',
    meaning: 'The mail server did not take it; Bulwark tries again, waiting longer each time.',
  },
  DEAD: { label: 'Gave up', tone: 'bad', meaning: 'Every attempt failed, or the mail server refused it for good.' },
  SKIPPED: {
    label: 'Not sent',
    tone: 'off',
    meaning: 'At sending time there was nothing left the recipient may still receive.',
  },
};

/** The order the status filter lists them in. */
export const MAIL_STATUSES: readonly MailStatus[] = ['SENT', 'PENDING', 'FAILED', 'DEAD', 'SKIPPED'];

export const MAIL_KIND_WORDS: Readonly<Record<MailKind, string>> = {
  IMMEDIATE: 'Immediate',
  DIGEST: 'Digest',
  RETRACTION: 'Retraction notice',
};

/** How much of a bulletin an organization's e-mail may carry, in plain words. */
export const MAIL_DETAIL_WORDS: Readonly<Record<MailDetail, { label: string; description: string }>> = {
  STANDARD: {
    label: 'Standard',
    description:
      'Title, sharing tier, severity, reference number and a link. For TLP:CLEAR and TLP:GREEN bulletins, the short summary as well.',
  },
  HEADLINES: {
    label: 'Headlines only',
    description: 'Title, sharing tier, severity, reference number and a link. Never a summary, at any tier.',
  },
  NOTICE: {
    label: 'Notice only',
    description:
      'Only that a bulletin awaits in Bulwark, its sharing tier and a link: no title. For mail that leaves your control.',
  },
};

export const MAIL_DETAILS: readonly MailDetail[] = ['STANDARD', 'HEADLINES', 'NOTICE'];

/** What every mail is held to, whatever the organization chose. */
export const MAIL_TIER_RULE =
  'Whatever you choose, no e-mail carries a bulletin’s text or an AMBER bulletin’s summary, and a TLP:RED bulletin’s e-mail says only that it awaits in Bulwark.';

/** "1 bulletin", "3 bulletins", or nothing for a mail about none. */
export function bulletinCountWords(count: number | null): string | null {
  if (!count) return null;
  return `${count} ${count === 1 ? 'bulletin' : 'bulletins'}`;
}
