import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import type { GqlContext } from '@api/auth/request-viewer';
import type { Pushed } from '@api/graphql/push/pushed';
import { UuidArg } from '@api/graphql/uuid-arg.pipe';
import { LiveAcknowledgementsService } from './live-acknowledgements.service';
import { AcknowledgementReport } from './models/acknowledgement-report.model';

@Resolver(() => AcknowledgementReport)
export class AcknowledgementsResolver {
  constructor(private readonly live: LiveAcknowledgementsService) {}

  @Requires(Permission.BULLETIN_PUBLISH)
  @Subscription(() => AcknowledgementReport, {
    description:
      "A bulletin's acknowledgement report (as `Bulletin.acknowledgements`), live: at once, then each time someone acknowledges its current revision and when a new revision resets it. For publishers of an originating organization, checked again before every push (R17); a bulletin you may not read is NOT_FOUND.",
    // Each push is rendered with the Pushed report as its root value (graphql/push).
    resolve: (pushed: Pushed<AcknowledgementReport>) => pushed.payload,
  })
  acknowledgementsChanged(
    @Context() ctx: GqlContext,
    @Args('bulletinId', { type: () => ID }, UuidArg) bulletinId: string,
  ): AsyncGenerator<never> {
    const socket = { push: ctx.push, signal: ctx.operation?.signal, closeSocket: ctx.req.closeSocket };
    return this.live.stream(ctx.req, bulletinId, socket);
  }
}
