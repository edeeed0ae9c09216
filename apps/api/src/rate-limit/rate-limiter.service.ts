import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { ROOT_LOGGER } from '@api/logging/root-logger.token';
import { RATE_LIMIT_STORE, type RateLimitStore } from './rate-limit.store';
import { RateLimitedError } from './rate-limited.error';

/** The budgets: every GraphQL request per client address and per signed-in viewer; sign-ins more strictly. */
export type RateBucket = 'address' | 'viewer' | 'sign-in-address' | 'sign-in-email';

export type RateVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

const ALLOWED: RateVerdict = { allowed: true };
const STORE_WARNING_INTERVAL_MS = 60_000;

@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly limits: Record<RateBucket, number>;
  private readonly windowMs: number;
  private readonly logger: Logger;
  private lastStoreWarning = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    const { rateLimit } = config;
    this.windowMs = rateLimit.windowSeconds * 1000;
    this.limits = {
      address: rateLimit.perAddress,
      viewer: rateLimit.perViewer,
      'sign-in-address': rateLimit.signInPerAddress,
      'sign-in-email': rateLimit.signInPerEmail,
    };
    this.logger = logger.child({ component: 'rate-limit' });
  }

  /**
   * Counts one hit on `key`'s budget. When the store fails (Redis down) the request goes through and a
   * warning is logged: an outage of the counter must not become an outage of the API.
   */
  async consume(bucket: RateBucket, key: string): Promise<RateVerdict> {
    const limit = this.limits[bucket];
    if (limit === 0) return ALLOWED;
    let count: number;
    let resetInMs: number;
    try {
      ({ count, resetInMs } = await this.store.hit(`${bucket}:${key}`, this.windowMs));
    } catch (error) {
      this.warnStoreFailure(error);
      return ALLOWED;
    }
    if (count <= limit) return ALLOWED;
    if (count === limit + 1) this.logger.warn({ bucket }, 'rate limit reached');
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(resetInMs / 1000)) };
  }

  /** Like consume(), but throws RATE_LIMITED over the limit. */
  async enforce(bucket: RateBucket, key: string): Promise<void> {
    const verdict = await this.consume(bucket, key);
    if (!verdict.allowed) throw new RateLimitedError(verdict.retryAfterSeconds);
  }

  onModuleDestroy(): Promise<void> {
    return this.store.close();
  }

  private warnStoreFailure(error: unknown): void {
    const now = Date.now();
    if (now - this.lastStoreWarning < STORE_WARNING_INTERVAL_MS) return;
    this.lastStoreWarning = now;
    this.logger.warn({ err: error }, 'rate-limit store unavailable; requests pass uncounted');
  }
}
