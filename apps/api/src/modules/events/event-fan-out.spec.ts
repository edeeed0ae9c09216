import { describe, expect, it } from 'vitest';
import { BulletinEventType, BulletinStatus, Category, Severity, Tier } from '@bulwark/domain';
import type { RequestViewer } from '@api/auth/request-viewer';
import { type StandingCredential, type StandingCredentials, tokenExpired } from '@api/auth/standing-credentials';
import type { PushChannel } from '@api/graphql/push/push-channel';
import type { Pushed } from '@api/graphql/push/pushed';
import type { AuditService } from '@api/modules/audit/audit.service';
import type { BulletinEventRecord, BulletinReader } from '@api/modules/bulletins/bulletins.reader';
import type { Bulletin } from '@api/modules/bulletins/models/bulletin.model';
import type { EventBus } from './event-bus.service';
import { EventFanOut } from './event-fan-out';
import type { EventLogService } from './event-log.service';
import { EventReads } from './event-reads';
import type { BulletinEvent } from './models/bulletin-event.model';

/** The log in memory: each read sees the log as it was when asked, and answers a moment later, as a database would. */
class MemoryLog {
  readonly rows: BulletinEventRecord[] = [];
  private listener: () => void = () => undefined;

  readonly bus = {
    generation: 0,
    onNotice: (listener: () => void) => {
      this.listener = listener;
      return () => undefined;
    },
  };
  readonly reader = {
    eventsAfter: async (after: number, limit: number) => {
      const snapshot = {
        events: this.rows.filter((row) => row.sequence > after).slice(0, limit),
        head: this.rows.length,
      };
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
      return snapshot;
    },
  };

  publish(count = 1, tier: Tier = Tier.CLEAR): void {
    for (let i = 0; i < count; i++) this.rows.push(eventRecord(this.rows.length + 1, tier));
    this.bus.generation += 1;
    this.listener();
  }
}

function eventRecord(sequence: number, tier: Tier): BulletinEventRecord {
  const marking = {
    tier,
    status: BulletinStatus.PUBLISHED,
    originatorOrgIds: ['originator'],
    recipientOrgIds: [],
    recipientUserIds: [],
    authorUserId: 'author',
    approverUserId: null,
  };
  const bulletin = {
    ...marking,
    id: `bulletin-${sequence}`,
    revision: 1,
    category: Category.CYBER_THREAT,
    severity: Severity.LOW,
    jurisdictions: [],
    tags: [],
  };
  return {
    sequence,
    type: BulletinEventType.PUBLISHED,
    occurredAt: new Date(0),
    bulletin: bulletin as unknown as Bulletin,
    marking,
  };
}

/** A socket: what it was sent, and whether it says it is full. */
class FakeSocket implements PushChannel {
  readonly received: number[] = [];
  fullAfterNext = false;
  private drain: (() => void) | null = null;
  readonly controller = new AbortController();

  render(pushed: Pushed<object>): Promise<string> {
    return Promise.resolve(String((pushed.payload as BulletinEvent).sequence));
  }

  write(payload: string): boolean {
    this.received.push(Number(payload));
    if (!this.fullAfterNext) return true;
    this.fullAfterNext = false;
    return false;
  }

  drained(): Promise<void> {
    return new Promise((resolve) => (this.drain = resolve));
  }

  letDrain(): void {
    this.drain?.();
  }
}

function credential(
  key: string,
  current: (generation?: string) => Promise<RequestViewer | null> = () => Promise.resolve(null),
) {
  return { key, current, held: () => undefined, expired: () => false } satisfies StandingCredential;
}

/** Audit records of deliveries, with what had been written to any socket when each was asked for. */
class FakeAudit {
  readonly records: { actor: RequestViewer; bulletinId: string; writesBefore: number }[] = [];
  constructor(private readonly writes: () => number) {}

