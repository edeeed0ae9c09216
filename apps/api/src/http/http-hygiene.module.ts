import { Logger, Module } from '@nestjs/common';
import { failFastRedis } from '@api/common/fail-fast-redis';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { RedisSocketPlaces } from './redis-socket-places';
import { SocketConnectionCounter } from './socket-connection-counter';
import { SocketPayloadLimit } from './socket-payload-limit';

/** The WebSocket caps: in this process, or across instances through Redis when REDIS_URL is set. */
function createSocketConnectionCounter(config: AppConfig): SocketConnectionCounter {
  const { maxSocketsPerViewer, maxSocketsPerAddress } = config.http;
  if (!config.redisUrl)
    return new SocketConnectionCounter(maxSocketsPerViewer, maxSocketsPerAddress, config.trustProxy);
  // An admission waits at most the client's command timeout, then falls back to this process's count.
  const logger = new Logger('WebSocketCaps');
  const redis = failFastRedis(config.redisUrl, (error) => logger.warn(`redis connection error: ${error.message}`));
  return new SocketConnectionCounter(
    maxSocketsPerViewer,
    maxSocketsPerAddress,
    config.trustProxy,
    new RedisSocketPlaces(redis, config.http.socketRedisPrefix, config.http.socketLeaseMs),
  );
}

/** What of HTTP hygiene needs the container; the Express side is set up in configure-http.ts. */
@Module({
  providers: [
    SocketPayloadLimit,
    // A provider, so that Nest's shutdown gives this instance's places back (SocketConnectionCounter.onModuleDestroy).
    { provide: SocketConnectionCounter, inject: [APP_CONFIG], useFactory: createSocketConnectionCounter },
  ],
  exports: [SocketConnectionCounter],
})
export class HttpHygieneModule {}
