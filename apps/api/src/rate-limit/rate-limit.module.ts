import { Module } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { ROOT_LOGGER } from '@api/logging/root-logger.token';
import { MemoryRateLimitStore } from './memory-rate-limit.store';
import { RATE_LIMIT_STORE, type RateLimitStore } from './rate-limit.store';
import { RateLimiter } from './rate-limiter.service';
import { RedisRateLimitStore } from './redis-rate-limit.store';

function createStore(config: AppConfig, logger: Logger): RateLimitStore {
  if (!config.redisUrl) return new MemoryRateLimitStore();
  // Fail fast rather than queue: a request waits at most commandTimeout for its counter, then passes uncounted.
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: 500 });
  let lastError = 0;
  redis.on('error', (error: Error) => {
    if (Date.now() - lastError < 60_000) return;
    lastError = Date.now();
    logger.warn({ err: error, component: 'rate-limit' }, 'redis connection error');
  });
  return new RedisRateLimitStore(redis, config.rateLimit.redisPrefix);
}

/** Rate limits: the limiter and its store (memory, or Redis when REDIS_URL is set). The guard is global (app.module.ts). */
@Module({
  providers: [{ provide: RATE_LIMIT_STORE, inject: [APP_CONFIG, ROOT_LOGGER], useFactory: createStore }, RateLimiter],
  exports: [RateLimiter],
})
export class RateLimitModule {}
