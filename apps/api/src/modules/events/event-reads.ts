import { Injectable } from '@nestjs/common';
import { InFlight } from '@api/common/in-flight';
import { type BulletinEventRecord, BulletinReader } from '@api/modules/bulletins/bulletins.reader';
import type { FilterableEvent } from './event-filter';
import { EventBus } from './event-bus.service';
import { EventLogService } from './event-log.service';
import type { BulletinEvent } from './models/bulletin-event.model';

/** Events read from the log at once, at most. */
export const EVENT_BATCH = 100;

export interface LoggedEvent {
  readonly record: BulletinEventRecord;
  /** The payload, one object for every subscriber it reaches: the push renders it once per group. */
  readonly event: BulletinEvent;
}

export interface EventBatch {
  /** At most EVENT_BATCH events, oldest first, whoever may read them. */
  readonly events: readonly LoggedEvent[];
  /** The log's head when read: with fewer than EVENT_BATCH events, nothing up to it is left unread. */
  readonly head: number;
  /** The event bus's generation when the read began (see EventBus.generation). */
  readonly generation: number;
}

export function filterable({ type, bulletin }: BulletinEventRecord): FilterableEvent {
  return {
    type,
    tier: bulletin.tier,
    category: bulletin.category,
    severity: bulletin.severity,
    jurisdictions: bulletin.jurisdictions,
    originatorOrgIds: bulletin.originatorOrgIds,
    tags: bulletin.tags,
  };
}

export function toEvent({ sequence, type, occurredAt, bulletin }: BulletinEventRecord): BulletinEvent {
  return { sequence, type, occurredAt, bulletin };
}

/**
 * Reads of the log that many subscribers need at the same moment, shared while they run: with N subscribers
 * woken at one position, one query, not N. Never served stale: a read asked for after one settles runs afresh.
 */
@Injectable()
export class EventReads {
  private readonly batches = new InFlight<number, EventBatch>();
  private readonly bounds = new InFlight<'bounds', { oldest: number; latest: number }>();

  constructor(
    private readonly log: EventLogService,
    private readonly bulletins: BulletinReader,
    private readonly bus: EventBus,
  ) {}

  after(position: number): Promise<EventBatch> {
    return this.batches.run(position, async () => {
      const generation = this.bus.generation;
      const { events, head } = await this.bulletins.eventsAfter(position, EVENT_BATCH);
      return { events: events.map((record) => ({ record, event: toEvent(record) })), head, generation };
    });
  }

  /**
   * The log's oldest and latest sequence. A read begun a moment before the caller asked can only start a
   * subscription earlier in the log, never skip an event.
   */
  sharedBounds(): Promise<{ oldest: number; latest: number }> {
    return this.bounds.run('bounds', () => this.log.bounds());
  }

  /** The bounds as of now, not shared. */
  freshBounds(): Promise<{ oldest: number; latest: number }> {
    return this.log.bounds();
  }
}
