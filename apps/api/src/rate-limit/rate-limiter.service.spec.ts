import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '@api/config/load-config';
import { MemoryRateLimitStore } from './memory-rate-limit.store';
import type { RateLimitStore } from './rate-limit.store';
import { RateLimitedError } from './rate-limited.error';
import { RateLimiter } from './rate-limiter.service';

const logger = pino({ level: 'silent' });

function limiter(env: Record<string, string>, store: RateLimitStore = new MemoryRateLimitStore()): RateLimiter {
  return new RateLimiter(loadConfig(env, []), store, logger);
}

describe('RateLimiter', () => {
  it('allows up to the limit, then refuses with the seconds left in the window', async () => {
    const rates = limiter({ SIGN_IN_LIMIT_PER_EMAIL: '2', RATE_LIMIT_WINDOW_SECONDS: '30' });
    expect(await rates.consume('sign-in-email', 'e')).toEqual({ allowed: true });
    expect(await rates.consume('sign-in-email', 'e')).toEqual({ allowed: true });
    expect(await rates.consume('sign-in-email', 'e')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(await rates.consume('sign-in-email', 'other')).toEqual({ allowed: true });
    expect(await rates.consume('viewer', 'e')).toEqual({ allowed: true });
    await expect(rates.enforce('sign-in-email', 'e')).rejects.toBeInstanceOf(RateLimitedError);
    await rates.onModuleDestroy();
  });

  it('turns a limit off at 0', async () => {
    const rates = limiter({ RATE_LIMIT_PER_ADDRESS: '0' });
    for (let i = 0; i < 50; i++) expect((await rates.consume('address', 'a')).allowed).toBe(true);
    await rates.onModuleDestroy();
  });

  it('lets requests through when the store fails, rather than failing the API', async () => {
    const broken: RateLimitStore = {
      hit: () => Promise.reject(new Error('redis down')),
      close: () => Promise.resolve(),
    };
    expect(await limiter({ SIGN_IN_LIMIT_PER_EMAIL: '1' }, broken).consume('sign-in-email', 'e')).toEqual({
      allowed: true,
    });
  });

  it('words RATE_LIMITED with retryAfterSeconds, and asks HTTP for 429 with Retry-After', () => {
    const error = new RateLimitedError(7);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.details).toEqual({ retryAfterSeconds: 7 });
    expect(error.extensions.http.status).toBe(429);
    expect(error.extensions.http.headers.get('retry-after')).toBe('7');
  });
});
