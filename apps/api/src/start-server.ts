import type { Logger } from 'pino';
import type { AppConfig } from './config/app-config';
import { ConfigError, loadConfig } from './config/load-config';
import { mailDestination } from './config/mail-destination';
import type { DatabaseHandle } from './database/database-handle';
import { DatabaseStartError } from './database/open-database';
import { portalBuilt } from './http/portal-static';
import { createRootLogger } from './logging/root-logger';
import { StartupPhases } from './logging/startup-phases';
import { StartError, startApp, type StartedApp } from './start-app';

function fail(message: string): never {
  process.stderr.write(`bulwark: ${message}\n`);
  process.exit(1);
}

function banner(config: AppConfig, url: string, database: DatabaseHandle, demoAccounts: readonly string[]): string {
  const lines = [
    '',
    `  Bulwark is ready (${config.env}).`,
    `  Portal:    ${portalBuilt(config.webRoot) ? `${url}/` : 'not built (npm run build)'}`,
    `  GraphQL:   ${url}/graphql`,
    ...(config.isProduction ? [] : [`  GraphiQL:  ${url}/graphiql`]),
    `  Health:    ${url}/health/ready`,
    `  Database:  ${database.description}`,
    `  Mail:      ${mailDestination(config.mail)}`,
  ];
  if (config.demo.enabled && demoAccounts.length > 0) {
    lines.push(`  Demo sign-ins (password "${config.demo.password}"):`);
    for (const account of demoAccounts) lines.push(`    ${account}`);
  }
  return `${lines.join('\n')}\n\n`;
}

/** Graceful stop: readiness goes false, in-flight requests finish, sockets and the database close. */
function stopOnSignals({ app, database, shutdown }: StartedApp, config: AppConfig, logger: Logger): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    shutdown.isShuttingDown = true;
    const force = setTimeout(() => {
      logger.error({ graceMs: config.shutdownGraceMs }, 'shutdown grace period over: exiting');
      process.exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    try {
      await app.close();
      await database.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

export async function startServer(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const logger = createRootLogger(config.logLevel);
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  const phases = new StartupPhases(logger);
  let started: StartedApp;
  try {
    started = await startApp({ config, logger, phases });
  } catch (error) {
    if (error instanceof DatabaseStartError || error instanceof StartError) fail(error.message);
    throw error;
  }
  const { app, database, demoAccounts } = started;
  stopOnSignals(started, config, logger);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host}:${port}`;
  logger.info(
    {
      url,
      database: database.description,
      engine: database.engine,
      mail: mailDestination(config.mail),
      ...phases.finish(),
    },
    'listening',
  );
  if (!config.isProduction) process.stdout.write(banner(config, url, database, demoAccounts));
}
