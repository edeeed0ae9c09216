import type { BulletinStatus, Tier } from '@bulwark/domain';

/**
 * Everything the policy needs to know about one bulletin revision (DOMAIN.md R3–R5, R11–R14).
 * Each revision carries its own marking (R12).
 */
export interface RevisionMarking {
  readonly tier: Tier;
  readonly status: BulletinStatus;
  /** Originating organizations: one, or several for a joint bulletin (R14). */
  readonly originatorOrgIds: readonly string[];
  /** AMBER and AMBER_STRICT recipients (R3, R4). Empty for other tiers. */
  readonly recipientOrgIds: readonly string[];
  /** RED named recipients (R5). Empty for other tiers. */
  readonly recipientUserIds: readonly string[];
  readonly authorUserId: string;
  /** The approver who published it, or for a draft the named approver (R10, R11). */
  readonly approverUserId: string | null;
}

/**
 * SQL expressions naming where each part of a marking lives in the caller's query, e.g.
 * `{ tier: 'r.tier', originatorOrgIds: 'r.originator_org_ids', … }`. Array fields are uuid[] columns.
 */
export interface MarkingColumns {
  readonly tier: string;
  readonly status: string;
  readonly originatorOrgIds: string;
  readonly recipientOrgIds: string;
  readonly recipientUserIds: string;
  readonly authorUserId: string;
  readonly approverUserId: string;
}
