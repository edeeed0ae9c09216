import type { Redis } from 'ioredis';
import type { RateLimitStore, WindowCount } from './rate-limit.store';

// One round trip, atomic across instances: count the hit, open the window on the first one. The PTTL check
// also repairs a key left without expiry (INCR after an expiry raced), so no counter lives forever.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

type RedisWithHit = Redis & { bulwarkRateHit(key: string, windowMs: number): Promise<[number, number]> };

/** Counters in Redis, so every instance behind a load balancer draws on one budget. */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: RedisWithHit;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    redis.defineCommand('bulwarkRateHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    this.redis = redis as RedisWithHit;
  }

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const [count, ttl] = await this.redis.bulwarkRateHit(`${this.prefix}${key}`, windowMs);
    return { count: Number(count), resetInMs: Number(ttl) };
  }

  close(): Promise<void> {
    this.redis.disconnect();
    return Promise.resolve();
  }
}
