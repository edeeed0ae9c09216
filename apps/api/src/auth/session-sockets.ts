import { Injectable } from '@nestjs/common';

/** The code a socket is closed with when its credential ends: graphql-ws clients treat 4403 as final (no retry). */
export const SESSION_ENDED_CLOSE_CODE = 4403;
export const SESSION_ENDED_REASON = 'Session ended';
export const API_KEY_ENDED_REASON = 'API key revoked or its organization deactivated';

/**
 * How long an ended credential is remembered: longer than a socket can take between reading it (still valid) and
 * being registered here, which includes a Redis round trip for the connection caps.
 */
const REMEMBER_ENDED_MS = 60_000;

export interface SessionSocket {
  readonly readyState: number;
  readonly OPEN: number;
  close(code: number, reason: string): void;
}

interface Held {
  readonly credentialId: string;
  readonly socket: SessionSocket;
  /** The close frame's reason when the credential ends. */
  readonly reason: string;
}

/**
 * This instance's open graphql-ws sockets by the credential they signed in with (a session's id, or an API key's),
 * so that ending a session or revoking a key closes them at once (SessionEndings) rather than leaving them open,
 * refused only at their next push. A socket admitted just as its credential ended may be registered after the news
 * arrived: ended credentials are remembered for a while, and such a socket is closed as it registers.
 */
@Injectable()
export class SessionSockets {
  /** Owner (graphql-ws `extra`) to its socket. */
  private readonly held = new Map<object, Held>();
  private readonly byCredential = new Map<string, Set<object>>();
  /** Credential id to when it may be forgotten; in insertion order, which is expiry order. */
  private readonly ended = new Map<string, number>();

  /**
   * Registers `owner`'s socket under its credential; false (and the socket closed) when that credential has ended.
   * `reason` is the close frame's when it ends.
   */
  hold(owner: object, credentialId: string, socket: SessionSocket, reason = SESSION_ENDED_REASON): boolean {
    this.forgetExpired();
    if (this.ended.has(credentialId)) {
      socket.close(SESSION_ENDED_CLOSE_CODE, reason);
      return false;
    }
    // Closed while it was being admitted: onClose has run already and would never release it.
    if (socket.readyState !== socket.OPEN) return false;
    this.release(owner);
    this.held.set(owner, { credentialId, socket, reason });
    let owners = this.byCredential.get(credentialId);
    if (!owners) this.byCredential.set(credentialId, (owners = new Set()));
    owners.add(owner);
    return true;
  }

  /** When the socket closes; safe for one never held, and more than once. */
  release(owner: object): void {
    const held = this.held.get(owner);
    if (!held) return;
    this.held.delete(owner);
    const owners = this.byCredential.get(held.credentialId);
    owners?.delete(owner);
    if (owners?.size === 0) this.byCredential.delete(held.credentialId);
  }

  /**
   * Closes every socket of these sessions or API keys (code 4403) and remembers them as ended; how many sockets it
   * closed.
   */
  end(credentialIds: readonly string[]): number {
    this.forgetExpired();
    const until = Date.now() + REMEMBER_ENDED_MS;
    let closed = 0;
    for (const credentialId of new Set(credentialIds)) {
      this.ended.delete(credentialId);
      this.ended.set(credentialId, until);
      for (const owner of this.byCredential.get(credentialId) ?? []) {
        const held = this.held.get(owner);
        this.release(owner);
        if (held) {
          held.socket.close(SESSION_ENDED_CLOSE_CODE, held.reason);
          closed++;
        }
      }
    }
    return closed;
  }

  /** Sockets held for this session or API key (tests, metrics). */
  openFor(credentialId: string): number {
    return this.byCredential.get(credentialId)?.size ?? 0;
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [credentialId, until] of this.ended) {
      if (until > now) return;
      this.ended.delete(credentialId);
    }
  }
}
