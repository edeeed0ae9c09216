import { ApiError, apiErrorFromBody, networkError } from '@web/api/api-error';

/** Read from document.cookie and echoed in X-CSRF-Token; the refresh token itself is an httpOnly cookie. */
export const CSRF_COOKIE = 'bulwark_csrf';
/** Renew this long before the access token expires. */
const RENEW_MARGIN_MS = 60_000;
const REFRESH_LOCK = 'bulwark-session-refresh';

export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

interface AccessToken {
  readonly token: string;
  readonly expiresAt: number;
}

interface TokenAnswer {
  accessToken: string;
  accessTokenExpiresAt: string;
}

export type SecondFactorMethod = 'TOTP' | 'WEBAUTHN' | 'RECOVERY_CODE';

/** The password was right and a second step is due: what POST /auth/session answers instead of a token. */
export interface SecondFactorChallenge {
  readonly challengeToken: string;
  readonly expiresAt: string;
  /** The factors this person has; empty when they must enrol one first. */
  readonly methods: readonly SecondFactorMethod[];
  readonly enrolmentRequired: boolean;
}

/** Exactly one proof for the second step. */
export interface SecondFactorProof {
  readonly totpCode?: string;
  readonly recoveryCode?: string;
  /** The passkey's AuthenticationResponseJSON, as JSON text. */
  readonly webauthnResponse?: string;
}

type SignInAnswer = TokenAnswer | { secondFactor: SecondFactorChallenge };

/** A session the server has issued (its cookies are set) that the page has not entered yet. */
export interface PendingSession {
  /** Signs the page in: from now on it is signed in, as after any sign-in. */
  enter(): void;
}

type EnrolledAnswer = TokenAnswer & { recoveryCodes: string[] };

/** A first factor enrolled at sign-in: the recovery codes to show once, then the session to enter. */
export interface Enrolled {
  readonly recoveryCodes: readonly string[];
  readonly session: PendingSession;
}

export interface BrowserSessionDeps {
  readonly fetch: typeof fetch;
  readonly readCookies: () => string;
  readonly now: () => number;
  /** Serialises renewals across tabs: two tabs spending one refresh token would end the session. */
  readonly withLock: <T>(name: string, task: () => Promise<T>) => Promise<T>;
}

function browserDeps(): BrowserSessionDeps {
  return {
    fetch: (...args) => window.fetch(...args),
    readCookies: () => document.cookie,
    now: () => Date.now(),
    withLock: (name, task) =>
      typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request(name, task) : task(),
  };
}

export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * The signed-in browser session. The access token lives only in this object's memory; the server keeps the
 * refresh token in an httpOnly cookie and rotates it on every renewal. A reload renews from the cookie.
 */
