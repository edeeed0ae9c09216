import { Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { failFastRedis } from '@api/common/fail-fast-redis';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { ROOT_LOGGER } from '@api/logging/root-logger.token';
import { MemoryRateLimitStore } from './memory-rate-limit.store';
import { RATE_LIMIT_STORE, type RateLimitStore } from './rate-limit.store';
import { RateLimiter } from './rate-limiter.service';
import { RedisRateLimitStore } from './redis-rate-limit.store';

function createStore(config: AppConfig, logger: Logger): RateLimitStore {
  if (!config.redisUrl) return new MemoryRateLimitStore();
  // A request waits at most the client's command timeout for its counter, then passes uncounted.
  const redis = failFastRedis(config.redisUrl, (error) =>
    logger.warn({ err: error, component: 'rate-limit' }, 'redis connection error'),
  );
  return new RedisRateLimitStore(redis, config.rateLimit.redisPrefix);
}

/** Rate limits: the limiter and its store (memory, or Redis when REDIS_URL is set). The guard is global (app.module.ts). */
@Module({
  providers: [{ provide: RATE_LIMIT_STORE, inject: [APP_CONFIG, ROOT_LOGGER], useFactory: createStore }, RateLimiter],
  exports: [RateLimiter],
})
export class RateLimitModule {}
