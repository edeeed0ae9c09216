import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { Public } from '@api/auth/access-rule.decorator';
import type { GqlContext } from '@api/auth/request-viewer';
import { BulletinEventsArgs } from './dto/bulletin-events.args';
import { EventsService } from './events.service';
import { BulletinEvent } from './models/bulletin-event.model';

@Resolver(() => BulletinEvent)
export class EventsResolver {
  constructor(private readonly events: EventsService) {}

  @Public()
  @Subscription(() => BulletinEvent, {
    description:
      'Publications, amendments and retractions you may read, as they happen. With `since`: first the ones you missed.',
    resolve: (event: BulletinEvent) => event,
  })
  bulletinEvents(@Context() ctx: GqlContext, @Args() args: BulletinEventsArgs): AsyncGenerator<BulletinEvent> {
    return this.events.stream(ctx.req, args.since, { filter: args.filter, feedId: args.feedId }, ctx.req.closeSocket);
  }
}
