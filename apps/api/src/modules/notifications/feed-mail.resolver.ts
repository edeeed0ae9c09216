import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@api/auth/request-viewer';
import { Feed } from '@api/modules/feeds/models/feed.model';
import { MailDelivery } from './models/mail-delivery.model';
import { NotificationsService } from './notifications.service';

/** Feed.mail: a feed is only ever shown to its owner, so its mail settings are theirs too. */
@Resolver(() => Feed)
export class FeedMailResolver {
  constructor(private readonly service: NotificationsService) {}

  @ResolveField(() => MailDelivery, {
    description: 'When this feed is mailed to you (no e-mail until you choose: NONE, null, 7, UTC).',
  })
  mail(@Parent() feed: Feed, @Context() ctx: GqlContext): Promise<MailDelivery> {
    return this.service.feedDelivery(ctx.loaders, feed.id);
  }
}
