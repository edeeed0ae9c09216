import { Injectable } from '@nestjs/common';
import type { RequestViewer, ViewerCarrier } from '@api/auth/request-viewer';
import { type StandingCredential, StandingCredentials, tokenExpired } from '@api/auth/standing-credentials';
import { badInput, notFound, unauthenticated } from '@api/common/app-errors';
import { InFlight } from '@api/common/in-flight';
import type { PushChannel } from '@api/graphql/push/push-channel';
import { Pushed } from '@api/graphql/push/pushed';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditService } from '@api/modules/audit/audit.service';
import { EventBus } from '@api/modules/events/event-bus.service';
import { IncidentEventLog } from './incident-event-log.repository';
import { type IncidentEventRow, IncidentEventsRepository } from './incident-events.repository';
import { toIncidentComment, toIncidentReport } from './incident-mapper';
import { AUDITED_INCIDENT_READS, IncidentsService } from './incidents.service';
import type { IncidentEvent } from './models/incident-event.model';

/** Events read for one subscriber at once, at most. */
export const INCIDENT_EVENT_BATCH = 100;

/** Sequences one read looks through, at most: bounds the read of a subscriber who may read few of them. */
export const INCIDENT_EVENT_WINDOW = 1_000;

/** The socket a subscription runs on. */
export interface IncidentEventSocket {
  push?: PushChannel;
  signal?: AbortSignal;
  closeSocket?: (code: number, reason: string) => void;
}

/** What a subscriber asked for. */
export interface IncidentEventRequest {
  /** The last sequence it received: it gets everything after it first. */
  readonly since?: number;
  /** Only this report's events. */
  readonly reportId?: string;
}

function toEvent(row: IncidentEventRow): IncidentEvent {
  const comment =
    row.comment_id === null
      ? null
      : toIncidentComment({
          id: row.comment_id,
          report_id: row.id,
          body: row.comment_body ?? '',
          from_reporter_side: row.comment_from_reporter_side ?? false,
          created_at: row.comment_created_at ?? row.occurred_at,
          author_name: row.comment_author_name ?? '',
          author_organization_name: row.comment_author_organization_name ?? '',
        });
  return {
    sequence: Number(row.sequence),
    type: row.event_type,
    occurredAt: row.occurred_at,
    report: toIncidentReport(row),
    comment,
    status: row.event_status,
  };
}

/**
 * incidentEvents: the changes of the incident reports a subscriber may read, from `since` on, then live (R16).
 *
 * Kept simple on purpose, for the volumes of incident reports (a few per office and election, against thousands of
 * bulletin readers): each subscriber reads the log by itself, one read per wake that finds the log moved, with the
 * R19 predicate for the viewer as re-authenticated at that wake (R8, R17) — not the shared fan-out of bulletinEvents.
 * What all of them share is the check of the log's head on each notice or poll tick (one query per wake, not one per
 * subscriber). No event is lost or repeated: a subscriber listens for notices before it reads, reads only up to a
 * head read before, and moves its cursor to exactly what it has looked through; the log is kept for good (no
 * retention), so any `since` up to the head resumes exactly.
 */
@Injectable()
export class IncidentEventsService {
  /** Reads of the head, shared by the subscribers woken at one generation of the event bus (never begun before it). */
  private readonly heads = new InFlight<number, number>();

  constructor(
    private readonly events: IncidentEventsRepository,
    private readonly log: IncidentEventLog,
    private readonly incidents: IncidentsService,
    private readonly bus: EventBus,
    private readonly credentials: StandingCredentials,
    private readonly audit: AuditService,
  ) {}

  /** The head of the log, read afresh. */
  latestSequence(): Promise<number> {
    return this.log.latest();
  }

