import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { ROOT_LOGGER } from '@api/logging/root-logger.token';
import { quietClientFaults } from './socket-client-faults';

interface WebSocketServerShape {
  options?: { maxPayload?: number };
  on?(event: 'connection', listener: (socket: Parameters<typeof quietClientFaults>[0]) => void): unknown;
}

/**
 * Caps one graphql-ws message at the HTTP body limit (ws allows 100 MiB by default; over the cap the socket
 * closes with 1009, logged as a client's fault: socket-client-faults.ts). Nest creates the WebSocket server without
 * options and keeps it private, so this reaches in once at boot; if Nest's shape changes the cap is missing, a
 * warning says so, and a test fails.
 */
@Injectable()
export class SocketPayloadLimit implements OnApplicationBootstrap {
  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const graphql = this.moduleRef.get(GraphQLModule, { strict: false });
    const driver = graphql.graphQlAdapter as unknown as { _subscriptionService?: { wss?: WebSocketServerShape } };
    const wss = driver._subscriptionService?.wss;
    if (!wss?.options) {
      this.logger.warn('WebSocket message size is not capped: the graphql-ws server was not found');
      return;
    }
    wss.options.maxPayload = this.config.http.bodyLimitBytes;
    const logger = this.logger.child({ component: 'websocket' });
    wss.on?.('connection', (socket) => quietClientFaults(socket, logger));
  }
}
