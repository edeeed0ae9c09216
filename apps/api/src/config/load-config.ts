import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type { AppConfig, DatabaseEngine } from './app-config';
import { EnvironmentVariables } from './environment-variables';
import { MailConfigError, mailSettings } from './mail-settings';
import { SignInConfigError, signInSettings } from './sign-in-settings';

/** A configuration problem, worded for one line on the console. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

// Never echoed back: a mistyped secret must not land in a terminal scrollback or a log collector.
const SECRET_VARIABLES = new Set([
  'JWT_SECRET',
  'SECRET_KEY',
  'DEMO_PASSWORD',
  'DATABASE_URL',
  'REDIS_URL',
  'OIDC_CLIENT_SECRETS',
  'SMTP_URL',
]);

function describe(error: ValidationError, raw: Record<string, string | undefined>): string {
  const expected = [...new Set(Object.values(error.constraints ?? {}))].join('; ');
  const given = raw[error.property];
  const shown = given === undefined || SECRET_VARIABLES.has(error.property) ? '' : ` (got "${given}")`;
  return `${error.property} must be ${expected}${shown}`;
}

/** `--port 4000` or `--port=4000` on the command line wins over PORT. */
function portFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') return argv[i + 1] ?? '';
    if (arg.startsWith('--port=')) return arg.slice('--port='.length);
  }
  return undefined;
}

function databaseEngine(vars: EnvironmentVariables): DatabaseEngine {
  const url = vars.DATABASE_URL;
  if (!url) return { kind: 'pglite-dir', dataDir: resolve(vars.BULWARK_DATA_DIR) };
  if (url === 'memory://') return { kind: 'pglite-memory' };
  return { kind: 'postgres', url, poolSize: vars.DATABASE_POOL_SIZE };
}

/** The portal is built into dist/apps/web; the server runs as dist/apps/api/src/main.js. */
function defaultWebRoot(argv: readonly string[]): string | null {
  const main = argv[1];
  return main ? resolve(dirname(main), '../../web') : null;
}

