import { Injectable } from '@nestjs/common';
import type { ViewerCarrier } from '@api/auth/request-viewer';
import { type StandingCredential, StandingCredentials } from '@api/auth/standing-credentials';
import { AppError, badInput, ErrorCode, notFound } from '@api/common/app-errors';
import type { PushChannel } from '@api/graphql/push/push-channel';
import { FeedsService } from '@api/modules/feeds/feeds.service';
import type { BulletinEventFilter } from './dto/bulletin-events.args';
import { EventFanOut, type SocketCloser } from './event-fan-out';
import { EventReads } from './event-reads';

/** The socket a subscription runs on. */
export interface SubscriptionSocket {
  push?: PushChannel;
  signal?: AbortSignal;
  closeSocket?: SocketCloser;
}

@Injectable()
export class EventsService {
  constructor(
    private readonly reads: EventReads,
    private readonly fanOut: EventFanOut,
    private readonly feeds: FeedsService,
    private readonly credentials: StandingCredentials,
  ) {}

  /**
   * Every event after `since` that the subscriber may read, in order, then live ones (R16). Before each delivery
   * the subscriber is authenticated again and the policy applied to them as they are then (R8, R17).
   * The fan-out writes each push to the socket itself; this stream ends when the subscription does.
   */
  // eslint-disable-next-line require-yield -- graphql-ws needs an iterator; the pushes go through socket.push
  async *stream(
    carrier: ViewerCarrier,
    since: number | undefined,
    requested: { filter?: BulletinEventFilter; feedId?: string },
    socket: SubscriptionSocket,
  ): AsyncGenerator<never> {
    const { push, signal, closeSocket } = socket;
    if (!push || !signal) throw badInput('Subscriptions are served over graphql-ws, at /graphql.');
    const credential = await this.credentials.hold(carrier);
    const filter = requested.feedId ? await this.feedFilter(credential, requested.feedId) : (requested.filter ?? {});
    const cursor = await this.startingPoint(since);
    await this.fanOut.follow({ credential, filter, push, signal, closeSocket }, cursor);
  }

  /** The head of the log, read afresh. Sequences are global, so this tells no more than the next push would. */
  async latestSequence(): Promise<number> {
    return (await this.reads.freshBounds()).latest;
  }

  /** Where a subscription starts reading: after `since` if the log still holds what follows it, else at the head. */
  private async startingPoint(since: number | undefined): Promise<number> {
    let bounds = await this.reads.sharedBounds();
    // A shared read may have begun just before `since` was committed: ask afresh before refusing it.
    if (since !== undefined && since > bounds.latest) bounds = await this.reads.freshBounds();
    const { oldest, latest } = bounds;
    if (since === undefined) return latest;
    if (since > latest) throw badInput(`since is ahead of the latest event (${latest}).`);
    if (since < oldest - 1) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Events before ${oldest} are no longer kept: reload, then subscribe from now.`,
        { reason: 'SINCE_EXPIRED', oldestSequence: oldest },
      );
    }
    return since;
  }

  private async feedFilter(credential: StandingCredential, feedId: string): Promise<BulletinEventFilter> {
    const viewer = await credential.current();
    const filter = viewer?.userId ? await this.feeds.ownedFilter(viewer.userId, feedId) : null;
    if (!filter) throw notFound('Feed');
    return filter;
  }
}
