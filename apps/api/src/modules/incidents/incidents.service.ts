import { Injectable } from '@nestjs/common';
import { IncidentEventType, IncidentStatus, Permission, Tier, tierCovers } from '@bulwark/domain';
import { effectiveClearance, type ViewerContext } from '@bulwark/policy';
import type { RequestViewer } from '@api/auth/request-viewer';
import { badInput, forbidden, notFound } from '@api/common/app-errors';
import { type Connection, decodeCursor, toConnection } from '@api/graphql/pagination';
import type { RequestLoaders } from '@api/graphql/request-loaders';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import { AuditService } from '@api/modules/audit/audit.service';
import { indicatorQuery, normaliseIndicators } from '@api/common/indicators';
import type { Indicator } from '@api/modules/bulletins/models/bulletin.model';
import { EventBus } from '@api/modules/events/event-bus.service';
import type { Organization } from '@api/modules/organizations/models/organization.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import type { CommentOnIncidentReportInput, SetIncidentStatusInput } from './dto/incident-triage.inputs';
import type { IncidentReportsArgs } from './dto/incident-reports.args';
import type { ReportIncidentInput } from './dto/report-incident.input';
import { IncidentEventLog } from './incident-event-log.repository';
import { toIncidentComment, toIncidentReport } from './incident-mapper';
import { recipientRefusal } from './incident-recipients';
import { type IncidentListPosition, IncidentsRepository, MAX_COMMENTS_PER_REPORT } from './incidents.repository';
import type { IncidentComment } from './models/incident-comment.model';
import type { IncidentReport } from './models/incident-report.model';

/** Reads of these tiers are on the audit trail (R18), as for bulletins. RED reports are refused at writing. */
export const AUDITED_INCIDENT_READS: readonly Tier[] = [Tier.AMBER_STRICT, Tier.RED];

/** How far in the future `startedAt` may be: clocks differ a little. */
const CLOCK_SKEW_MS = 5 * 60_000;

// Exactly what PostgreSQL prints for timestamptz::text: anything else is forged.
const CREATED_AT_KEY = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** A person in an organization: who reports, takes and comments (an API key is none of them). */
interface Member {
  readonly userId: string;
  readonly organizationId: string;
}

function memberOf(viewer: RequestViewer, what: string): Member {
  if (!viewer.userId || !viewer.organizationId)
    throw forbidden(`${what} is done by a signed-in person, not an API key.`);
  return { userId: viewer.userId, organizationId: viewer.organizationId };
}

function positionOf(after: string | null | undefined): IncidentListPosition | null {
  const cursor = decodeCursor(after);
  if (!cursor) return null;
  if (!CREATED_AT_KEY.test(cursor.key)) throw badInput('Invalid cursor: pass the endCursor of a previous page.');
  return { createdAt: cursor.key, id: cursor.id };
}