  recordBulletinRead(actor: RequestViewer, bulletinId: string): Promise<void> {
    this.records.push({ actor, bulletinId, writesBefore: this.writes() });
    return new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** A signed-in, RED-cleared member of the originating organization: it may read every tier but RED. */
function viewer(userId: string): RequestViewer {
  return {
    kind: 'USER',
    userId,
    apiKeyId: null,
    sessionId: `session-${userId}`,
    organizationId: 'originator',
    organizationAncestorIds: [],
    roles: [],
    permissions: [],
    clearance: Tier.RED,
    active: true,
  };
}

function setUp(writes: () => number = () => 0) {
  const log = new MemoryLog();
  const bus = log.bus as unknown as EventBus;
  const reads = new EventReads({} as EventLogService, log.reader as unknown as BulletinReader, bus);
  const audit = new FakeAudit(writes);
  const standing = { generation: () => Promise.resolve(String(bus.generation)) };
  const fanOut = new EventFanOut(
    reads,
    bus,
    audit as unknown as AuditService,
    standing as unknown as StandingCredentials,
  );
  fanOut.onModuleInit();
  const follow = (socket: FakeSocket, from: number, standing: StandingCredential = credential('anonymous')) => {
    const closes: number[] = [];
    const following = fanOut.follow(
      {
        credential: standing,
        filter: {},
        push: socket,
        signal: socket.controller.signal,
        closeSocket: (code) => closes.push(code),
      },
      from,
    );
    return { following, closes };
  };
  return { log, follow, audit };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 5000) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the live fan-out', () => {
  it('delivers every event once and in order, across catching up and the live set, while events keep coming', async () => {
    const { log, follow } = setUp();
    log.publish(150); // more than one read's worth
    const sockets = range(0, 29).map(() => new FakeSocket());
    const starts: number[] = [];
    for (const [i, socket] of sockets.entries()) {
      starts.push(Math.min((i * 7) % 170, log.rows.length));
      void follow(socket, starts[i] ?? 0).following;
      await new Promise((resolve) => setTimeout(resolve, i % 4));
      log.publish(i % 3);
    }
    log.publish(40);
    const last = log.rows.length;
    await until(() => sockets.every((socket) => socket.received.at(-1) === last));
    sockets.forEach((socket, i) => expect(socket.received).toEqual(range((starts[i] ?? 0) + 1, last)));
    for (const socket of sockets) socket.controller.abort();
  });

  it('lets a full socket catch up after it drains, holding no one else up, with no gap and no duplicate', async () => {
    const { log, follow } = setUp();
    const slow = new FakeSocket();
    const other = new FakeSocket();
    const slowFollowing = follow(slow, 0).following;
    void follow(other, 0).following;
    log.publish();
    await until(() => slow.received.length === 1 && other.received.length === 1);

    slow.fullAfterNext = true;
    log.publish();
    await until(() => other.received.length === 2);
    log.publish(3);
    await until(() => other.received.length === 5);
    expect(slow.received).toEqual([1, 2]); // the write that filled it went out; nothing since

    slow.letDrain();
    await until(() => slow.received.length === 5);
    log.publish();
    await until(() => slow.received.length === 6 && other.received.length === 6);
    expect(slow.received).toEqual(range(1, 6));
    expect(other.received).toEqual(range(1, 6));
    slow.controller.abort();
    await expect(slowFollowing).resolves.toBeUndefined();
  });

  it('puts out only the subscriptions whose credential fails, and closes a socket whose token expired with 4401', async () => {
    const { log, follow } = setUp();
    let deactivated = false;
    const revoked = credential('key:revoked', () =>
      deactivated ? Promise.reject(new Error('This API key is not valid.')) : Promise.resolve(null),
    );
    const expiring = { ...credential('session:s:u'), expired: () => deactivated };
    const sockets = { revoked: new FakeSocket(), expiring: new FakeSocket(), standing: new FakeSocket() };
    const revokedRun = follow(sockets.revoked, 0, revoked);
    const expiringRun = follow(sockets.expiring, 0, expiring);
    void follow(sockets.standing, 0).following;
    log.publish();
    await until(() => Object.values(sockets).every((socket) => socket.received.length === 1));

    deactivated = true;
    log.publish();
    await expect(revokedRun.following).rejects.toThrow('This API key is not valid.');
    await expect(expiringRun.following).rejects.toThrow(tokenExpired().message);
    expect(expiringRun.closes).toEqual([4401]);
    expect(revokedRun.closes).toEqual([]);
    await until(() => sockets.standing.received.length === 2);
    expect(sockets.revoked.received).toEqual([1]);
    expect(sockets.expiring.received).toEqual([1]);
    sockets.standing.controller.abort();
  });

  it('gives a subscription that joins after a notice its read missed that event at once, not at the next poll', async () => {
    const { log, follow } = setUp();
    const socket = new FakeSocket();
    void follow(socket, 0).following; // its first read sees an empty log ...
    log.publish(); // ... and this notice comes while it runs, with nobody in the live set to hear it
    await until(() => socket.received.length === 1);
    expect(socket.received).toEqual([1]);
    socket.controller.abort();
  });

  it('ends a subscription at once when it aborts, whether it waits in the live set or for its socket to drain', async () => {
    const { log, follow } = setUp();
    const waiting = new FakeSocket();
    const full = new FakeSocket();
    const waitingRun = follow(waiting, 0).following;
    const fullRun = follow(full, 0).following;
    full.fullAfterNext = true;
    log.publish();
    await until(() => full.received.length === 1 && waiting.received.length === 1);
    waiting.controller.abort();
    await expect(waitingRun).resolves.toBeUndefined();
    full.controller.abort();
    full.letDrain(); // as a closed socket's drained() does
    await expect(fullRun).resolves.toBeUndefined();
    log.publish();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(waiting.received).toEqual([1]);
    expect(full.received).toEqual([1]);
  });

  it('re-reads hundreds of sessions woken together once each, and one revoked between two events receives neither', async () => {
    const { log, follow } = setUp();
    const revoked = new Set<number>();
    const users = range(0, 299);
    const reads: number[] = [];
    const generations = new Set<string | undefined>();
    const runs = users.map((user) => {
      const standing = credential(`session:${user}`, (generation) => {
        reads.push(user);
        generations.add(generation);
        return revoked.has(user)
          ? Promise.reject(new Error('This session has ended.'))
          : Promise.resolve(viewer(`u${user}`));
      });
      // Several sockets per session, as a person with a few tabs holds.
      const sockets = range(0, 2).map(() => new FakeSocket());
      return { user, sockets, runs: sockets.map((socket) => follow(socket, 0, standing)) };
    });
    log.publish();
    await until(() => runs.every(({ sockets }) => sockets.every((socket) => socket.received.length === 1)));

    // Revoked between two events: one early in the live set, three late in it.
    for (const user of [3, 150, 250, 299]) revoked.add(user);
    reads.length = 0;
    log.publish(2);
    const put = runs.filter(({ user }) => revoked.has(user));
    for (const { runs: following } of put)
      for (const { following: run } of following) await expect(run).rejects.toThrow('This session has ended.');
    await until(() =>
      runs.every(({ user, sockets }) => revoked.has(user) || sockets.every((socket) => socket.received.length === 3)),
    );
    for (const { user, sockets } of runs)
      for (const socket of sockets) expect(socket.received).toEqual(revoked.has(user) ? [1] : [1, 2, 3]);
    // Each session read once for the wake, not once per socket, each with the standing generation read then.
    expect([...reads].sort((a, b) => a - b)).toEqual(users);
    expect([...generations].every((generation) => typeof generation === 'string')).toBe(true);
    for (const { sockets } of runs) for (const socket of sockets) socket.controller.abort();
  }, 20_000);

  it('puts every audited delivery of a wake on the record before it writes any of them', async () => {
    let writes = 0;
    const { log, follow, audit } = setUp(() => writes);
    const sockets = range(0, 199).map((user) => {
      const socket = new FakeSocket();
      const write = socket.write.bind(socket);
      socket.write = (payload: string) => {
        writes += 1;
        return write(payload);
      };
      void follow(
        socket,
        0,
        credential(`session:${user}`, () => Promise.resolve(viewer(`u${user}`))),
      ).following;
      return socket;
    });
    log.publish(1, Tier.CLEAR);
    await until(() => sockets.every((socket) => socket.received.length === 1));
    writes = 0;
    log.publish(1, Tier.AMBER_STRICT);
    await until(() => audit.records.length === 200);
    await until(() => sockets.every((socket) => socket.received.length === 2));
    expect(audit.records.every((record) => record.writesBefore === 0 && record.bulletinId === 'bulletin-2')).toBe(true);
    expect(new Set(audit.records.map((record) => record.actor.userId)).size).toBe(200);
    for (const socket of sockets) socket.controller.abort();
  });
});
