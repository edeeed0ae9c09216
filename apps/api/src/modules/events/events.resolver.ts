import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { Public } from '@api/auth/access-rule.decorator';
import type { GqlContext } from '@api/auth/request-viewer';
import type { Pushed } from '@api/graphql/push/pushed';
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
    resolve: (pushed: Pushed<BulletinEvent>) => pushed.payload,
  })
  bulletinEvents(@Context() ctx: GqlContext, @Args() args: BulletinEventsArgs): AsyncGenerator<Pushed<BulletinEvent>> {
    const { since, filter, feedId } = args;
    return this.events.stream(
      ctx.req,
      since,
      { filter, feedId },
      {
        closeSocket: ctx.req.closeSocket,
        signal: ctx.operation?.signal,
      },
    );
  }
}
