import type { BulletinStatus, Tier } from '@bulwark/domain';

/** What a marking protects: a bulletin revision (R1–R14) or an incident report (R19). */
export type MarkingKind = 'BULLETIN' | 'INCIDENT_REPORT';

/**
 * Everything the policy needs to know about one bulletin revision (DOMAIN.md R3–R5, R11–R14), or about one
 * incident report (R19; build it with `reportMarking`). Each revision carries its own marking (R12).
 */
export interface RevisionMarking {
  /** Absent: a bulletin revision. */
  readonly kind?: MarkingKind;
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
  /**
   * Where the `MarkingKind` lives, for a query over bulletins and reports mixed (a text or enum column, NOT NULL).
   * Absent, or the literal `BULLETIN_ONLY`: every row is a bulletin revision, and the predicate is the bulletin one,
   * text for text. The literal `REPORT_ONLY`: every row is an incident report, and the predicate is R19 alone
   * (`reportMarkingColumns` builds such columns for a reports table).
   */
  readonly kind?: string;
  readonly tier: string;
  readonly status: string;
  readonly originatorOrgIds: string;
  readonly recipientOrgIds: string;
  readonly recipientUserIds: string;
  readonly authorUserId: string;
  readonly approverUserId: string;
}

/** `MarkingColumns.kind` for a query that reads bulletin revisions only: the same as leaving `kind` out. */
export const BULLETIN_ONLY = "'BULLETIN'";

/** `MarkingColumns.kind` for a query that reads incident reports only: the predicate is R19 alone. */
export const REPORT_ONLY = "'INCIDENT_REPORT'";
