import type { IncidentCategory, IncidentStatus, Tier, VotingImpact } from '@web/graphql/generated/graphql';

/** Categories in the words an election office uses: the bulletins' own, and two only a report from the field has. */
export const INCIDENT_CATEGORY_LABELS: Readonly<Record<IncidentCategory, string>> = {
  CYBER_THREAT: 'Cyber attack or suspicious email, site or login',
  VULNERABILITY: 'Weakness found in a system',
  FOREIGN_INFLUENCE: 'Foreign influence or false information',
  PHYSICAL_THREAT: 'Threat to people or places',
  EQUIPMENT_FAILURE: 'Equipment failure',
  VOTER_FACING_DISRUPTION: 'Voters could not vote or were misled',
  OPERATIONAL_ISSUE: 'Other problem running the election',
  GENERAL: 'Something else',
};

/** Short forms for lists and filters. */
export const INCIDENT_CATEGORY_SHORT: Readonly<Record<IncidentCategory, string>> = {
  CYBER_THREAT: 'Cyber',
  VULNERABILITY: 'Vulnerability',
  FOREIGN_INFLUENCE: 'Foreign influence',
  PHYSICAL_THREAT: 'Physical threat',
  EQUIPMENT_FAILURE: 'Equipment failure',
  VOTER_FACING_DISRUPTION: 'Voter disruption',
  OPERATIONAL_ISSUE: 'Operational',
  GENERAL: 'Other',
};

export const INCIDENT_CATEGORIES = Object.keys(INCIDENT_CATEGORY_LABELS) as IncidentCategory[];

/** Worst last: the order of the impact choice on the form. */
export const IMPACT_ORDER: readonly VotingImpact[] = ['NONE', 'DEGRADED', 'HALTED'];

export const IMPACT_LABELS: Readonly<Record<VotingImpact, string>> = {
  NONE: 'Voting not affected',
  DEGRADED: 'Voting slowed or partly affected',
  HALTED: 'Voting stopped',
};

/** What each impact means, for whoever chooses it under pressure. */
export const IMPACT_HINTS: Readonly<Record<VotingImpact, string>> = {
  NONE: 'Voters can still vote as usual, or no election is running now.',
  DEGRADED: 'Long lines, a site or system down, some voters turned away or sent elsewhere.',
  HALTED: 'Voting has stopped at one or more places, or a system voting depends on is down.',
};

/** The lifecycle in order, as the timeline draws it (NEEDS_INFO only when a handler asked). */
export const STATUS_ORDER: readonly IncidentStatus[] = ['RECEIVED', 'TRIAGING', 'NEEDS_INFO', 'RESOLVED', 'CLOSED'];

/** The status as the reporting office reads it. */
export const STATUS_LABELS: Readonly<Record<IncidentStatus, string>> = {
  RECEIVED: 'Received',
  TRIAGING: 'Being looked at',
  NEEDS_INFO: 'Question for the reporting office',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};

/** One line more for the report page's status. */
export const STATUS_HINTS: Readonly<Record<IncidentStatus, string>> = {
  RECEIVED: 'Delivered to the offices it was sent to. No one has taken it yet.',
  TRIAGING: 'A handler has taken it and is working on it.',
  NEEDS_INFO: 'A handler asked the reporting office a question: the answer goes in the comments below.',
  RESOLVED: 'The handlers consider it dealt with. Comment if it is not.',
  CLOSED: 'No further work is planned on it.',
};

/** Reports still needing someone: the queue's default. */
export const OPEN_STATUSES: readonly IncidentStatus[] = ['RECEIVED', 'TRIAGING', 'NEEDS_INFO'];

/** The tiers a report may carry (RED and CLEAR are refused by the API: docs/security.md). */
export const REPORT_TIERS: readonly Tier[] = ['GREEN', 'AMBER', 'AMBER_STRICT'];

/** What each tier means for a report, before the TLP rule itself. */
export const REPORT_TIER_WORDS: Readonly<Record<'GREEN' | 'AMBER' | 'AMBER_STRICT', string>> = {
  GREEN: 'The offices you send it to may share it with the election-security community, not publicly.',
  AMBER:
    'The offices you send it to may share it inside their organization and with the offices they support, only with people who need it.',
  AMBER_STRICT: 'The offices you send it to keep it inside their own organization.',
};

export function isReportTier(tier: Tier): tier is 'GREEN' | 'AMBER' | 'AMBER_STRICT' {
  return REPORT_TIERS.includes(tier);
}

export function isIncidentStatus(value: string): value is IncidentStatus {
  return (STATUS_ORDER as readonly string[]).includes(value);
}

export function isVotingImpact(value: string): value is VotingImpact {
  return (IMPACT_ORDER as readonly string[]).includes(value);
}

export function isIncidentCategory(value: string): value is IncidentCategory {
  return Object.hasOwn(INCIDENT_CATEGORY_LABELS, value);
}

/** "just now", "12 min", "3 h", "2 days": how long a report has waited, for the queue. */
export function ageInWords(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000));
  if (Number.isNaN(minutes)) return '';
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 other reports and 1 bulletin share phishing-domain.example". */
export function relatedInWords(
  reportCount: number,
  bulletinCount: number,
  shared: readonly { value: string }[],
): string | null {
  if (reportCount === 0 && bulletinCount === 0) return null;
  const parts = [];
  if (reportCount > 0) parts.push(plural(reportCount, 'other report', 'other reports'));
  if (bulletinCount > 0) parts.push(plural(bulletinCount, 'bulletin', 'bulletins'));
  const values = shared.map((indicator) => indicator.value);
  const named =
    values.length === 0
      ? 'an indicator'
      : values.length <= 2
        ? values.join(' and ')
        : `${values.slice(0, 2).join(', ')} and ${plural(values.length - 2, 'more', 'more')}`;
  const verb = reportCount + bulletinCount === 1 ? 'shares' : 'share';
  return `${parts.join(' and ')} ${verb} ${named}`;
}
