import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { ANONYMOUS_VIEWER } from '@bulwark/policy';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { GqlContext, RequestViewer } from '@api/auth/request-viewer';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';
import { BulletinsService } from '@api/modules/bulletins/bulletins.service';
import { Bulletin } from '@api/modules/bulletins/models/bulletin.model';
import { DraftBulletinFromIncidentInput } from './dto/draft-bulletin-from-incident.input';
import { IncidentDraftRepository } from './incident-draft.repository';
import { IncidentDraftService } from './incident-draft.service';
import { IncidentReport } from './models/incident-report.model';

@Resolver(() => IncidentReport)
export class IncidentDraftResolver {
  constructor(
    private readonly drafts: IncidentDraftService,
    private readonly links: IncidentDraftRepository,
    private readonly bulletinReads: BulletinsService,
  ) {}

  @Requires(Permission.BULLETIN_DRAFT)
  @Mutation(() => Bulletin, {
    description:
      'A draft bulletin of your organization from a report you handle (an analyst or publisher of a recipient organization): its text and indicators, for you to edit. The reporting office is described ("a county election office in the Southeast") unless the reporter agreed to be named; the reporter\'s name and email are never carried over. Review and the two-person rule apply as to any draft.',
  })
  draftBulletinFromIncidentReport(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: DraftBulletinFromIncidentInput,
  ): Promise<Bulletin> {
    return this.drafts.draft(viewer, input);
  }

  @PushScoped(PushScope.VIEWER)
  @ResolveField(() => [Bulletin], {
    description: 'Bulletins drafted from this report that you may read (a draft only its author and publishers see).',
  })
  async bulletins(@Parent() report: IncidentReport, @Context() ctx: GqlContext): Promise<Bulletin[]> {
    // One query for the links of a whole page of reports, then the bulletins' own policy on this report's.
    const ids = await ctx.loaders
      .get<string, string[]>('incidentReportBulletinIds', async (reportIds) => {
        const links = await this.links.bulletinIdsOf(reportIds);
        return reportIds.map((id) => links.get(id) ?? []);
      })
      .load(report.id);
    return this.bulletinReads.visibleAmong(ctx.req.viewer ?? ANONYMOUS_VIEWER, ids);
  }
}
