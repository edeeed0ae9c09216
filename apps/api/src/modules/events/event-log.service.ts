import { Injectable } from '@nestjs/common';
import type { BulletinEventType } from '@bulwark/domain';
import type { EntityManager } from 'typeorm';
import { EventLogRepository } from './event-log.repository';

/** The event log's published face: bulletins append to it in the transaction of each change (R16). */
@Injectable()
export class EventLogService {
  constructor(private readonly log: EventLogRepository) {}

  /** Appends an event inside the caller's transaction; its sequence. Wake subscribers (EventBus) after commit. */
  append(manager: EntityManager, type: BulletinEventType, bulletinId: string, revisionId: string): Promise<number> {
    return this.log.append(manager, type, bulletinId, revisionId);
  }

  /** The oldest kept and the latest sequence. */
  bounds(): Promise<{ oldest: number; latest: number }> {
    return this.log.bounds();
  }
}