export class BrowserSession {
  private access: AccessToken | null = null;
  private renewing: Promise<AccessToken | null> | null = null;
  private renewTimer: ReturnType<typeof setTimeout> | null = null;
  private currentStatus: SessionStatus = 'unknown';
  private endedReason: string | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: BrowserSessionDeps = browserDeps()) {}

  get status(): SessionStatus {
    return this.currentStatus;
  }

  /** Why the last session ended, when it was not the reader's own sign-out. */
  get endReason(): string | null {
    return this.endedReason;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** On page load: renew from the refresh cookie, if there is one. */
  async resume(): Promise<SessionStatus> {
    if (!readCookie(this.deps.readCookies(), CSRF_COOKIE)) {
      this.setStatus('signed-out');
      return this.currentStatus;
    }
    try {
      await this.renew();
    } catch {
      // Unreachable or failing at load: the sign-in page says so when the reader tries; never a blank wait.
      this.setStatus('signed-out');
    }
    return this.currentStatus;
  }

  /** The first step: signed in (null), or the second step that is due. */
  async signIn(email: string, password: string): Promise<SecondFactorChallenge | null> {
    const answer = await this.post<SignInAnswer>('/auth/session', { email, password });
    this.endedReason = null;
    if ('secondFactor' in answer) return answer.secondFactor;
    this.accept(answer);
    return null;
  }

  /** The second step: a code, a recovery code or a passkey's answer for the challenge of the first. */
  async completeSecondFactor(challengeToken: string, proof: SecondFactorProof): Promise<void> {
    const answer = await this.post<TokenAnswer>('/auth/session/second-factor', { challengeToken, ...proof });
    this.endedReason = null;
    this.accept(answer);
  }

  /** A passwordless sign-in: a passkey's answer to the challenge of beginPasskeySignIn. */
  async signInWithPasskey(challengeToken: string, response: string): Promise<void> {
    const answer = await this.post<TokenAnswer>('/auth/session/passkey', { challengeToken, response });
    this.endedReason = null;
    this.accept(answer);
  }

  /**
   * The end of a forced enrolment: the authenticator app's first code under the enrolment challenge. The server
   * signs in (cookies set) and gives the recovery codes; the page enters the session once they are saved.
   */
  async enrolAuthenticatorApp(challengeToken: string, code: string): Promise<Enrolled> {
    return this.enrolled(await this.post<EnrolledAnswer>('/auth/session/enrolment/totp', { challengeToken, code }));
  }

  /** The end of a forced enrolment with a passkey: its registration response, verified and stored by the server. */
  async enrolPasskey(challengeToken: string, name: string, response: string): Promise<Enrolled> {
    return this.enrolled(
      await this.post<EnrolledAnswer>('/auth/session/enrolment/passkey', { challengeToken, name, response }),
    );
  }

  private enrolled(answer: EnrolledAnswer): Enrolled {
    this.endedReason = null;
    const { recoveryCodes, ...tokens } = answer;
    return { recoveryCodes, session: { enter: () => void this.accept(tokens) } };
  }

  async signOut(): Promise<void> {
    this.clear();
    try {
      await this.post('/auth/session/logout', {});
    } finally {
      this.endedReason = null;
      this.setStatus('signed-out');
    }
  }

  /** A valid access token, renewed first when it is about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    if (this.access && this.access.expiresAt - this.deps.now() > RENEW_MARGIN_MS / 2) return this.access.token;
    if (this.currentStatus === 'signed-out') return null;
    const renewed = await this.renew();
    return renewed?.token ?? null;
  }

  /** The server refused our token (session revoked, user deactivated): try one renewal, else sign out. */
  async recoverFromRejectedToken(): Promise<boolean> {
    this.access = null;
    try {
      return (await this.renew()) !== null;
    } catch {
      return false;
    }
  }

  /** Renews once however many callers ask at the same time. */
  renew(): Promise<AccessToken | null> {
    this.renewing ??= this.deps
      .withLock(REFRESH_LOCK, () => this.post<TokenAnswer>('/auth/session/refresh', {}))
      .then(
        (answer) => this.accept(answer),
        (error: unknown) => {
          if (error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
            this.end('Your session has ended. Sign in again to continue.');
            return null;
          }
          throw error;
        },
      )
      .finally(() => (this.renewing = null));
    return this.renewing;
  }

  private accept(answer: TokenAnswer): AccessToken {
    const access = { token: answer.accessToken, expiresAt: Date.parse(answer.accessTokenExpiresAt) };
    this.access = access;
    this.scheduleRenewal(access);
    this.setStatus('signed-in');
    return access;
  }

  private scheduleRenewal(access: AccessToken): void {
    if (this.renewTimer) clearTimeout(this.renewTimer);
    const delay = Math.max(5_000, access.expiresAt - this.deps.now() - RENEW_MARGIN_MS);
    this.renewTimer = setTimeout(() => void this.renew().catch(() => undefined), delay);
  }

  private end(reason: string): void {
    const wasSignedIn = this.currentStatus === 'signed-in';
    this.clear();
    this.endedReason = wasSignedIn ? reason : null;
    this.setStatus('signed-out');
  }

  private clear(): void {
    this.access = null;
    if (this.renewTimer) clearTimeout(this.renewTimer);
    this.renewTimer = null;
  }

  private setStatus(status: SessionStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    for (const listener of this.listeners) listener();
  }

  private async post<T>(path: string, body: unknown): Promise<T> {
    const csrf = readCookie(this.deps.readCookies(), CSRF_COOKIE);
    let response: Response;
    try {
      response = await this.deps.fetch(path, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
        body: JSON.stringify(body),
      });
    } catch {
      throw networkError();
    }
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) throw apiErrorFromBody(json, response.status, response.headers.get('x-request-id'));
    return json as T;
  }
}
