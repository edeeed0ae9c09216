import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createClient, type Client as WsClient } from 'graphql-ws';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import WebSocket from 'ws';
import type { AppConfig } from '@api/config/app-config';
import { loadConfig } from '@api/config/load-config';
import { createApp } from '@api/create-app';
import type { DatabaseHandle } from '@api/database/database-handle';
import { createRootLogger } from '@api/logging/root-logger';
import { GraphqlHttpClient } from './graphql-http-client';
import { freshDatabase, TEST_DEMO_PASSWORD } from './test-database';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly config: AppConfig;
  readonly dataSource: DataSource;
  /** The database the app runs on; pass it to another startTestApp to restart on the same data. */
  readonly database: DatabaseHandle;
  readonly engine: 'pglite' | 'postgres';
  readonly url: string;
  readonly gql: GraphqlHttpClient;
  readonly demoPassword: string;
  /** A graphql-ws client on this app; closed with the app. */
  ws(connectionParams?: Record<string, unknown>): WsClient;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Boot on this database (another app's, closed with keepDatabase) instead of a fresh copy: a restart. */
  database?: DatabaseHandle;
  /** Leave the database open on close(), for a next app to start on. */
  keepDatabase?: boolean;
}

/**
 * Boots the real application, on a fresh copy of the prepared database (PGlite, or PostgreSQL when
 * TEST_DATABASE_URL is set), listening on a free loopback port.
 */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
      PORT: '0',
      // Mail written to files (no SMTP_URL) stays out of the checkout.
      MAIL_DIR: join(tmpdir(), 'bulwark-test-mail'),
      ...env,
    },
    [],
  );
  const database =
    options.database ?? (await freshDatabase(inject('preparedDatabase'), config.databaseStatementTimeoutMs));
  const app = await createApp({ config, database, logger: createRootLogger(config.logLevel) });
  await app.listen(config.port, '127.0.0.1');
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('test app has no port');
  const url = `http://127.0.0.1:${address.port}`;
  const sockets: WsClient[] = [];
  return {
    app,
    config,
    dataSource: database.dataSource,
    database,
    engine: database.engine,
    url,
    gql: new GraphqlHttpClient(`${url}/graphql`),
    demoPassword: TEST_DEMO_PASSWORD,
    ws(connectionParams = {}) {
      const client = createClient({
        url: `ws://127.0.0.1:${address.port}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: true,
      });
      sockets.push(client);
      return client;
    },
    async close() {
      await Promise.all(sockets.map(async (socket) => socket.dispose()));
      await app.close();
      if (!options.keepDatabase) await database.close();
    },
  };
}