/**
 * Incident reports: reporting, reading and triage. Who may read a report is libs/policy's (R19), in SQL for every
 * read; one the viewer may not read is NOT_FOUND (null for the query), as a missing one, and the attempt is on the
 * trail (R15). Each change is one transaction with its audit record and its incident event; subscribers are woken
 * after it commits.
 */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly reports: IncidentsRepository,
    private readonly eventLog: IncidentEventLog,
    private readonly audited: AuditedUnitOfWork,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly organizations: OrganizationsService,
  ) {}

  /** One report by id, on the record: an AMBER_STRICT read is recorded, a hidden report is a recorded denial. */
  async get(viewer: ViewerContext, id: string): Promise<IncidentReport | null> {
    const row = await this.reports.findVisible(viewer, id);
    if (!row) {
      await this.recordIfHidden(viewer, id, AuditAction.INCIDENT_READ);
      return null;
    }
    if (AUDITED_INCIDENT_READS.includes(row.tier))
      await this.audit.recordBatched({
        actor: viewer,
        action: AuditAction.INCIDENT_READ,
        targetType: AuditTargetType.INCIDENT_REPORT,
        targetId: row.id,
      });
    return toIncidentReport(row);
  }

  /** The report a mutation just changed, as the writer now sees it: the write is on the record, not a read. */
  async getAfterWrite(viewer: ViewerContext, id: string): Promise<IncidentReport> {
    const row = await this.reports.findVisible(viewer, id);
    if (!row) throw notFound('Incident report');
    return toIncidentReport(row);
  }

  /**
   * The report if the viewer may read it now, for an action on it (not a read of it, so not recorded as one). Null
   * for a hidden report as for a missing one (R15); the attempt on a hidden one is recorded as denied.
   */
  async readable(viewer: ViewerContext, id: string, attempted: AuditAction): Promise<IncidentReport | null> {
    const row = await this.reports.findVisible(viewer, id);
    if (row) return toIncidentReport(row);
    await this.recordIfHidden(viewer, id, attempted);
    return null;
  }

  /** An ANALYST or PUBLISHER (INCIDENT_TRIAGE) of a recipient organization, of a report they may read. */
  mayTriage(viewer: RequestViewer | undefined, report: IncidentReport): boolean {
    return Boolean(
      viewer?.active &&
      viewer.organizationId &&
      viewer.permissions.includes(Permission.INCIDENT_TRIAGE) &&
      report.recipientOrgIds.includes(viewer.organizationId),
    );
  }

  /**
   * The report, for a handler's action: NOT_FOUND when the viewer may not read it (R15), FORBIDDEN when they may
   * read it but are not a handler of it. Both are recorded as denied.
   */
  async requireHandler(viewer: RequestViewer, id: string, attempted: AuditAction): Promise<IncidentReport> {
    const report = await this.readable(viewer, id, attempted);
    if (!report) throw notFound('Incident report');
    if (!this.mayTriage(viewer, report)) {
      await this.recordForbidden(viewer, id, attempted);
      throw forbidden("Only analysts and publishers of the report's recipient organizations handle it.");
    }
    return report;
  }

  async list(viewer: ViewerContext, args: IncidentReportsArgs): Promise<Connection<IncidentReport>> {
    const { indicator, ...fields } = args.filter ?? {};
    const filter = { ...fields, indicator: indicator ? indicatorQuery(indicator) : null };
    const rows = await this.reports.page(viewer, filter, positionOf(args.after), args.first);
    const keys = new Map(rows.map((row) => [row.id, row.created_at_key]));
    return toConnection(
      rows.map(toIncidentReport),
      args.first,
      () => this.reports.count(viewer, filter),
      (report) => ({ key: keys.get(report.id) ?? '', id: report.id }),
    );
  }

  /**
   * Who the viewer's organization may send reports to: active organizations that accept reports, federal agencies
   * and ISACs, and its own state (an ancestor). Whether one is vetted for a report's tier shows in its vettedTier;
   * reportIncident refuses one that is not, naming it.
   */
  async recipientOptions(viewer: ViewerContext): Promise<Organization[]> {
    if (!viewer.organizationId) return [];
    const candidates = await this.reports.recipientCandidates(viewer.organizationId, viewer.organizationAncestorIds);
    const organizations = await this.organizations.byIds(candidates.map((candidate) => candidate.id));
    return organizations.filter(
      (organization): organization is Organization =>
        organization !== null && tierCovers(organization.vettedTier, Tier.GREEN),
    );
  }

  async report(viewer: RequestViewer, input: ReportIncidentInput): Promise<IncidentReport> {
    const member = memberOf(viewer, 'Reporting an incident');
    const tier = input.tier;
    if (!tierCovers(effectiveClearance(viewer), tier))
      throw badInput(`Your clearance is below ${tier}: you could not read your own report. Choose a lower tier.`, [
        { field: 'tier', problems: ['above your clearance'] },
      ]);
    if (input.startedAt.getTime() > Date.now() + CLOCK_SKEW_MS)
      throw badInput('startedAt is in the future.', [{ field: 'startedAt', problems: ['in the future'] }]);
    const indicators = normaliseIndicators(input.indicators ?? []);
    const recipientIds = [...new Set(input.recipientOrganizationIds)];
    const { id, sequence } = await this.audited.run(async (manager) => {
      const known = await this.reports.organizations([member.organizationId, ...recipientIds], manager);
      const office = known.find((organization) => organization.id === member.organizationId);
      if (!office) throw notFound('Organization');
      const unknown = recipientIds.filter((rid) => !known.some((organization) => organization.id === rid));
      if (unknown.length > 0)
        throw badInput(`Unknown organization ${unknown.join(', ')}.`, [
          { field: 'recipientOrganizationIds', problems: ['unknown organization'] },
        ]);
      const problems: string[] = [];
      for (const rid of recipientIds) {
        const organization = known.find((candidate) => candidate.id === rid);
        if (!organization) continue;
        const refusal = recipientRefusal(
          {
            id: organization.id,
            name: organization.name,
            kind: organization.kind,
            active: organization.active,
            vettedTier: organization.vetted_tier,
            acceptsIncidentReports: organization.accepts_incident_reports,
          },
          { organizationId: member.organizationId, ancestorIds: viewer.organizationAncestorIds },
          tier,
        );
        if (refusal) problems.push(`${organization.name} ${refusal}`);
      }
      if (problems.length > 0)
        throw badInput(`Cannot send the report to every recipient: ${problems.join('; ')}.`, [
          { field: 'recipientOrganizationIds', problems },
        ]);
      const reference = await this.reports.nextReference(
        manager,
        office.id,
        office.short_name,
        new Date().getUTCFullYear(),
      );
      const reportId = await this.reports.insert(
        manager,
        {
          reference,
          reportingOrgId: member.organizationId,
          reporterUserId: member.userId,
          recipientOrgIds: recipientIds,
          tier,
          title: input.title.trim(),
          description: input.description,
          category: input.category,
          startedAt: input.startedAt,
          jurisdiction: input.jurisdiction?.toUpperCase() ?? office.jurisdiction,
          location: input.location?.trim() || null,
          impact: input.impact,
          reporterMayBeNamed: input.reporterMayBeNamed,
        },
        indicators,
      );
      const appended = await this.eventLog.append(manager, {
        type: IncidentEventType.REPORTED,
        reportId,
        actorUserId: member.userId,
        status: IncidentStatus.RECEIVED,
      });
      return {
        result: { id: reportId, sequence: appended },
        audit: {
          actor: viewer,
          action: AuditAction.INCIDENT_REPORTED,
          targetType: AuditTargetType.INCIDENT_REPORT,
          targetId: reportId,
          details: { reference, recipientOrganizationIds: recipientIds, sequence: appended },
        },
      };
    });
    this.announce(sequence);
    return this.getAfterWrite(viewer, id);
  }

  /** The viewer becomes the assignee; a report still RECEIVED moves to TRIAGING. */
  async take(viewer: RequestViewer, id: string): Promise<IncidentReport> {
    await this.requireHandler(viewer, id, AuditAction.INCIDENT_ASSIGNED);
    const member = memberOf(viewer, 'Taking a report');
    const sequence = await this.audited.run(async (manager) => {
      const row = await this.reports.lock(manager, id);
      if (!row) throw notFound('Incident report');
      const status = row.status === IncidentStatus.RECEIVED ? IncidentStatus.TRIAGING : row.status;
      if (row.assignee_user_id === member.userId && status === row.status) return { result: null, audit: [] };
      await this.reports.change(manager, id, { assigneeUserId: member.userId, status, firstResponse: true });
      const appended = await this.eventLog.append(manager, {
        type: IncidentEventType.ASSIGNED,
        reportId: id,
        actorUserId: member.userId,
        status,
      });
      return {
        result: appended,
        audit: {
          actor: viewer,
          action: AuditAction.INCIDENT_ASSIGNED,
          targetType: AuditTargetType.INCIDENT_REPORT,
          targetId: id,
          details: {
            before: { assigneeUserId: row.assignee_user_id, status: row.status },
            after: { assigneeUserId: member.userId, status },
            sequence: appended,
          },
        },
      };
    });
    this.announce(sequence);
    return this.getAfterWrite(viewer, id);
  }

  /** Any status to any other, by a handler; the same status again changes nothing. */
  async setStatus(viewer: RequestViewer, input: SetIncidentStatusInput): Promise<IncidentReport> {
    await this.requireHandler(viewer, input.id, AuditAction.INCIDENT_STATUS_CHANGED);
    const sequence = await this.audited.run(async (manager) => {
      const row = await this.reports.lock(manager, input.id);
      if (!row) throw notFound('Incident report');
      if (row.status === input.status) return { result: null, audit: [] };
      await this.reports.change(manager, input.id, { status: input.status, firstResponse: true });
      const appended = await this.eventLog.append(manager, {
        type: IncidentEventType.STATUS_CHANGED,
        reportId: input.id,
        actorUserId: viewer.userId,
        status: input.status,
      });
      return {
        result: appended,
        audit: {
          actor: viewer,
          action: AuditAction.INCIDENT_STATUS_CHANGED,
          targetType: AuditTargetType.INCIDENT_REPORT,
          targetId: input.id,
          details: { before: { status: row.status }, after: { status: input.status }, sequence: appended },
        },
      };
    });
    this.announce(sequence);
    return this.getAfterWrite(viewer, input.id);
  }

  /**
   * A message in the report's thread, by a member of the reporting organization or by a handler. A reply from the
   * reporting side leaves the status as it is (NEEDS_INFO included): a handler decides what happens next.
   */
  async comment(viewer: RequestViewer, input: CommentOnIncidentReportInput): Promise<IncidentComment> {
    const report = await this.readable(viewer, input.id, AuditAction.INCIDENT_COMMENTED);
    if (!report) throw notFound('Incident report');
    const fromReporterSide = viewer.organizationId === report.reportingOrgId;
    const handler = this.mayTriage(viewer, report);
    if (!fromReporterSide && !handler) {
      await this.recordForbidden(viewer, input.id, AuditAction.INCIDENT_COMMENTED);
      throw forbidden("Only the reporting organization and the report's handlers write in its thread.");
    }
    const member = memberOf(viewer, 'Commenting');
    const { comment, sequence } = await this.audited.run(async (manager) => {
      if (!(await this.reports.lock(manager, input.id))) throw notFound('Incident report');
      if ((await this.reports.commentCount(manager, input.id)) >= MAX_COMMENTS_PER_REPORT)
        throw badInput(`A report's thread holds at most ${MAX_COMMENTS_PER_REPORT} comments.`);
      const row = await this.reports.insertComment(manager, {
        reportId: input.id,
        authorUserId: member.userId,
        authorOrgId: member.organizationId,
        fromReporterSide,
        body: input.body.trim(),
      });
      await this.reports.change(manager, input.id, { firstResponse: handler && !fromReporterSide });
      const appended = await this.eventLog.append(manager, {
        type: IncidentEventType.COMMENTED,
        reportId: input.id,
        actorUserId: member.userId,
        commentId: row.id,
      });
      return {
        result: { comment: toIncidentComment(row), sequence: appended },
        audit: {
          actor: viewer,
          action: AuditAction.INCIDENT_COMMENTED,
          targetType: AuditTargetType.INCIDENT_REPORT,
          targetId: input.id,
          details: { commentId: row.id, fromReporterSide, sequence: appended },
        },
      };
    });
    this.announce(sequence);
    return comment;
  }

  /** The thread of a report the caller has already read, oldest first. One query per operation. */
  comments(loaders: RequestLoaders, reportId: string): Promise<IncidentComment[]> {
    return loaders
      .get('incidentComments', async (ids: readonly string[]) => {
        const rows = await this.reports.commentsOf(ids);
        return ids.map((rid) => rows.filter((row) => row.report_id === rid).map(toIncidentComment));
      })
      .load(reportId);
  }

  /** The indicators of a report the caller has already read, in the order given. One query per operation. */
  indicators(loaders: RequestLoaders, reportId: string): Promise<Indicator[]> {
    return loaders
      .get('incidentIndicators', async (ids: readonly string[]) => {
        const rows = await this.reports.indicatorsOf(ids);
        return ids.map((rid) =>
          rows.filter((row) => row.report_id === rid).map(({ type, value }) => ({ type, value })),
        );
      })
      .load(reportId);
  }

  /** Wakes subscribers once the change has committed; nothing changed, nothing to announce. */
  private announce(sequence: number | null): void {
    if (sequence !== null) this.bus.notify();
  }

  /** A report the viewer was refused: if it exists (hidden, not missing), the attempt goes on the record (R15). */
  private async recordIfHidden(viewer: ViewerContext, id: string, attempted: AuditAction): Promise<void> {
    const hiddenId = await this.reports.existingId(id);
    if (hiddenId) await this.audit.recordDenial(viewer, AuditTargetType.INCIDENT_REPORT, hiddenId, { attempted });
  }

  /** A report the viewer reads but may not act on as they tried. */
  private recordForbidden(viewer: ViewerContext, id: string, attempted: AuditAction): Promise<void> {
    return this.audit.recordDenial(viewer, AuditTargetType.INCIDENT_REPORT, id, { attempted, reason: 'NOT_A_HANDLER' });
  }
}
