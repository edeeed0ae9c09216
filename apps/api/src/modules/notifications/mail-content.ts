import { type Category, MailDetail, type Severity, Tier } from '@bulwark/domain';

/** What of a bulletin the content rules may look at. A body may be passed along: it is never carried. */
export interface MailBulletinFacts {
  readonly id: string;
  readonly reference: string | null;
  readonly tier: Tier;
  readonly title: string;
  readonly summary: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly retractionReason: string | null;
}

/** How much of a bulletin one mail may carry: the tier's cap, lowered by the organization's MailDetail. */
export type MailLevel = 'FULL' | 'HEADLINE' | 'NOTICE';

interface Common {
  readonly bulletinId: string;
  readonly tier: Tier;
  /** The bulletin in the portal, where the recipient reads it under the policy. */
  readonly link: string;
}

/** RED, or an organization's NOTICE: only that a bulletin awaits in the portal, with its tier and a link. */
export interface NoticeContent extends Common {
  readonly level: 'NOTICE';
}

/** AMBER and AMBER_STRICT, or an organization's HEADLINES: what it is called and how grave, no summary. */
export interface HeadlineContent extends Common {
  readonly level: 'HEADLINE';
  readonly title: string;
  readonly severity: Severity;
  readonly reference: string | null;
}

/** CLEAR and GREEN under STANDARD: the headline, its category and summary (and a retraction's reason). */
export interface FullContent extends Omit<HeadlineContent, 'level'> {
  readonly level: 'FULL';
  readonly category: Category;
  readonly summary: string;
  readonly retractionReason: string | null;
}

/** What one mail says of one bulletin. No variant has a body: mail never carries one. */
export type MailContent = NoticeContent | HeadlineContent | FullContent;

/** The tier's cap: a summary only for CLEAR and GREEN, nothing but a notice for RED (or a tier we do not know). */
function tierLevel(tier: Tier): MailLevel {
  switch (tier) {
    case Tier.CLEAR:
    case Tier.GREEN:
      return 'FULL';
    case Tier.AMBER:
    case Tier.AMBER_STRICT:
      return 'HEADLINE';
    default:
      return 'NOTICE';
  }
}

/** The organization's choice; anything unknown is read as the least. */
function detailLevel(detail: MailDetail): MailLevel {
  switch (detail) {
    case MailDetail.STANDARD:
      return 'FULL';
    case MailDetail.HEADLINES:
      return 'HEADLINE';
    default:
      return 'NOTICE';
  }
}

const ORDER: readonly MailLevel[] = ['NOTICE', 'HEADLINE', 'FULL'];

/** The lower of the tier's cap and the organization's choice: an organization can choose less, never more. */
export function mailLevel(tier: Tier, detail: MailDetail): MailLevel {
  const [a, b] = [tierLevel(tier), detailLevel(detail)];
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}

/**
 * What a mail may say of `bulletin` for a recipient whose organization chose `detail`. Each field is picked by name,
 * so nothing the rules do not name (a body, a recipient list) can ride along.
 */
export function mailContent(bulletin: MailBulletinFacts, detail: MailDetail, link: string): MailContent {
  const common = { bulletinId: bulletin.id, tier: bulletin.tier, link };
  const level = mailLevel(bulletin.tier, detail);
  if (level === 'NOTICE') return { ...common, level };
  const headline = { ...common, title: bulletin.title, severity: bulletin.severity, reference: bulletin.reference };
  if (level === 'HEADLINE') return { ...headline, level };
  return {
    ...headline,
    level,
    category: bulletin.category,
    summary: bulletin.summary,
    retractionReason: bulletin.retractionReason,
  };
}
