import { Injectable } from '@nestjs/common';

/** The code a socket is closed with when its session ends: graphql-ws clients treat 4403 as final (no retry). */
export const SESSION_ENDED_CLOSE_CODE = 4403;
export const SESSION_ENDED_REASON = 'Session ended';

/**
 * How long an ended session is remembered: longer than a socket can take between reading its session (still
 * valid) and being registered here, which includes a Redis round trip for the connection caps.
 */
const REMEMBER_ENDED_MS = 60_000;

export interface SessionSocket {
  readonly readyState: number;
  readonly OPEN: number;
  close(code: number, reason: string): void;
}

interface Held {
  readonly sessionId: string;
  readonly socket: SessionSocket;
}

/**
 * This instance's open graphql-ws sockets by the session they signed in with, so that ending a session closes
 * them at once (SessionEndings) rather than leaving them open, refused only at their next push.
 * A socket admitted just as its session ended may be registered after the news arrived: ended sessions are
 * remembered for a while, and such a socket is closed as it registers.
 */
@Injectable()
export class SessionSockets {
  /** Owner (graphql-ws `extra`) to its socket. */
  private readonly held = new Map<object, Held>();
  private readonly bySession = new Map<string, Set<object>>();
  /** Session id to when it may be forgotten; in insertion order, which is expiry order. */
  private readonly ended = new Map<string, number>();

  /** Registers `owner`'s socket under its session; false (and the socket closed) when that session has ended. */
  hold(owner: object, sessionId: string, socket: SessionSocket): boolean {
    this.forgetExpired();
    if (this.ended.has(sessionId)) {
      closeEnded(socket);
      return false;
    }
    // Closed while it was being admitted: onClose has run already and would never release it.
    if (socket.readyState !== socket.OPEN) return false;
    this.release(owner);
    this.held.set(owner, { sessionId, socket });
    let owners = this.bySession.get(sessionId);
    if (!owners) this.bySession.set(sessionId, (owners = new Set()));
    owners.add(owner);
    return true;
  }

  /** When the socket closes; safe for one never held, and more than once. */
  release(owner: object): void {
    const held = this.held.get(owner);
    if (!held) return;
    this.held.delete(owner);
    const owners = this.bySession.get(held.sessionId);
    owners?.delete(owner);
    if (owners?.size === 0) this.bySession.delete(held.sessionId);
  }

  /** Closes every socket of these sessions (code 4403) and remembers them as ended; how many sockets it closed. */
  end(sessionIds: readonly string[]): number {
    this.forgetExpired();
    const until = Date.now() + REMEMBER_ENDED_MS;
    let closed = 0;
    for (const sessionId of new Set(sessionIds)) {
      this.ended.delete(sessionId);
      this.ended.set(sessionId, until);
      for (const owner of this.bySession.get(sessionId) ?? []) {
        const held = this.held.get(owner);
        this.release(owner);
        if (held) {
          closeEnded(held.socket);
          closed++;
        }
      }
    }
    return closed;
  }

  /** Sockets held for this session (tests, metrics). */
  openFor(sessionId: string): number {
    return this.bySession.get(sessionId)?.size ?? 0;
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [sessionId, until] of this.ended) {
      if (until > now) return;
      this.ended.delete(sessionId);
    }
  }
}

function closeEnded(socket: SessionSocket): void {
  socket.close(SESSION_ENDED_CLOSE_CODE, SESSION_ENDED_REASON);
}
