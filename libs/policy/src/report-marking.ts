import { BulletinStatus, type Tier } from '@bulwark/domain';
import { REPORT_ONLY, type MarkingColumns, type RevisionMarking } from './revision-marking';

/** What R19 looks at in one incident report. */
export interface ReportFacts {
  readonly tier: Tier;
  readonly reportingOrgId: string;
  readonly recipientOrgIds: readonly string[];
  readonly reporterUserId: string;
}

/**
 * The marking `decideRead` takes for an incident report (R19). A report names no people and has no approver, and
 * its triage status is no publication status: the policy ignores `status` for reports, PUBLISHED is a filler.
 */
export function reportMarking(report: ReportFacts): RevisionMarking {
  return {
    kind: 'INCIDENT_REPORT',
    tier: report.tier,
    status: BulletinStatus.PUBLISHED,
    originatorOrgIds: [report.reportingOrgId],
    recipientOrgIds: report.recipientOrgIds,
    recipientUserIds: [],
    authorUserId: report.reporterUserId,
    approverUserId: null,
  };
}

/** SQL expressions (NOT NULL) naming where a reports table keeps what R19 looks at, e.g. `i.reporting_org_id`. */
export interface ReportColumns {
  /** The `tier` enum (or text) column. */
  readonly tier: string;
  /** uuid: the reporting organization. */
  readonly reportingOrgId: string;
  /** uuid[]: the recipient organizations. */
  readonly recipientOrgIds: string;
  /** uuid: the reporting user. */
  readonly reporterUserId: string;
}

/**
 * The `MarkingColumns` of a table that holds incident reports only: `readPredicate` then writes R19 alone (no kind
 * test, no status, no approver). The fillers are the constants `reportMarking` uses, so they would mean the same if
 * the columns were ever used in a mixed query.
 */
export function reportMarkingColumns(columns: ReportColumns): MarkingColumns {
  return {
    kind: REPORT_ONLY,
    tier: columns.tier,
    status: `'${BulletinStatus.PUBLISHED}'`,
    originatorOrgIds: `ARRAY[${columns.reportingOrgId}]`,
    recipientOrgIds: columns.recipientOrgIds,
    recipientUserIds: `'{}'::uuid[]`,
    authorUserId: columns.reporterUserId,
    approverUserId: 'NULL::uuid',
  };
}