/** 0 turns either off: only two real limits can be in the wrong order. */
function outlivesRequest(statementTimeoutMs: number, requestTimeoutMs: number): boolean {
  return statementTimeoutMs > 0 && requestTimeoutMs > 0 && statementTimeoutMs > requestTimeoutMs;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): AppConfig {
  const raw: Record<string, string | undefined> = {};
  for (const key of Object.keys(new EnvironmentVariables())) raw[key] = env[key] === '' ? undefined : env[key];
  raw['DATABASE_URL'] = env['DATABASE_URL'] || undefined;
  raw['REDIS_URL'] = env['REDIS_URL'] || undefined;
  raw['DEMO_DATA'] = env['DEMO_DATA'] || undefined;
  raw['JWT_SECRET'] = env['JWT_SECRET'] || undefined;
  raw['WEBHOOK_ALLOW_HTTP_LOOPBACK'] = env['WEBHOOK_ALLOW_HTTP_LOOPBACK'] || undefined;
  raw['WEB_ROOT'] = env['WEB_ROOT'] || undefined;
  const optionals = [
    'SECRET_KEY',
    'PUBLIC_URL',
    'WEBAUTHN_RP_ID',
    'WEBAUTHN_ORIGINS',
    'OIDC_CLIENT_SECRETS',
    'SMTP_URL',
    'MAIL_FROM',
    'MAIL_DIR',
  ];
  for (const optional of optionals) raw[optional] = env[optional] || undefined;
  const port = portFromArgv(argv);
  if (port !== undefined) raw['PORT'] = port;

  const defined = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined));
  const vars = plainToInstance(EnvironmentVariables, defined, { exposeDefaultValues: true });
  const errors = validateSync(vars, { forbidUnknownValues: true });
  if (errors.length > 0)
    throw new ConfigError(`Invalid configuration: ${errors.map((e) => describe(e, raw)).join('; ')}`);

  const isProduction = vars.NODE_ENV === 'production';
  if (isProduction && vars.DEMO_DATA === true) {
    throw new ConfigError(
      'Invalid configuration: DEMO_DATA must be false when NODE_ENV=production (demo accounts share one password)',
    );
  }
  const statementTimeoutGiven = raw['DATABASE_STATEMENT_TIMEOUT_MS'] !== undefined;
  if (statementTimeoutGiven && outlivesRequest(vars.DATABASE_STATEMENT_TIMEOUT_MS, vars.REQUEST_TIMEOUT_MS)) {
    throw new ConfigError(
      `Invalid configuration: DATABASE_STATEMENT_TIMEOUT_MS must be 0 or at most REQUEST_TIMEOUT_MS (${vars.REQUEST_TIMEOUT_MS}), ` +
        `so no statement outlives its request (got "${vars.DATABASE_STATEMENT_TIMEOUT_MS}")`,
    );
  }
  if (isProduction && !vars.JWT_SECRET) {
    throw new ConfigError(
      'Invalid configuration: JWT_SECRET must be set (at least 32 characters) when NODE_ENV=production',
    );
  }

  const database = databaseEngine(vars);
  let signIn;
  let mail;
  try {
    signIn = signInSettings(vars, isProduction, database);
    mail = mailSettings(vars, database, signIn.publicUrl);
  } catch (error) {
    if (error instanceof SignInConfigError || error instanceof MailConfigError)
      throw new ConfigError(`Invalid configuration: ${error.message}`);
    throw error;
  }

  return {
    env: vars.NODE_ENV,
    isProduction,
    port: vars.PORT,
    // Outside production the demo accounts share a published password: listen on loopback unless told otherwise.
    host: vars.HOST ?? (isProduction ? '0.0.0.0' : '127.0.0.1'),
    database,
    webRoot: vars.WEB_ROOT ? resolve(vars.WEB_ROOT) : defaultWebRoot(argv),
    databaseConnectTimeoutMs: vars.DATABASE_CONNECT_TIMEOUT_MS,
    // Unset, the default follows a lowered REQUEST_TIMEOUT_MS instead of refusing to start.
    databaseStatementTimeoutMs: statementTimeoutGiven
      ? vars.DATABASE_STATEMENT_TIMEOUT_MS
      : Math.min(vars.DATABASE_STATEMENT_TIMEOUT_MS, vars.REQUEST_TIMEOUT_MS),
    redisUrl: vars.REDIS_URL ?? null,
    logLevel: vars.LOG_LEVEL,
    demo: { enabled: !isProduction && vars.DEMO_DATA !== false, password: vars.DEMO_PASSWORD },
    auth: {
      jwtSecret: vars.JWT_SECRET ?? randomBytes(48).toString('base64url'),
      jwtSecretGenerated: !vars.JWT_SECRET,
      accessTokenTtlSeconds: vars.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: vars.REFRESH_TOKEN_TTL_SECONDS,
      ...signIn,
    },
    shutdownGraceMs: vars.SHUTDOWN_GRACE_MS,
    trustProxy: vars.TRUST_PROXY,
    events: { retentionDays: vars.EVENT_RETENTION_DAYS, pollMs: vars.EVENT_POLL_MS },
    graphqlLimits: {
      maxDepth: vars.GRAPHQL_MAX_DEPTH,
      maxAliases: vars.GRAPHQL_MAX_ALIASES,
      maxDirectives: vars.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: vars.GRAPHQL_MAX_TOKENS,
      maxCost: vars.GRAPHQL_MAX_COST,
      listDefaultSize: vars.GRAPHQL_LIST_DEFAULT_SIZE,
    },
    http: {
      bodyLimitBytes: vars.HTTP_BODY_LIMIT_KB * 1024,
      requestTimeoutMs: vars.REQUEST_TIMEOUT_MS,
      corsOrigins: vars.CORS_ORIGINS.split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
      maxSocketsPerViewer: vars.MAX_SOCKETS_PER_VIEWER,
      maxSocketsPerAddress: vars.MAX_SOCKETS_PER_ADDRESS,
      socketInitTimeoutMs: vars.SOCKET_INIT_TIMEOUT_MS,
      socketLeaseMs: vars.SOCKET_LEASE_SECONDS * 1000,
      socketRedisPrefix: vars.SOCKET_REDIS_PREFIX,
    },
    rateLimit: {
      windowSeconds: vars.RATE_LIMIT_WINDOW_SECONDS,
      perViewer: vars.RATE_LIMIT_PER_VIEWER,
      perAddress: vars.RATE_LIMIT_PER_ADDRESS,
      signInPerAddress: vars.SIGN_IN_LIMIT_PER_ADDRESS,
      signInPerEmail: vars.SIGN_IN_LIMIT_PER_EMAIL,
      redisPrefix: vars.RATE_LIMIT_REDIS_PREFIX,
    },
    webhooks: {
      timeoutMs: vars.WEBHOOK_TIMEOUT_MS,
      retryBaseMs: vars.WEBHOOK_RETRY_BASE_MS,
      retryCapMs: vars.WEBHOOK_RETRY_CAP_MS,
      maxAttempts: vars.WEBHOOK_MAX_ATTEMPTS,
      disableAfterFailures: vars.WEBHOOK_DISABLE_AFTER_FAILURES,
      pollMs: vars.WEBHOOK_POLL_MS,
      allowHttpLoopback: vars.WEBHOOK_ALLOW_HTTP_LOOPBACK ?? !isProduction,
      allowPrivateTargets: vars.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    },
    mail,
  };
}
