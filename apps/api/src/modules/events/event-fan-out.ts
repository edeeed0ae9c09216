import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ANONYMOUS_VIEWER, decideRead } from '@bulwark/policy';
import type { RequestViewer } from '@api/auth/request-viewer';
import { type StandingCredential, StandingCredentials, tokenExpired } from '@api/auth/standing-credentials';
import { AppError } from '@api/common/app-errors';
import type { PushChannel } from '@api/graphql/push/push-channel';
import { Pushed } from '@api/graphql/push/pushed';
import { AuditService } from '@api/modules/audit/audit.service';
import { AUDITED_READS } from '@api/modules/bulletins/bulletins.service';
import type { BulletinEventFilter } from './dto/bulletin-events.args';
import { EventBus } from './event-bus.service';
import { matchesEventFilter } from './event-filter';
import { EVENT_BATCH, EventReads, filterable, type LoggedEvent } from './event-reads';
import type { BulletinEvent } from './models/bulletin-event.model';

/** Closes a subscriber's socket with a code the client acts on (e.g. 4401: refresh, then resume with since). */
export type SocketCloser = (code: number, reason: string) => void;

/** One subscription, as the fan-out serves it. */
export interface Subscriber {
  readonly credential: StandingCredential;
  readonly filter: BulletinEventFilter;
  readonly push: PushChannel;
  /** Aborts when the client completes the subscription or its socket closes. */
  readonly signal: AbortSignal;
  readonly closeSocket?: SocketCloser;
}

class Member {
  /** Every event up to here was delivered to it, or was not for it. */
  cursor: number;
  /** Who it is, as re-read at the last wake that brought events (R17). */
  viewer: RequestViewer | null = null;
  /** Its socket holds more than it should: it waits for it to drain before anything more is written. */
  full = false;
  /** The event bus's generation when its last read of the log began. */
  readAt = 0;
  /** While it is in the live set, or waiting to join it: takes it out. */
  leave: ((failure?: unknown) => void) | null = null;

  constructor(
    readonly subscriber: Subscriber,
    cursor: number,
  ) {
    this.cursor = cursor;
  }
}

type Reauthentication = { viewer: RequestViewer | null } | { failure: unknown };

function asError(failure: unknown): Error {
  return failure instanceof Error ? failure : new Error(String(failure));
}

/** A member whose socket filled up gets nothing more until it has drained. */
async function untilDrained(member: Member): Promise<void> {
  if (member.full) await member.subscriber.push.drained();
  member.full = false;
}

function closeOnExpiry(failure: unknown, closeSocket: SocketCloser | undefined): void {
  if (failure instanceof AppError && failure.details['reason'] === 'TOKEN_EXPIRED')
    closeSocket?.(4401, 'Access token expired: refresh it, reconnect and resume with since.');
}

/**
 * Delivers the event log to subscriptions (R16–R18). A subscription catches up by itself from where it starts,
 * then joins the live set: each wake, one pass serves every member, with one re-read of each session or API key
 * whose standing may have changed, one policy decision per viewer and event, and one render per group of members
 * who receive the same bytes.
 * A member leaves the live set to catch up by itself again when its socket fills, and never holds the others up.
 */
@Injectable()
export class EventFanOut implements OnModuleInit, OnModuleDestroy {
  private readonly live = new Set<Member>();
  private joining: Member[] = [];
  /** Every member of the live set has had every event up to here. Moves only between passes or forward. */
  private reached = 0;
  private running = false;
  private wokenAgain = false;
  private stopListening: (() => void) | null = null;
  private readonly logger = new Logger(EventFanOut.name);

  constructor(
    private readonly reads: EventReads,
    private readonly bus: EventBus,
    private readonly audit: AuditService,
    private readonly credentials: StandingCredentials,
  ) {}

  onModuleInit(): void {
    this.stopListening = this.bus.onNotice(() => this.wake());
  }

  onModuleDestroy(): void {
    this.stopListening?.();
  }

