import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { GqlContext, RequestViewer } from '@api/auth/request-viewer';
import type { Connection } from '@api/graphql/pagination';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';
import { UuidArg } from '@api/graphql/uuid-arg.pipe';
import { renderMarkdown } from '@api/common/markdown';
import { Indicator } from '@api/modules/bulletins/models/bulletin.model';
import { Organization } from '@api/modules/organizations/models/organization.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import {
  CommentOnIncidentReportInput,
  IncidentReportIdInput,
  SetIncidentStatusInput,
} from './dto/incident-triage.inputs';
import { IncidentReportsArgs } from './dto/incident-reports.args';
import { ReportIncidentInput } from './dto/report-incident.input';
import { MAX_COMMENTS_PER_REPORT } from './incidents.repository';
import { IncidentsService } from './incidents.service';
import { IncidentComment } from './models/incident-comment.model';
import { IncidentReport, IncidentReportConnection } from './models/incident-report.model';

@Resolver(() => IncidentReport)
export class IncidentsResolver {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Requires(Permission.INCIDENT_REPORT)
  @Query(() => IncidentReport, {
    nullable: true,
    description: 'Null when it does not exist or you may not read it: the two look the same.',
  })
  incidentReport(
    @CurrentViewer() viewer: RequestViewer,
    @Args('id', { type: () => ID }, UuidArg) id: string,
  ): Promise<IncidentReport | null> {
    return this.incidents.get(viewer, id);
  }

  @Requires(Permission.INCIDENT_REPORT)
  @Query(() => IncidentReportConnection, {
    description:
      'Incident reports you may read (your organization reported them or receives them), newest first: the triage queue with filter.scope RECEIVED.',
  })
  incidentReports(
    @CurrentViewer() viewer: RequestViewer,
    @Args() args: IncidentReportsArgs,
  ): Promise<Connection<IncidentReport>> {
    return this.incidents.list(viewer, args);
  }

  @Requires(Permission.INCIDENT_REPORT)
  @Query(() => [Organization], {
    description:
      'Organizations you may send an incident report to: federal agencies, ISACs and your own state, that accept reports. A report goes only to those vetted at least its tier.',
  })
  incidentRecipientOptions(@CurrentViewer() viewer: RequestViewer): Promise<Organization[]> {
    return this.incidents.recipientOptions(viewer);
  }

  @Requires(Permission.INCIDENT_REPORT)
  @Mutation(() => IncidentReport, {
    description:
      'Report an incident to organizations you choose (incidentRecipientOptions). Refused, naming it, if one does not accept reports, is not one you may report to, or is vetted below the tier.',
  })
  reportIncident(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: ReportIncidentInput,
  ): Promise<IncidentReport> {
    return this.incidents.report(viewer, input);
  }

  @Requires(Permission.INCIDENT_TRIAGE)
  @Mutation(() => IncidentReport, {
    description: 'You become the assignee; a report still RECEIVED moves to TRIAGING. Handlers only.',
  })
  takeIncidentReport(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: IncidentReportIdInput,
  ): Promise<IncidentReport> {
    return this.incidents.take(viewer, input.id);
  }

  @Requires(Permission.INCIDENT_TRIAGE)
  @Mutation(() => IncidentReport, { description: 'Handlers only.' })
  setIncidentStatus(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: SetIncidentStatusInput,
  ): Promise<IncidentReport> {
    return this.incidents.setStatus(viewer, input);
  }

  @Requires(Permission.INCIDENT_REPORT)
  @Mutation(() => IncidentComment, {
    description: "A message in the report's thread: members of the reporting organization and handlers. Plain text.",
  })
  commentOnIncidentReport(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: CommentOnIncidentReportInput,
  ): Promise<IncidentComment> {
    return this.incidents.comment(viewer, input);
  }

  @PushScoped(PushScope.SHARED)
  @ResolveField(() => String, { description: 'The description rendered to HTML; raw HTML in it is shown as text.' })
  descriptionHtml(@Parent() report: IncidentReport): string {
    return renderMarkdown(report.description);
  }

  @PushScoped(PushScope.SHARED)
  @ResolveField(() => [Indicator])
  indicators(@Parent() report: IncidentReport, @Context() ctx: GqlContext): Promise<Indicator[]> {
    return this.incidents.indicators(ctx.loaders, report.id);
  }

  @PushScoped(PushScope.SHARED)
  @ResolveField(() => Organization)
  async reportingOrganization(@Parent() report: IncidentReport, @Context() ctx: GqlContext): Promise<Organization> {
    const organization = await this.organizations.loadById(ctx.loaders, report.reportingOrgId);
    if (!organization) throw new Error(`The reporting organization of ${report.id} is missing.`);
    return organization;
  }

  @PushScoped(PushScope.SHARED)
  @ResolveField(() => [Organization])
  async recipientOrganizations(@Parent() report: IncidentReport, @Context() ctx: GqlContext): Promise<Organization[]> {
    const organizations = await Promise.all(
      report.recipientOrgIds.map((id) => this.organizations.loadById(ctx.loaders, id)),
    );
    return organizations.filter((organization): organization is Organization => organization !== null);
  }

  @PushScoped(PushScope.VIEWER)
  @ResolveField(() => Boolean, { description: 'You are its assignee.' })
  assignedToYou(@Parent() report: IncidentReport, @Context() ctx: GqlContext): boolean {
    const userId = ctx.req.viewer?.userId;
    return Boolean(userId && report.assigneeUserId === userId);
  }

  @PushScoped(PushScope.ORGANIZATION)
  @ResolveField(() => Boolean, {
    description: 'You may take it, set its status and answer in its thread: an analyst or publisher of a recipient.',
  })
  mayTriage(@Parent() report: IncidentReport, @Context() ctx: GqlContext): boolean {
    return this.incidents.mayTriage(ctx.req.viewer, report);
  }

  @PushScoped(PushScope.SHARED)
  @ResolveField(() => [IncidentComment], {
    description: `The thread between the reporting organization and the handlers, oldest first (at most ${MAX_COMMENTS_PER_REPORT}).`,
  })
  comments(@Parent() report: IncidentReport, @Context() ctx: GqlContext): Promise<IncidentComment[]> {
    return this.incidents.comments(ctx.loaders, report.id);
  }
}
