import { BulletinStatus, type Category, type Severity, type Tier } from '@bulwark/domain';
import type { MarkingColumns } from '@bulwark/policy';

/** One bulletin joined with one of its revisions, as the repository's queries return it. */
export interface BulletinRow {
  id: string;
  reference: string | null;
  bulletin_status: BulletinStatus;
  version: number;
  bulletin_author_user_id: string;
  created_at: Date;
  updated_at: Date;
  first_published_at: Date | null;
  expires_at: Date | null;
  retracted_at: Date | null;
  retraction_reason: string | null;
  revision_id: string;
  number: number;
  status: BulletinStatus;
  tier: Tier;
  title: string;
  summary: string;
  body: string;
  category: Category;
  severity: Severity;
  jurisdictions: string[];
  tags: string[];
  reference_urls: string[];
  originator_org_ids: string[];
  recipient_org_ids: string[];
  recipient_user_ids: string[];
  author_user_id: string;
  approver_user_id: string | null;
  change_note: string | null;
  published_at: Date | null;
  /** Full-precision text of listed_at, for cursors. */
  listed_at_key: string;
}

export const BULLETIN_COLUMNS = `
  b.id, b.reference, b.status AS bulletin_status, b.version, b.author_user_id AS bulletin_author_user_id,
  b.created_at, b.updated_at, b.first_published_at, b.expires_at, b.retracted_at, b.retraction_reason,
  r.id AS revision_id, r.number, r.status, r.tier, r.title, r.summary, r.body, r.category, r.severity,
  r.jurisdictions, r.tags, r.reference_urls, r.originator_org_ids, r.recipient_org_ids, r.recipient_user_ids,
  r.author_user_id, r.approver_user_id, r.change_note, r.published_at, r.listed_at::text AS listed_at_key`;

/**
 * The pending amendments of these bulletins (R10), joined with their bulletin, whoever may read them: a revision in
 * review that is not current, of a published bulletin. As `query(...)` arguments.
 */
export function pendingAmendmentsQuery(bulletinIds: readonly string[]): [string, unknown[]] {
  return [
    `SELECT ${BULLETIN_COLUMNS}
       FROM bulletins b JOIN bulletin_revisions r ON r.bulletin_id = b.id AND NOT r.is_current AND r.status = $2
      WHERE b.id = ANY($1::uuid[]) AND b.status = $3`,
    [bulletinIds, BulletinStatus.IN_REVIEW, BulletinStatus.PUBLISHED],
  ];
}

/** Where libs/policy finds the marking in these queries. */
export const REVISION_MARKING: MarkingColumns = {
  tier: 'r.tier',
  status: 'r.status',
  originatorOrgIds: 'r.originator_org_ids',
  recipientOrgIds: 'r.recipient_org_ids',
  recipientUserIds: 'r.recipient_user_ids',
  authorUserId: 'r.author_user_id',
  approverUserId: 'r.approver_user_id',
};

/** Where libs/policy finds the marking of a revision in review (a draft, or a pending amendment) aliased `q`. */
export const REVIEWED_MARKING: MarkingColumns = {
  tier: 'q.tier',
  status: 'q.status',
  originatorOrgIds: 'q.originator_org_ids',
  recipientOrgIds: 'q.recipient_org_ids',
  recipientUserIds: 'q.recipient_user_ids',
  authorUserId: 'q.author_user_id',
  approverUserId: 'q.approver_user_id',
};
