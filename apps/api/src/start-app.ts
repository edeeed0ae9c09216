import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import type { AppConfig } from './config/app-config';
import type { DatabaseHandle } from './database/database-handle';
import { openDatabase } from './database/open-database';
import { seedDemoData } from './database/seed/demo-seed';
import { seedDemoContent } from './database/seed/seed-demo-content';
import { createApp } from './create-app';
import { ShutdownState } from './health/shutdown-state';
import type { StartupPhases } from './logging/startup-phases';

/** Could not start, worded for one line on the console; the database is already closed. */
export class StartError extends Error {
  override readonly name = 'StartError';
}

export interface StartedApp {
  readonly app: NestExpressApplication;
  readonly database: DatabaseHandle;
  readonly demoAccounts: readonly string[];
  readonly shutdown: ShutdownState;
}

export interface StartAppOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly phases: StartupPhases;
  /** Tests only: the PGlite template a new database is made from (default: the built one; null: initdb). */
  readonly pgliteTemplate?: string | null;
}

/**
 * The whole start after configuration: database (migrated), demo data when enabled, the application, listening.
 * On a database that already holds everything, it writes nothing (see start-app.int-spec.ts).
 * Throws DatabaseStartError or StartError.
 */
export async function startApp({ config, logger, phases, pgliteTemplate }: StartAppOptions): Promise<StartedApp> {
  const database = await openDatabase(config, { onPhase: phases.begin, pgliteTemplate });
  const demo = config.demo.enabled
    ? await seedDemoData(database.dataSource, config.demo.password, phases.begin)
    : { created: false, accounts: [] };
  if (demo.created) logger.info({ accounts: demo.accounts.length }, 'demo community loaded');

  phases.begin('application', 'building the application: modules and providers');
  const app = await createApp({ config, database, logger });
  if (config.demo.enabled) await seedDemoContent(app, database, logger, phases.begin);
  phases.begin('init', 'initializing: GraphQL schema, background services');
  try {
    await app.init(); // connects what the modules need beyond the database (Redis when REDIS_URL is set)
  } catch (error) {
    await database.close();
    throw new StartError(`Cannot start: ${(error as Error).message}`);
  }
  phases.begin('listen', `opening the HTTP port ${config.host}:${config.port}`);
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    await database.close();
    throw new StartError(
      `Cannot listen on ${config.host}:${config.port}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  return { app, database, demoAccounts: demo.accounts, shutdown: app.get(ShutdownState) };
}
