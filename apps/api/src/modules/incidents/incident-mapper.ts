import type { IncidentRow } from './incident-row';
import type { CommentRow } from './incidents.repository';
import type { IncidentComment } from './models/incident-comment.model';
import type { IncidentReport } from './models/incident-report.model';

export function toIncidentReport(row: IncidentRow): IncidentReport {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    description: row.description,
    category: row.category,
    startedAt: row.started_at,
    jurisdiction: row.jurisdiction,
    location: row.location,
    impact: row.impact,
    tier: row.tier,
    reporterName: row.reporter_name,
    reporterMayBeNamed: row.reporter_may_be_named,
    status: row.status,
    assigneeName: row.assignee_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    firstResponseAt: row.first_response_at,
    reportingOrgId: row.reporting_org_id,
    recipientOrgIds: row.recipient_org_ids,
    reporterUserId: row.reporter_user_id,
    assigneeUserId: row.assignee_user_id,
  };
}

export function toIncidentComment(row: CommentRow): IncidentComment {
  return {
    id: row.id,
    reportId: row.report_id,
    body: row.body,
    authorName: row.author_name,
    authorOrganizationName: row.author_organization_name,
    fromReporterSide: row.from_reporter_side,
    createdAt: row.created_at,
  };
}
