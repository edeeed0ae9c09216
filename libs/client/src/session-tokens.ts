import type { SessionStore, StoredSession } from './bulwark-types';
import { BulwarkError } from './errors';

/** A session as login, completeSignIn and refreshSession issue it. */
export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

export interface SessionTokensOptions {
  /** Trades a refresh token for a new session (refreshSession, sent without credentials). */
  renew: (refreshToken: string) => Promise<IssuedSession>;
  /** Where the session is kept: shared with other clients, or this client's alone (memorySessionStore). */
  store: SessionStore;
  /** Told after the store of every session saved, and of null when it ended. */
  onSession?: (session: StoredSession | null) => void | Promise<void>;
  /** Milliseconds since the epoch; Date.now by default. */
  now?: () => number;
}

/** Renew this long before the access token expires, or half its lifetime for servers with short-lived tokens. */
const RENEW_MARGIN_MS = 60_000;

/** One client's session, kept in memory: what `session` and `onSession` need without a shared store. */
export function memorySessionStore(initial?: StoredSession): SessionStore {
  let current = initial ? { ...initial } : null;
  return {
    load: () => Promise.resolve(current),
    save: (session) => {
      current = session;
      return Promise.resolve();
    },
  };
}

/**
 * The signed-in session's tokens. A refresh token works once and a second use ends the whole session, so one
 * renewal runs at a time (in this client, and under the store's `exclusive` among its users) with the newest
 * refresh token in the store, and every caller waiting on it gets its result.
 */
export class SessionTokens {
  private access: { token: string; renewAt: number } | undefined;
  private stored: StoredSession | undefined;
  private loading: Promise<void> | undefined;
  private renewing: Promise<string> | undefined;

  constructor(private readonly options: SessionTokensOptions) {}

  /** Whether there is a session to use (the store read first). */
  async active(): Promise<boolean> {
    await this.load();
    return this.stored !== undefined;
  }

  async adopt(issued: IssuedSession): Promise<void> {
    this.take(issued, true);
    await this.save({ ...issued });
  }

  /** The access token to send, renewed first when it is close to expiry; undefined without a session. */
  async accessToken(): Promise<string | undefined> {
    if (this.renewing) return this.renewing;
    await this.load();
    if (!this.stored) return undefined;
    if (this.access && this.now() < this.access.renewAt) return this.access.token;
    return this.renew();
  }

  /** The server refused `rejected` as expired (a clock apart from the server's): renew, unless a renewal already replaced it. */
  async renewAfterRejection(rejected: string | undefined): Promise<string | undefined> {
    if (this.renewing) return this.renewing;
    if (!this.stored) return undefined;
    if (this.access && this.access.token !== rejected) return this.access.token;
    return this.renew();
  }

  /** Forgets the session (signed out, or ended by the server) and saves null. */
  async end(): Promise<void> {
    this.access = undefined;
    this.stored = undefined;
    await this.save(null);
  }

  /** The first request starts from the store's session, unless a sign-in came first. */
  private load(): Promise<void> {
    this.loading ??= this.options.store.load().then(
      (stored) => {
        if (stored && !this.stored) this.take(stored);
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  private renew(): Promise<string> {
    const replacing = this.access?.token;
    const { store } = this.options;
    const work = () => this.renewNewest(replacing);
    this.renewing ??= (store.exclusive ? store.exclusive(work) : work()).finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  /**
   * Runs inside the store's `exclusive`: another user may have renewed meanwhile, which spent the refresh token this
   * client holds. Its access token is taken as it is while it has time left (a renewal counts against the sign-in
   * rate budget), else the newest refresh token is renewed and saved before anyone else may renew.
   */
  private async renewNewest(replacing: string | undefined): Promise<string> {
    const newest = await this.options.store.load();
    if (
      newest?.accessToken &&
      newest.accessToken !== replacing &&
      this.left(newest.accessTokenExpiresAt) > RENEW_MARGIN_MS
    ) {
      this.take(newest);
      return newest.accessToken;
    }
    if (!newest || this.left(newest.refreshTokenExpiresAt) <= 0) {
      await this.end();
      throw new BulwarkError('UNAUTHENTICATED', 'The session has ended. Sign in again.');
    }
    let issued: IssuedSession;
    try {
      issued = await this.options.renew(newest.refreshToken);
    } catch (error) {
      if (error instanceof BulwarkError && error.code === 'UNAUTHENTICATED') await this.end();
      throw error;
    }
    await this.adopt(issued);
    return issued.accessToken;
  }

  /**
   * A token just issued is renewed when 60 s or half its lifetime are left; one from the store, whose lifetime is not
   * known, when 60 s are.
   */
  private take(session: StoredSession, justIssued = false): void {
    this.stored = { ...session };
    const { accessToken, accessTokenExpiresAt } = session;
    if (accessToken === undefined || accessTokenExpiresAt === undefined) {
      this.access = undefined;
      return;
    }
    const expiresAt = Date.parse(accessTokenExpiresAt);
    const margin = justIssued ? Math.min(RENEW_MARGIN_MS, (expiresAt - this.now()) / 2) : RENEW_MARGIN_MS;
    this.access = { token: accessToken, renewAt: expiresAt - margin };
  }

  private async save(session: StoredSession | null): Promise<void> {
    await this.options.store.save(session);
    await this.options.onSession?.(session);
  }

  /** Milliseconds until `iso`; none for a missing or unreadable time. */
  private left(iso: string | undefined): number {
    const at = iso === undefined ? NaN : Date.parse(iso);
    return Number.isNaN(at) ? 0 : at - this.now();
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
