import { Redis } from 'ioredis';

/**
 * A Redis client for what a request or a socket waits on (rate-limit counters, socket places): it fails fast rather
 * than queue, so a command waits at most 500 ms and the caller falls back, and a connection error reaches `warn`
 * at most once a minute.
 */
export function failFastRedis(url: string, warn: (error: Error) => void): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: 500 });
  let lastError = 0;
  redis.on('error', (error: Error) => {
    if (Date.now() - lastError < 60_000) return;
    lastError = Date.now();
    warn(error);
  });
  return redis;
}
