import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ANONYMOUS_VIEWER } from '@bulwark/policy';
import type { GqlContext } from '@api/auth/request-viewer';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';
import { IncidentReport } from './models/incident-report.model';
import { RelatedIncidents } from './models/related-incidents.model';
import { RelatedIncidentsService } from './related-incidents.service';

@Resolver(() => IncidentReport)
export class RelatedIncidentsResolver {
  constructor(private readonly relatedIncidents: RelatedIncidentsService) {}

  @PushScoped(PushScope.VIEWER)
  @ResolveField(() => RelatedIncidents, {
    description:
      'Possible duplicates: the other incident reports and the published bulletins you may read that name at least one of the same indicators (as normalised). What you may not read is in no list and no count.',
  })
  related(@Parent() report: IncidentReport, @Context() ctx: GqlContext): Promise<RelatedIncidents> {
    return this.relatedIncidents.of(ctx.loaders, ctx.req.viewer ?? ANONYMOUS_VIEWER, report);
  }
}