  // eslint-disable-next-line require-yield -- graphql-ws needs an iterator; the pushes go through socket.push
  async *stream(
    carrier: ViewerCarrier,
    request: IncidentEventRequest,
    socket: IncidentEventSocket,
  ): AsyncGenerator<never> {
    const { push, signal, closeSocket } = socket;
    if (!push || !signal) throw badInput('Subscriptions are served over graphql-ws, at /graphql.');
    const credential = await this.credentials.hold(carrier);
    // Listening before the first read: a notice from here on wakes the loop below, even one sent during that read.
    const waiter = this.bus.waiter();
    const stop = () => waiter.dispose();
    signal.addEventListener('abort', stop, { once: true });
    try {
      const viewer = await this.reauthenticate(credential, closeSocket);
      const { reportId } = request;
      // R15: a report the subscriber may not read is NOT_FOUND, as a missing one, and the attempt is on the record.
      if (reportId && !(await this.incidents.readable(viewer, reportId, AuditAction.INCIDENT_READ)))
        throw notFound('Incident report');
      let cursor = await this.startingPoint(request.since);
      while (!signal.aborted) {
        const head = await this.head();
        if (head > cursor) {
          const current = await this.reauthenticate(credential, closeSocket);
          cursor = await this.catchUp(current, cursor, head, reportId, push, signal);
        } else if (credential.expired()) {
          closeSocket?.(4401, 'Access token expired: refresh it, reconnect and resume with since.');
          throw tokenExpired();
        }
        if (!signal.aborted) await waiter.next();
      }
    } finally {
      signal.removeEventListener('abort', stop);
      waiter.dispose();
    }
  }

  /** After `since` (which must not be past the head), or at the head. */
  private async startingPoint(since: number | undefined): Promise<number> {
    const latest = await this.log.latest();
    if (since === undefined) return latest;
    if (since > latest) throw badInput(`since is ahead of the latest incident event (${latest}).`);
    return since;
  }

  /** The head, as of a read begun at or after the event bus's current generation. */
  private head(): Promise<number> {
    return this.heads.run(this.bus.generation, () => this.log.latest());
  }

  /** Who the subscriber is now (R8, R17); a token past its expiry closes the socket with 4401. */
  private async reauthenticate(
    credential: StandingCredential,
    closeSocket: IncidentEventSocket['closeSocket'],
  ): Promise<RequestViewer> {
    if (credential.expired()) {
      closeSocket?.(4401, 'Access token expired: refresh it, reconnect and resume with since.');
      throw tokenExpired();
    }
    const viewer = await credential.current();
    if (!viewer) throw unauthenticated('Sign in to follow incident reports.');
    return viewer;
  }

  /**
   * Every event after `cursor` up to `head` that the viewer may read, pushed in order; returns how far it looked.
   * Each read looks through at most INCIDENT_EVENT_WINDOW sequences and returns at most INCIDENT_EVENT_BATCH events.
   */
  private async catchUp(
    viewer: RequestViewer,
    from: number,
    head: number,
    reportId: string | undefined,
    push: PushChannel,
    signal: AbortSignal,
  ): Promise<number> {
    let cursor = from;
    while (cursor < head && !signal.aborted) {
      const upTo = Math.min(head, cursor + INCIDENT_EVENT_WINDOW);
      const rows = await this.events.visibleIn(viewer, { after: cursor, upTo, limit: INCIDENT_EVENT_BATCH, reportId });
      for (const row of rows) {
        if (signal.aborted) return cursor;
        await this.deliver(viewer, row, push);
        cursor = Number(row.sequence);
      }
      if (rows.length < INCIDENT_EVENT_BATCH) cursor = upTo;
    }
    return cursor;
  }

  /** One push; a delivery of an AMBER_STRICT report is on the record before it is sent (R18). */
  private async deliver(viewer: RequestViewer, row: IncidentEventRow, push: PushChannel): Promise<void> {
    const event = toEvent(row);
    if (AUDITED_INCIDENT_READS.includes(row.tier)) {
      await this.audit.recordBatched({
        actor: viewer,
        action: AuditAction.INCIDENT_READ,
        targetType: AuditTargetType.INCIDENT_REPORT,
        targetId: row.id,
        details: { via: 'subscription', sequence: event.sequence },
      });
    }
    if (!push.write(await push.render(new Pushed(event, viewer)))) await push.drained();
  }
}
