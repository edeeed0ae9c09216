import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import type { Connection } from '@api/graphql/pagination';
import { UuidArg } from '@api/graphql/uuid-arg.pipe';
import { BulletinConnection, type Bulletin } from '@api/modules/bulletins/models/bulletin.model';
import { CreateFeedInput, FeedIdInput, FeedItemsArgs, UpdateFeedInput } from './dto/feed.inputs';
import { FeedsService } from './feeds.service';
import { Feed } from './models/feed.model';

@Resolver(() => Feed)
export class FeedsResolver {
  constructor(private readonly service: FeedsService) {}

  @Requires(Permission.FEED_MANAGE_OWN)
  @Query(() => [Feed], { description: 'Your saved feeds, by name.' })
  feeds(@CurrentViewer() viewer: RequestViewer): Promise<Feed[]> {
    return this.service.list(viewer);
  }

  @Requires(Permission.FEED_MANAGE_OWN)
  @Query(() => Feed, { nullable: true })
  feed(
    @CurrentViewer() viewer: RequestViewer,
    @Args('id', { type: () => ID }, UuidArg) id: string,
  ): Promise<Feed | null> {
    return this.service.get(viewer, id);
  }

  @Requires(Permission.FEED_MANAGE_OWN)
  @Query(() => BulletinConnection, {
    description: 'What a saved feed matches, newest first, under the same rules as bulletins.',
  })
  feedItems(@CurrentViewer() viewer: RequestViewer, @Args() args: FeedItemsArgs): Promise<Connection<Bulletin>> {
    return this.service.items(viewer, args);
  }

  @Requires(Permission.FEED_MANAGE_OWN)
  @Mutation(() => Feed)
  createFeed(@CurrentViewer() viewer: RequestViewer, @Args('input') input: CreateFeedInput): Promise<Feed> {
    return this.service.create(viewer, input);
  }

  @Requires(Permission.FEED_MANAGE_OWN)
  @Mutation(() => Feed)
  updateFeed(@CurrentViewer() viewer: RequestViewer, @Args('input') input: UpdateFeedInput): Promise<Feed> {
    return this.service.update(viewer, input);
  }

  @Requires(Permission.FEED_MANAGE_OWN)
  @Mutation(() => Boolean)
  deleteFeed(@CurrentViewer() viewer: RequestViewer, @Args('input') input: FeedIdInput): Promise<boolean> {
    return this.service.delete(viewer, input.id);
  }
}
