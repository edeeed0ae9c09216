import { Inject, Injectable } from '@nestjs/common';
import { AppError, unauthenticated } from '@api/common/app-errors';
import { InFlight } from '@api/common/in-flight';
import type { RequestViewer, ViewerCarrier } from './request-viewer';
import { ApiKeyStrategy } from './strategies/api-key.strategy';
import { JwtStrategy } from './strategies/jwt.strategy';
import { ViewerAuthenticator } from './viewer-authenticator';
import { ViewerRepository } from './viewer.repository';

/** A session's viewer as read, and until when (ms since the epoch) its session lasts if nothing about it changes. */
interface HeldViewer {
  readonly viewer: RequestViewer;
  readonly until: number;
}

/** A subscriber's credential, verified once: `current()` says who it belongs to now. */
export interface StandingCredential {
  /** The same for every subscription on one session, one API key, or anonymous: they share one re-read. */
  readonly key: string;
  /**
   * Who it belongs to now. Given the standing generation read just before (`StandingCredentials.generation`), a
   * session's viewer read at that same generation is given again without a read, until the session expires.
   */
  current(generation?: string): Promise<RequestViewer | null>;
  /**
   * What `current(generation)` would give without reading anything, when that is known at once (a session's viewer
   * still held at this generation, or anonymous); undefined when it has to read.
   */
  held(generation: string): RequestViewer | null | undefined;
  /** True once a bearer token is past its `exp`: known without asking the database. */
  expired(): boolean;
}

export function tokenExpired(): AppError {
  return new AppError(unauthenticated().code, 'This access token has expired. Refresh the session.', {
    reason: 'TOKEN_EXPIRED',
  });
}

/**
 * For a subscription, which is checked again before every push (R17). The signature of its token is verified
 * once (by the guard, or here); each later check re-reads the session, user and organization exactly as the
 * strategies do, and honours the token's expiry, without verifying the same signature ten thousand times per event.
 * A session's check is skipped while the standing generation has not moved since its last read and the session
 * has time left: nothing it is made of can have changed. An API key is re-read at every check.
 */
@Injectable()
export class StandingCredentials {
  /**
   * Checks in flight, by session or key: the subscriptions one person or partner system holds, woken by the same
   * event, share one re-read. Only while it runs: the next wake reads afresh.
   */
  private readonly checks = new InFlight<string, RequestViewer>();
  /** The same for sessions, by generation and session. */
  private readonly sessionChecks = new InFlight<string, HeldViewer>();

  constructor(
    @Inject(ViewerAuthenticator) private readonly authenticator: ViewerAuthenticator,
    private readonly jwt: JwtStrategy,
    private readonly apiKeys: ApiKeyStrategy,
    private readonly viewers: ViewerRepository,
  ) {}

  async hold(carrier: ViewerCarrier): Promise<StandingCredential> {
    const verified = carrier.viewer ?? (await this.authenticator.authenticate(carrier));
    if (!verified)
      return { key: 'anonymous', current: () => Promise.resolve(null), held: () => null, expired: () => false };
    if (verified.kind === 'API_KEY') {
      const apiKey = String(carrier.headers['x-api-key']);
      const key = `key:${apiKey}`;
      return {
        key,
        current: () => this.checks.run(key, () => this.apiKeys.validate(apiKey)),
        held: () => undefined,
        expired: () => false,
      };
    }
    const claims = { sub: verified.userId, sid: verified.sessionId };
    const expiresAt = bearerExpiry(carrier.headers.authorization);
    // As the verifier: expired from the second of `exp` on.
    const expired = () => Math.floor(Date.now() / 1000) >= expiresAt;
    const key = `session:${claims.sid}:${claims.sub}`;
    let kept: (HeldViewer & { generation: string }) | null = null;
    const held = (generation: string): RequestViewer | undefined =>
      kept && kept.generation === generation && Date.now() < kept.until && !expired() ? kept.viewer : undefined;
    const current = async (generation?: string): Promise<RequestViewer> => {
      if (expired()) throw tokenExpired();
      const viewer = generation === undefined ? undefined : held(generation);
      if (viewer) return viewer;
      kept = null;
      // Keyed by generation too: a read begun before the generation moved must not be taken as one made after.
      const read = await this.sessionChecks.run(`${generation ?? 'fresh'}|${key}`, async () => {
        const askedAt = Date.now();
        const { viewer, validForMs } = await this.jwt.standing(claims);
        return { viewer, until: askedAt + validForMs };
      });
      if (generation !== undefined) kept = { ...read, generation };
      return read.viewer;
    };
    return { key, current, held, expired };
  }

  /** The standing generation now: read it before the viewers it is to vouch for (ViewerRepository). */
  generation(): Promise<string> {
    return this.viewers.standingGeneration();
  }
}

/** `exp` of a bearer token whose signature has already been verified. */
function bearerExpiry(authorization: string | undefined): number {
  const payload = authorization?.split(' ')[1]?.split('.')[1] ?? '';
  const exp: unknown = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
  if (typeof exp !== 'number') throw unauthenticated('This access token is not valid.');
  return exp;
}
