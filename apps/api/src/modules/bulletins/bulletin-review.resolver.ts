import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { ANONYMOUS_VIEWER } from '@bulwark/policy';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { GqlContext, RequestViewer } from '@api/auth/request-viewer';
import { notFound } from '@api/common/app-errors';
import type { Connection } from '@api/graphql/pagination';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';
import { BulletinLifecycleService } from './bulletin-lifecycle.service';
import { BulletinReviewService } from './bulletin-review.service';
import { BulletinsService } from './bulletins.service';
import { ReturnBulletinInput } from './dto/bulletin-lifecycle.inputs';
import { ReviewQueueArgs } from './dto/review-queue.args';
import { Bulletin } from './models/bulletin.model';
import { BulletinReview, ReviewComment, ReviewQueueConnection } from './models/review.model';

/** Review by publishers: the queue, sending a draft or a pending amendment back, and what each bulletin awaits (R10, R11). */
@Resolver(() => Bulletin)
export class BulletinReviewResolver {
  constructor(
    private readonly review: BulletinReviewService,
    private readonly lifecycle: BulletinLifecycleService,
    private readonly reads: BulletinsService,
  ) {}

  @Requires(Permission.BULLETIN_PUBLISH)
  @Query(() => ReviewQueueConnection, {
    description:
      "Drafts in review and published bulletins with a pending amendment that you may see (R11), most recently changed first. Each bulletin's `review` says whether it needs a second publisher, who the named approver is and whether you may publish it.",
  })
  reviewQueue(@CurrentViewer() viewer: RequestViewer, @Args() args: ReviewQueueArgs): Promise<Connection<Bulletin>> {
    return this.review.queue(viewer, args);
  }

  @Requires(Permission.BULLETIN_PUBLISH)
  @Mutation(() => Bulletin, {
    description:
      "Send what awaits release back to its author with a comment, kept in reviewComments. A draft in review becomes a draft again, for a publisher of an originating organization. A published bulletin's pending amendment is withdrawn (never released; the published revision stays as it is and nothing is announced; a new amendment may follow), for whoever may release it (review.viewerCanPublish), never its author. Nothing awaiting release that you may see: CONFLICT.",
  })
  async returnBulletin(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: ReturnBulletinInput,
  ): Promise<Bulletin> {
    const id = await this.lifecycle.returnToAuthor(viewer, input);
    const bulletin = await this.reads.getAfterWrite(viewer, id);
    if (!bulletin) throw notFound('Bulletin');
    return bulletin;
  }

  @PushScoped(PushScope.VIEWER)
  @ResolveField(() => BulletinReview, {
    name: 'review',
    nullable: true,
    description:
      'What awaits release — this draft, or a pending amendment you may see (R11) — and whether you may publish it. Null for anything else.',
  })
  reviewField(@Parent() bulletin: Bulletin, @Context() ctx: GqlContext): Promise<BulletinReview | null> {
    return this.review.review(ctx.loaders, ctx.req.viewer ?? ANONYMOUS_VIEWER, bulletin);
  }

  @PushScoped(PushScope.VIEWER)
  @ResolveField(() => [ReviewComment], {
    nullable: true,
    description: `Why drafts and amendments of this bulletin were sent back (returnBulletin), newest first, at most 20. Each comment is shown to the author of the revision it sent back and to who may see that revision in review (R11); null for anyone who may see none of them and neither wrote the bulletin nor may see it in review.`,
  })
  reviewComments(@Parent() bulletin: Bulletin, @Context() ctx: GqlContext): Promise<ReviewComment[] | null> {
    return this.review.comments(ctx.loaders, ctx.req.viewer ?? ANONYMOUS_VIEWER, bulletin);
  }
}
