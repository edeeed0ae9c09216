import { Args, Context, Float, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import type { GqlContext } from '@api/auth/request-viewer';
import type { Pushed } from '@api/graphql/push/pushed';
import { IncidentEventsArgs } from './dto/incident-events.args';
import { IncidentEventsService } from './incident-events.service';
import { IncidentEvent } from './models/incident-event.model';

@Resolver(() => IncidentEvent)
export class IncidentEventsResolver {
  constructor(private readonly events: IncidentEventsService) {}

  // As every read of incident reports: the policy (R19) decides which of them.
  @Requires(Permission.INCIDENT_REPORT)
  @Query(() => Float, {
    description:
      'The sequence of the newest incident event. Read it before a page of reports, then subscribe to incidentEvents with `since` set to it: no change in between is missed.',
  })
  latestIncidentEventSequence(): Promise<number> {
    return this.events.latestSequence();
  }

  @Requires(Permission.INCIDENT_REPORT)
  @Subscription(() => IncidentEvent, {
    description:
      'New reports, assignments, status changes and comments of the incident reports you may read (R19), as they happen. With `since`: first the ones you missed. Checked again before every push (R8, R17).',
    // Each push is rendered with the Pushed event as its root value (graphql/push).
    resolve: (pushed: Pushed<IncidentEvent>) => pushed.payload,
  })
  incidentEvents(@Context() ctx: GqlContext, @Args() args: IncidentEventsArgs): AsyncGenerator<never> {
    const socket = { push: ctx.push, signal: ctx.operation?.signal, closeSocket: ctx.req.closeSocket };
    return this.events.stream(ctx.req, { since: args.since, reportId: args.reportId }, socket);
  }
}
