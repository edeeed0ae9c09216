import { Injectable } from '@nestjs/common';
import { ANONYMOUS_VIEWER, decideRead } from '@bulwark/policy';
import type { RequestViewer, ViewerCarrier } from '@api/auth/request-viewer';
import { type StandingCredential, StandingCredentials } from '@api/auth/standing-credentials';
import { AppError, badInput, ErrorCode, notFound } from '@api/common/app-errors';
import { InFlight } from '@api/common/in-flight';
import { AuditService } from '@api/modules/audit/audit.service';
import { markingOf, toBulletin } from '@api/modules/bulletins/bulletin-mapper';
import { AUDITED_READS } from '@api/modules/bulletins/bulletins.service';
import { Pushed } from '@api/graphql/push/pushed';
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

interface SharedRead {
  events: { row: EventRow; event: BulletinEvent }[];
  head: number;
}

/** Closes a subscriber's socket with a code the client acts on (e.g. 4401: refresh, then resume with since). */
export type SocketCloser = (code: number, reason: string) => void;

@Injectable()
export class EventsService {
  private readonly reads = new InFlight<number, SharedRead>();
  private readonly bounds = new InFlight<'bounds', { oldest: number; latest: number }>();

  constructor(
    private readonly log: EventLogRepository,
    private readonly bus: EventBus,
    private readonly feeds: FeedsRepository,
    private readonly credentials: StandingCredentials,
    private readonly audit: AuditService,
  ) {}

  /**
   * Every event after `since` that the subscriber may read, in order, then live ones (R16). Before each delivery the
   * subscriber is authenticated again and the policy applied to them as they are then (R8, R17).
   */
  async *stream(
    carrier: ViewerCarrier,
    since: number | undefined,
    requested: { filter?: BulletinEventFilter; feedId?: string },
    ending: { closeSocket?: SocketCloser; signal?: AbortSignal } = {},
  ): AsyncGenerator<Pushed<BulletinEvent>> {
    const credential = await this.credentials.hold(carrier);
    const filter = requested.feedId ? await this.feedFilter(credential, requested.feedId) : (requested.filter ?? {});
    let cursor = await this.startingPoint(since);
    const waiter = this.bus.waiter(ending.signal);
    try {
      while (!ending.signal?.aborted) {
        const { events, head } = await this.sharedRead(cursor);
        // Checked again when there is something to decide on, or when the token has run out (the socket is then
        // closed with 4401); otherwise an idle wake costs one shared read.
        const recheck = events.length > 0 || credential.expired();
        const viewer = recheck ? await this.currentViewer(credential, ending.closeSocket) : null;
        for (const { row, event } of events) {
          if (!decideRead(viewer ?? ANONYMOUS_VIEWER, markingOf(row)).allowed) continue;
          if (!matchesEventFilter(filter, filterable(row))) continue;
          if (viewer && AUDITED_READS.includes(row.tier)) await this.recordDelivery(viewer, row);
          yield new Pushed(event, viewer);
        }
        cursor = events.length === BATCH ? Number(events[events.length - 1]?.row.sequence) : head;
        if (events.length < BATCH) await waiter.next();
      }
    } finally {
      waiter.dispose();
    }
  }

  /**
   * One read of the log per position, shared by every subscriber woken there at the same time: with N subscribers,
   * one query per event, not N. Each event object is shared too, so the push renders it once per group of
   * subscribers (graphql/push). Each subscriber applies the policy (the same rules as the SQL predicate, see
   * libs/policy) and its filter in memory.
   */
  private sharedRead(after: number): Promise<SharedRead> {
    return this.reads.run(after, async () => {
      const { rows, head } = await this.log.after(after, BATCH);
      return { events: rows.map((row) => ({ row, event: toEvent(row) })), head };
    });
  }

  /** Where a subscription starts reading: after `since` if the log still holds what follows it, else at the head. */
  private async startingPoint(since: number | undefined): Promise<number> {
    let bounds = await this.sharedBounds();
    // A shared read may have begun just before `since` was committed: ask afresh before refusing it.
    if (since !== undefined && since > bounds.latest) bounds = await this.log.bounds();
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

  /**
   * Subscriptions opening together share one read of the log's bounds. A read begun a moment before this
   * subscription can only start it earlier in the log, never skip an event.
   */
  private sharedBounds(): Promise<{ oldest: number; latest: number }> {
    return this.bounds.run('bounds', () => this.log.bounds());
  }

  /** R18: who received an AMBER_STRICT or RED bulletin is on the record before it is sent. */
  private recordDelivery(viewer: RequestViewer, row: EventRow): Promise<void> {
    const details = { revision: row.number, via: 'subscription', sequence: Number(row.sequence) };
    return this.audit.recordBulletinRead(viewer, row.id, details);
  }

  private async feedFilter(credential: StandingCredential, feedId: string): Promise<BulletinEventFilter> {
    const viewer = await credential.current();
    const feed = viewer?.userId ? await this.feeds.owned(feedId, viewer.userId) : null;
    if (!feed) throw notFound('Feed');
    return feed.filter;
  }

  private async currentViewer(
    credential: StandingCredential,
    closeSocket?: SocketCloser,
  ): Promise<RequestViewer | null> {
    try {
      return await credential.current();
    } catch (error) {
      if (error instanceof AppError && error.details['reason'] === 'TOKEN_EXPIRED') {
        closeSocket?.(4401, 'Access token expired: refresh it, reconnect and resume with since.');
      }
      throw error;
    }
  }
}
