import { BulletinStatus } from '@bulwark/domain';
import type { RevisionMarking } from '@bulwark/policy';
import type { BulletinRow, MarkingRow } from './bulletin-row';
import type { Bulletin, BulletinRevision, RevisionContent } from './models/bulletin.model';

export function markingOf(row: MarkingRow): RevisionMarking {
  return {
    tier: row.tier,
    status: row.status,
    originatorOrgIds: row.originator_org_ids,
    recipientOrgIds: row.recipient_org_ids,
    recipientUserIds: row.recipient_user_ids,
    authorUserId: row.author_user_id,
    approverUserId: row.approver_user_id,
  };
}

/** The marking of a revision already read (a Bulletin's current revision, or a BulletinRevision). */
export function markingOfContent(revision: RevisionContent): RevisionMarking {
  return {
    tier: revision.tier,
    status: revision.status,
    originatorOrgIds: revision.originatorOrgIds,
    recipientOrgIds: revision.recipientOrgIds,
    recipientUserIds: revision.recipientUserIds,
    authorUserId: revision.authorUserId,
    approverUserId: revision.approverUserId,
  };
}

function content(row: BulletinRow): RevisionContent {
  return {
    revision: row.number,
    tier: row.tier,
    title: row.title,
    summary: row.summary,
    // R13: a retracted bulletin keeps its reference and notice; its text is no longer served.
    body: row.status === BulletinStatus.RETRACTED ? null : row.body,
    category: row.category,
    severity: row.severity,
    jurisdictions: row.jurisdictions,
    tags: row.tags,
    references: row.reference_urls,
    changeNote: row.change_note,
    publishedAt: row.published_at,
    status: row.status,
    revisionId: row.revision_id,
    bulletinId: row.id,
    originatorOrgIds: row.originator_org_ids,
    recipientOrgIds: row.recipient_org_ids,
    recipientUserIds: row.recipient_user_ids,
    authorUserId: row.author_user_id,
    approverUserId: row.approver_user_id,
  };
}

export function toBulletin(row: BulletinRow): Bulletin {
  return {
    ...content(row),
    id: row.id,
    reference: row.reference,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    firstPublishedAt: row.first_published_at,
    expiresAt: row.expires_at,
    retractedAt: row.retracted_at,
    retractionReason: row.retraction_reason,
    bulletinAuthorUserId: row.bulletin_author_user_id,
  };
}

export function toRevision(row: BulletinRow): BulletinRevision {
  return content(row);
}
