import type { Redis } from 'ioredis';

/** One socket's place: its member name and the budgets (viewer, address) it counts in. */
export interface SocketPlace {
  readonly member: string;
  readonly budgets: readonly string[];
}

/** Where the places of every instance are counted (Redis), so a cap holds across instances. */
export interface SharedSocketPlaces {
  /** How long a place lasts unless renewed: the longest a vanished instance's places stay taken. */
  readonly leaseMs: number;
  /** Takes a place in every budget, each under its cap, or in none. */
  take(member: string, budgets: readonly { key: string; cap: number }[]): Promise<boolean>;
  /** Extends the lease of these places; re-adds one whose lease lapsed (say, while Redis was unreachable). */
  renew(places: readonly SocketPlace[]): Promise<void>;
  give(places: readonly SocketPlace[]): Promise<void>;
  close(): Promise<void>;
}

// Redis's clock, not the instances': leases from instances with skewed clocks still expire in order.
const NOW = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
`;

// A key lives as long as its longest lease, so a budget nobody holds disappears.
const KEEP_KEY = `
local function hold(key, member, expiry, lease)
  redis.call('ZADD', key, expiry, member)
  if redis.call('PTTL', key) < lease then redis.call('PEXPIRE', key, lease) end
end
`;

// KEYS: the budgets; ARGV: member, lease in ms, then each budget's cap. All budgets or none.
const TAKE_SCRIPT = `${NOW}${KEEP_KEY}
local member, lease = ARGV[1], tonumber(ARGV[2])
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  if not redis.call('ZSCORE', key, member) and redis.call('ZCARD', key) >= tonumber(ARGV[i + 2]) then return 0 end
end
for _, key in ipairs(KEYS) do hold(key, member, now + lease, lease) end
return 1
`;

// KEYS[i] holds member ARGV[i + 1]; ARGV[1]: lease in ms.
const RENEW_SCRIPT = `${NOW}${KEEP_KEY}
local lease = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do hold(key, ARGV[i + 1], now + lease, lease) end
return #KEYS
`;

/** Key/member pairs per renewal call: one script should not hold Redis for long. */
const RENEW_BATCH = 500;

type RedisWithScripts = Redis & {
  bulwarkSocketTake(numberOfKeys: number, ...keysAndArgs: (string | number)[]): Promise<number>;
  bulwarkSocketRenew(numberOfKeys: number, ...keysAndArgs: (string | number)[]): Promise<number>;
};

/**
 * The places in Redis: one sorted set per budget (`<prefix>viewer:user:<id>`, `<prefix>address:<ip>`), members
 * `<instance>:<socket>`, scored by lease expiry. Budget keys hold ids and addresses, never a credential.
 * The scripts touch several keys at once: a single Redis (or one hash slot), not a Redis Cluster.
 */
export class RedisSocketPlaces implements SharedSocketPlaces {
  private readonly redis: RedisWithScripts;

  constructor(
    redis: Redis,
    private readonly prefix: string,
    readonly leaseMs: number,
  ) {
    redis.defineCommand('bulwarkSocketTake', { lua: TAKE_SCRIPT });
    redis.defineCommand('bulwarkSocketRenew', { lua: RENEW_SCRIPT });
    this.redis = redis as RedisWithScripts;
  }

  async take(member: string, budgets: readonly { key: string; cap: number }[]): Promise<boolean> {
    const keys = budgets.map((budget) => this.prefix + budget.key);
    const caps = budgets.map((budget) => budget.cap);
    return (await this.redis.bulwarkSocketTake(keys.length, ...keys, member, this.leaseMs, ...caps)) === 1;
  }

  async renew(places: readonly SocketPlace[]): Promise<void> {
    const pairs = places.flatMap((place) => place.budgets.map((budget) => [this.prefix + budget, place.member]));
    for (let start = 0; start < pairs.length; start += RENEW_BATCH) {
      const batch = pairs.slice(start, start + RENEW_BATCH);
      await this.redis.bulwarkSocketRenew(
        batch.length,
        ...batch.map(([key]) => key),
        this.leaseMs,
        ...batch.map(([, member]) => member),
      );
    }
  }

  async give(places: readonly SocketPlace[]): Promise<void> {
    if (places.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const place of places) for (const budget of place.budgets) pipeline.zrem(this.prefix + budget, place.member);
    await pipeline.exec();
  }

  async close(): Promise<void> {
    // quit() waits for the commands already sent (the last releases); disconnect() if Redis does not answer.
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
