import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { SessionSockets } from './session-sockets';

const CHANNEL = 'bulwark:sessions-ended';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * "These sessions (or API keys) have ended": closes their open sockets on this instance at once and, with
 * REDIS_URL, on every other instance through Redis pub/sub. Every path that revokes sessions or keys calls
 * `announce` after its transaction commits (logout, ending sessions, a second-factor reset, deactivation of a user
 * or an organization, a refresh token's reuse, revoking or rotating a key without grace). A lost notice leaves a
 * socket open but useless: every operation and push on it re-reads its credential (R8, R17).
 */
@Injectable()
export class SessionEndings implements OnModuleInit, OnModuleDestroy {
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;
  private readonly logger = new Logger(SessionEndings.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sockets: SessionSockets,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.redisUrl) return;
    this.publisher = new Redis(this.config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(this.config.redisUrl, { lazyConnect: true });
    for (const client of [this.publisher, this.subscriber])
      client.on('error', (error: Error) => this.logger.warn(`redis: ${error.message}`));
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]).catch((error: Error) => {
      // The URL may hold a password: name the host only.
      throw new Error(`Cannot connect to Redis at ${new URL(this.config.redisUrl ?? '').host}: ${error.message}`);
    });
    this.subscriber.on('message', (_channel: string, message: string) => this.sockets.end(sessionIdsIn(message)));
    await this.subscriber.subscribe(CHANNEL);
  }

  async onModuleDestroy(): Promise<void> {
    for (const client of [this.publisher, this.subscriber]) await client?.quit().catch(() => undefined);
  }

  /** Call once the transaction that revoked these sessions or API keys has committed. */
  announce(credentialIds: readonly string[]): void {
    if (credentialIds.length === 0) return;
    this.sockets.end(credentialIds);
    this.publisher
      ?.publish(CHANNEL, JSON.stringify(credentialIds))
      .catch((error: Error) => this.logger.warn(`redis publish: ${error.message}`));
  }
}

/** The session and key ids of a notice; nothing from a message that is not one of ours. */
function sessionIdsIn(message: string): string[] {
  try {
    const parsed: unknown = JSON.parse(message);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string' && UUID.test(id)) : [];
  } catch {
    return [];
  }
}
