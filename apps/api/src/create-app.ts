import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import type { DatabaseHandle } from './database/database-handle';
import { mountDevelopmentConsole } from './graphql/development-console';
import { configureHttp } from './http/configure-http';
import { servePortal } from './http/portal-static';
import { PinoNestLogger } from './logging/pino-nest-logger';
import { requestLoggingMiddleware } from './logging/request-logging.middleware';

export interface AppParts {
  readonly config: AppConfig;
  readonly database: DatabaseHandle;
  readonly logger: Logger;
}

/** Builds the application on an open, migrated database, ready to listen. Used by main.ts and by tests alike. */
export async function createApp({ config, database, logger }: AppParts): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, database, logger }), {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    bodyParser: false, // configureHttp registers the JSON parser alone, with the body size limit
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestLoggingMiddleware(logger));
  configureHttp(app, config, logger);
  if (!config.isProduction) mountDevelopmentConsole(app);
  servePortal(app, config.webRoot, logger);
  return app;
}