  /**
   * Every event after `cursor` the subscriber may receive, in order, then live ones, until its signal aborts.
   * Rejects when its credential fails (after closing the socket with 4401 if the token expired).
   */
  async follow(subscriber: Subscriber, cursor: number): Promise<void> {
    const member = new Member(subscriber, cursor);
    const { signal } = subscriber;
    const onAbort = () => member.leave?.();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      while (!signal.aborted) {
        const { events, head, generation } = await this.reads.after(member.cursor);
        if (events.length > 0) {
          const failures = await this.reauthenticate([member], true);
          if (failures.has(member)) throw asError(failures.get(member));
        }
        for (const entry of events) {
          await this.deliver(entry, [member]);
          await untilDrained(member);
        }
        if (events.length === EVENT_BATCH) continue;
        member.cursor = Math.max(member.cursor, head);
        member.readAt = generation;
        await this.join(member);
        await untilDrained(member);
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** Resolves when the member leaves the live set; rejects when it is put out for a failed credential. */
  private join(member: Member): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      member.leave = (failure?: unknown) => {
        member.leave = null;
        this.live.delete(member);
        if (failure === undefined) resolve();
        else reject(asError(failure));
      };
      if (member.subscriber.signal.aborted) return member.leave();
      this.joining.push(member);
      if (!this.running) this.admitJoining();
    });
  }

  private wake(): void {
    if (this.running) {
      this.wokenAgain = true;
      return;
    }
    this.running = true;
    void this.run();
  }

  private async run(): Promise<void> {
    try {
      do {
        this.wokenAgain = false;
        this.admitJoining();
        if (this.live.size > 0 && (await this.pass())) this.wokenAgain = true;
      } while (this.wokenAgain);
    } catch (error) {
      // Each member catches up by itself, and meets the failure there if it lasts.
      this.logger.warn(`live fan-out: ${error instanceof Error ? error.message : String(error)}`);
      for (const member of this.live) member.leave?.();
    } finally {
      this.running = false;
      this.admitJoining();
    }
  }

  /**
   * Between passes only. A member the live set is already past catches up by itself first. A member whose last
   * read may have missed a notice gets a pass at once, not at the next poll.
   */
  private admitJoining(): void {
    const joining = this.joining.filter((member) => member.leave);
    this.joining = [];
    if (this.live.size === 0 && joining.length > 0)
      this.reached = Math.max(
        this.reached,
        joining.reduce((lowest, member) => Math.min(lowest, member.cursor), Infinity),
      );
    let noticeMissed = false;
    for (const member of joining) {
      if (member.cursor < this.reached) member.leave?.();
      else {
        this.live.add(member);
        noticeMissed ||= member.readAt !== this.bus.generation;
      }
    }
    if (noticeMissed) this.wake();
  }

  /** The next batch of the log to the live set. True when there is more to read at once. */
  private async pass(): Promise<boolean> {
    const { events, head } = await this.reads.after(this.reached);
    // The live set itself, not a copy: during a pass it only shrinks, and a member that leaves needs no viewer.
    const failures = await this.reauthenticate(this.live, events.length > 0);
    for (const [member, failure] of failures) member.leave?.(failure);
    for (const entry of events) {
      this.reached = entry.record.sequence;
      await this.deliver(entry, this.live);
    }
    if (events.length === EVENT_BATCH) return true;
    this.reached = Math.max(this.reached, head);
    return false;
  }

  /**
   * Who each member is now (R17), when there are events to decide on; an expired token fails at every wake.
   * One read per session or API key, shared by its members, and none for a session whose viewer was read at the
   * standing generation read here, after the log (StandingCredential.current). Returns the members whose
   * credential failed.
   */
  private async reauthenticate(members: Iterable<Member>, withEvents: boolean): Promise<Map<Member, unknown>> {
    const failures = new Map<Member, unknown>();
    const generation = withEvents ? await this.credentials.generation() : undefined;
    const outcomes = new Map<string, Reauthentication>();
    const reads = new Map<string, Promise<Reauthentication>>();
    for (const member of members) {
      const { credential, closeSocket } = member.subscriber;
      if (credential.expired()) {
        const failure = tokenExpired();
        closeOnExpiry(failure, closeSocket);
        failures.set(member, failure);
      } else if (generation !== undefined && !outcomes.has(credential.key) && !reads.has(credential.key)) {
        const held = credential.held(generation);
        if (held !== undefined) outcomes.set(credential.key, { viewer: held });
        else {
          const read = credential.current(generation).then(
            (viewer) => ({ viewer }),
            (failure: unknown) => ({ failure }),
          );
          reads.set(credential.key, read);
        }
      }
    }
    if (generation === undefined) return failures;
    // Only what had to be read is waited for: a wake whose standings all held costs no promise per session.
    if (reads.size > 0) await Promise.all([...reads].map(async ([key, read]) => outcomes.set(key, await read)));
    for (const member of members) {
      const outcome = outcomes.get(member.subscriber.credential.key);
      if (!outcome) continue;
      if ('viewer' in outcome) member.viewer = outcome.viewer;
      else {
        closeOnExpiry(outcome.failure, member.subscriber.closeSocket);
        failures.set(member, outcome.failure);
      }
    }
    return failures;
  }

  /**
   * One event to every member given that has not had it: the policy decided once per viewer, each delivery of an
   * AMBER_STRICT or RED bulletin on the record before anything is sent (R18), each group's bytes rendered once.
   */
  private async deliver({ record, event }: LoggedEvent, members: Iterable<Member>): Promise<void> {
    const { sequence, marking, bulletin } = record;
    const fields = filterable(record);
    const pushes = new Map<RequestViewer | null, Pushed<BulletinEvent> | null>();
    const recipients: { member: Member; pushed: Pushed<BulletinEvent> }[] = [];
    for (const member of members) {
      if (sequence <= member.cursor) continue;
      member.cursor = sequence;
      let pushed = pushes.get(member.viewer);
      if (pushed === undefined) {
        const allowed = decideRead(member.viewer ?? ANONYMOUS_VIEWER, marking).allowed;
        pushed = allowed ? new Pushed(event, member.viewer) : null;
        pushes.set(member.viewer, pushed);
      }
      if (pushed && matchesEventFilter(member.subscriber.filter, fields)) recipients.push({ member, pushed });
    }
    if (recipients.length === 0) return;
    if (AUDITED_READS.includes(bulletin.tier)) {
      const details = { revision: bulletin.revision, via: 'subscription', sequence };
      await Promise.all(
        recipients.flatMap(({ member: { viewer } }) =>
          viewer ? [this.audit.recordBulletinRead(viewer, bulletin.id, details)] : [],
        ),
      );
    }
    const payloads = await renderAll(recipients.map(({ member, pushed }) => member.subscriber.push.render(pushed)));
    recipients.forEach(({ member }, index) => {
      if (member.subscriber.signal.aborted) return;
      if (member.subscriber.push.write(payloads[index] ?? '')) return;
      member.full = true;
      member.leave?.();
    });
  }
}

/** The renders' texts, in order, waiting once for each distinct render (members of a group share one). */
async function renderAll(renders: readonly Promise<string>[]): Promise<string[]> {
  const texts = new Map<Promise<string>, string>();
  await Promise.all([...new Set(renders)].map(async (render) => texts.set(render, await render)));
  return renders.map((render) => texts.get(render) ?? '');
}
