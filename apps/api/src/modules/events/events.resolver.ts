import { Args, Context, Float, Query, Resolver, Subscription } from '@nestjs/graphql';
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
  @Query(() => Float, {
    description:
      'The sequence of the newest event. Read it before a page of bulletins, then subscribe with `since` set to it: nothing published in between is missed.',
  })
  latestEventSequence(): Promise<number> {
    return this.events.latestSequence();
  }

  @Public()
  @Subscription(() => BulletinEvent, {
    description:
      'Publications, amendments and retractions you may read, as they happen. With `since`: first the ones you missed.',
    // Each push is rendered with the Pushed event as its root value (graphql/push).
    resolve: (pushed: Pushed<BulletinEvent>) => pushed.payload,
  })
  bulletinEvents(@Context() ctx: GqlContext, @Args() args: BulletinEventsArgs): AsyncGenerator<never> {
    const { since, filter, feedId } = args;
    const socket = { push: ctx.push, signal: ctx.operation?.signal, closeSocket: ctx.req.closeSocket };
    return this.events.stream(ctx.req, since, { filter, feedId }, socket);
  }
}
