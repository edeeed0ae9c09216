import { Inject, Injectable } from '@nestjs/common';
import type { ViewerContext } from '@bulwark/policy';
import { ANONYMOUS_VIEWER, decideRead } from '@bulwark/policy';
import type { ViewerCarrier } from '@api/auth/request-viewer';
import { ViewerAuthenticator } from '@api/auth/viewer-authenticator';
import { AppError, badInput, ErrorCode, notFound } from '@api/common/app-errors';
import { markingOf, toBulletin } from '@api/modules/bulletins/bulletin-mapper';
import { FeedsRepository } from '@api/modules/feeds/feeds.repository';
import type { BulletinEventFilter } from './dto/bulletin-events.args';
import { EventBus } from './event-bus';
import { type FilterableEvent, matchesEventFilter } from './event-filter';
import { EventLogRepository, type EventRow } from './event-log.repository';
import type { BulletinEvent } from './models/bulletin-event.model';

const BATCH = 100;

function filterable(row: EventRow): FilterableEvent {
  return {
    type: row.event_type,
    tier: row.tier,
    category: row.category,
    severity: row.severity,
    jurisdictions: row.jurisdictions,
    originatorOrgIds: row.originator_org_ids,
    tags: row.tags,
  };
}

export function toEvent(row: EventRow): BulletinEvent {
  return {
    sequence: Number(row.sequence),
    type: row.event_type,
    occurredAt: row.occurred_at,
    bulletin: toBulletin(row),
  };
}

/** Closes a subscriber's socket with a code the client acts on (e.g. 4401: refresh, then resume with since). */
export type SocketCloser = (code: number, reason: string) => void;

@Injectable()
export class EventsService {
  private readonly reads = new Map<number, Promise<{ rows: EventRow[]; head: number }>>();

  constructor(
    private readonly log: EventLogRepository,
    private readonly bus: EventBus,
    private readonly feeds: FeedsRepository,
    @Inject(ViewerAuthenticator) private readonly authenticator: ViewerAuthenticator,
  ) {}

  /**
   * Every event after `since` that the subscriber may read, in order, then live ones (R16). Before each delivery the
   * subscriber is authenticated again and the policy applied to them as they are then (R8, R17).
   */
  async *stream(
    carrier: ViewerCarrier,
    since: number | undefined,
    requested: { filter?: BulletinEventFilter; feedId?: string },
    closeSocket?: SocketCloser,
  ): AsyncGenerator<BulletinEvent> {
    const filter = requested.feedId ? await this.feedFilter(carrier, requested.feedId) : (requested.filter ?? {});
    const { oldest, latest } = await this.log.bounds();
    if (since !== undefined && since > latest) throw badInput(`since is ahead of the latest event (${latest}).`);
    if (since !== undefined && since < oldest - 1) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Events before ${oldest} are no longer kept: reload, then subscribe from now.`,
        {
          reason: 'SINCE_EXPIRED',
          oldestSequence: oldest,
        },
      );
    }
    let cursor = since ?? latest;
    const waiter = this.bus.waiter();
    try {
      for (;;) {
        const viewer = await this.currentViewer(carrier, closeSocket);
        const { rows, head } = await this.sharedRead(cursor);
        for (const row of rows) {
          if (decideRead(viewer, markingOf(row)).allowed && matchesEventFilter(filter, filterable(row)))
            yield toEvent(row);
        }
        cursor = rows.length === BATCH ? Number(rows[rows.length - 1]?.sequence) : head;
        if (rows.length < BATCH) await waiter.next();
      }
    } finally {
      waiter.dispose();
    }
  }

  /**
   * One read of the log per position, shared by every subscriber woken there at the same time: with N subscribers,
   * one query per event, not N. Each subscriber then applies the policy (the same rules as the SQL predicate, see
   * libs/policy) and its filter in memory.
   */
  private sharedRead(after: number): Promise<{ rows: EventRow[]; head: number }> {
    let read = this.reads.get(after);
    if (!read) {
      read = this.log.after(after, BATCH).finally(() => this.reads.delete(after));
      this.reads.set(after, read);
    }
    return read;
  }

  private async feedFilter(carrier: ViewerCarrier, feedId: string): Promise<BulletinEventFilter> {
    const viewer = await this.currentViewer(carrier);
    const feed = viewer.userId ? await this.feeds.owned(feedId, viewer.userId) : null;
    if (!feed) throw notFound('Feed');
    return feed.filter;
  }

  private async currentViewer(carrier: ViewerCarrier, closeSocket?: SocketCloser): Promise<ViewerContext> {
    try {
      return (await this.authenticator.authenticate({ headers: carrier.headers })) ?? ANONYMOUS_VIEWER;
    } catch (error) {
      if (error instanceof AppError && error.details['reason'] === 'TOKEN_EXPIRED') {
        closeSocket?.(4401, 'Access token expired: refresh it, reconnect and resume with since.');
      }
      throw error;
    }
  }
}
