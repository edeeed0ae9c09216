import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { DEFAULT_DATA_DIR } from './embedded-defaults';

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const normalised = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalised)) return true;
  if (['false', '0', 'no', 'off'].includes(normalised)) return false;
  return value;
};

/** An integer setting with its bounds, worded once for the one-line error (see load-config.ts). */
function IntSetting(min: number, max: number, unit = 'an integer'): PropertyDecorator {
  const message = `${unit} from ${min} to ${max}`;
  return (target, key) => {
    Type(() => Number)(target, key);
    IsInt({ message })(target, key);
    Min(min, { message })(target, key);
    Max(max, { message })(target, key);
  };
}

/**
 * Every environment variable Bulwark reads, with its type, bounds and default. `.env.example` documents each;
 * a value that fails here stops the start with one line naming the variable (see load-config.ts).
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'], { message: 'one of development, production, test' })
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number)
  @IsInt({ message: 'an integer from 0 to 65535' })
  @Min(0, { message: 'an integer from 0 to 65535' })
  @Max(65535, { message: 'an integer from 0 to 65535' })
  PORT = 3000;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  HOST?: string;

  @IsOptional()
  @Matches(/^(postgres|postgresql):\/\/\S+$|^memory:\/\/$/, {
    message: 'postgres://user@host:port/database, or memory:// for a throwaway embedded database',
  })
  DATABASE_URL?: string;

  @IsString()
  @MinLength(1)
  BULWARK_DATA_DIR = DEFAULT_DATA_DIR;

  /** The built portal (index.html and assets/); default: dist/apps/web beside the running server. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  WEB_ROOT?: string;

  @Type(() => Number)
  @IsInt({ message: 'milliseconds, an integer from 100 to 60000' })
  @Min(100, { message: 'milliseconds, an integer from 100 to 60000' })
  @Max(60000, { message: 'milliseconds, an integer from 100 to 60000' })
  DATABASE_CONNECT_TIMEOUT_MS = 5000;

  @Type(() => Number)
  @IsInt({ message: 'an integer from 1 to 200' })
  @Min(1, { message: 'an integer from 1 to 200' })
  @Max(200, { message: 'an integer from 1 to 200' })
  DATABASE_POOL_SIZE = 10;

  /**
   * PostgreSQL cancels any one statement running longer than this (0: never), so a request answered 503 does not
   * leave its query running. At most REQUEST_TIMEOUT_MS; unset, the lower of 15000 and REQUEST_TIMEOUT_MS.
   * PGlite ignores statement_timeout, so it is not applied there.
   */
  @IntSetting(0, 600000, 'milliseconds, an integer')
  DATABASE_STATEMENT_TIMEOUT_MS = 15000;

  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'redis://host:port or rediss://host:port' })
  REDIS_URL?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'true or false' })
  DEMO_DATA?: boolean;

  @IsString()
  @MinLength(8, { message: 'at least 8 characters' })
  @MaxLength(128)
  DEMO_PASSWORD = 'demo-password';

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'at least 32 characters of random secret' })
  JWT_SECRET?: string;

  /** 32 random bytes, base64: seals TOTP and identity-provider secrets at rest (auth/secret-box.ts). */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/_-]{43}=?$/, { message: '32 random bytes in base64 (openssl rand -base64 32)' })
  SECRET_KEY?: string;

  /** Where users reach the portal, e.g. https://bulwark.example.gov: WebAuthn's origin, SSO's redirect address. */
  @IsOptional()
  @Matches(/^https?:\/\/[^/\s?#]+$/, { message: 'an origin such as https://bulwark.example.gov (no path)' })
  PUBLIC_URL?: string;

  @Transform(toBoolean)
  @IsBoolean({ message: 'true or false' })
  SECOND_FACTOR_REQUIRED = true;

  @IsOptional()
  @Matches(/^[a-z0-9.-]{1,253}$/, { message: 'a host name such as bulwark.example.gov' })
  WEBAUTHN_RP_ID?: string;

  @IsString()
  @Length(1, 64)
  WEBAUTHN_RP_NAME = 'Bulwark';

  /** Comma-separated origins a passkey may be used from; default: PUBLIC_URL's. */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  WEBAUTHN_ORIGINS?: string;

  @IntSetting(60, 900, 'seconds, an integer')
  SIGN_IN_CHALLENGE_TTL_SECONDS = 300;

  /** Identity-provider client secrets by organization short name, as JSON (config/oidc-client-secrets.ts). */
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  OIDC_CLIENT_SECRETS?: string;

  @Type(() => Number)
  @IsInt({ message: 'seconds, an integer from 60 to 86400' })
  @Min(60, { message: 'seconds, an integer from 60 to 86400' })
  @Max(86400, { message: 'seconds, an integer from 60 to 86400' })
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Type(() => Number)
  @IsInt({ message: 'seconds, an integer from 3600 to 7776000' })
  @Min(3600, { message: 'seconds, an integer from 3600 to 7776000' })
  @Max(7776000, { message: 'seconds, an integer from 3600 to 7776000' })
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  @Type(() => Number)
  @IsInt({ message: 'milliseconds, an integer from 0 to 120000' })
  @Min(0, { message: 'milliseconds, an integer from 0 to 120000' })
  @Max(120000, { message: 'milliseconds, an integer from 0 to 120000' })
  SHUTDOWN_GRACE_MS = 10000;

  @Transform(toBoolean)
  @IsBoolean({ message: 'true or false' })
  TRUST_PROXY = false;

  // GraphQL limits: a document over any of them is refused before it runs (QUERY_TOO_COMPLEX).
  @IntSetting(1, 100)
  GRAPHQL_MAX_DEPTH = 8;

  @IntSetting(0, 1000)
  GRAPHQL_MAX_ALIASES = 15;

  @IntSetting(0, 1000)
  GRAPHQL_MAX_DIRECTIVES = 50;

  @IntSetting(10, 100000)
  GRAPHQL_MAX_TOKENS = 1000;

  @IntSetting(1, 10000000)
  GRAPHQL_MAX_COST = 5000;

  /** What a list field without a `first` argument (and without a schema default) counts for in the cost. */
  @IntSetting(1, 1000)
  GRAPHQL_LIST_DEFAULT_SIZE = 20;

  @IntSetting(1, 10240, 'kilobytes, an integer')
  HTTP_BODY_LIMIT_KB = 100;

  @IntSetting(100, 600000, 'milliseconds, an integer')
  REQUEST_TIMEOUT_MS = 30000;

  @Matches(/^$|^https?:\/\/[^\s,/*]+(\s*,\s*https?:\/\/[^\s,/*]+)*$/, {
    message: 'comma-separated origins such as https://portal.example.gov (no paths, no *)',
  })
  CORS_ORIGINS = '';

  @IntSetting(1, 10000)
  MAX_SOCKETS_PER_VIEWER = 10;

  @IntSetting(1, 100000)
  MAX_SOCKETS_PER_ADDRESS = 100;

  /** A WebSocket that has not sent connection_init within this is closed with 4408. */
  @IntSetting(100, 60000, 'milliseconds, an integer')
  SOCKET_INIT_TIMEOUT_MS = 5000;

  /**
   * With REDIS_URL, how long a socket's place in the shared caps lasts unless its instance renews it (a third of
   * this): the longest a crashed instance's places stay taken.
   */
  @IntSetting(3, 3600, 'seconds, an integer')
  SOCKET_LEASE_SECONDS = 60;

  @Matches(/^[A-Za-z0-9:_.-]{1,64}$/, { message: 'letters, digits and : _ . - (at most 64)' })
  SOCKET_REDIS_PREFIX = 'bulwark:sockets:';

  // Rate limits: requests per window; 0 turns one off.
  @IntSetting(1, 86400, 'seconds, an integer')
  RATE_LIMIT_WINDOW_SECONDS = 60;

  @IntSetting(0, 1000000)
  RATE_LIMIT_PER_VIEWER = 600;

  @IntSetting(0, 1000000)
  RATE_LIMIT_PER_ADDRESS = 1200;

  @IntSetting(0, 100000)
  SIGN_IN_LIMIT_PER_ADDRESS = 30;

  @IntSetting(0, 100000)
  SIGN_IN_LIMIT_PER_EMAIL = 10;

  @Matches(/^[A-Za-z0-9:_.-]{1,64}$/, { message: 'letters, digits and : _ . - (at most 64)' })
  RATE_LIMIT_REDIS_PREFIX = 'bulwark:rate:';

  // The event log (R16): how long events are kept for `since`, and how often a subscriber looks without a notice.
  @IntSetting(1, 3650, 'days, an integer')
  EVENT_RETENTION_DAYS = 90;

  @IntSetting(50, 600000, 'milliseconds, an integer')
  EVENT_POLL_MS = 2000;

  // Webhooks (docs/webhooks.md): outbound requests, retries, and which targets may be reached.
  @IntSetting(100, 60000, 'milliseconds, an integer')
  WEBHOOK_TIMEOUT_MS = 5000;

  @IntSetting(10, 3600000, 'milliseconds, an integer')
  WEBHOOK_RETRY_BASE_MS = 2000;

  @IntSetting(10, 86400000, 'milliseconds, an integer')
  WEBHOOK_RETRY_CAP_MS = 3600000;

  @IntSetting(1, 50)
  WEBHOOK_MAX_ATTEMPTS = 8;

  @IntSetting(1, 10000)
  WEBHOOK_DISABLE_AFTER_FAILURES = 20;

  @IntSetting(10, 60000, 'milliseconds, an integer')
  WEBHOOK_POLL_MS = 1000;

  /** Unset: allowed outside production only. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'true or false' })
  WEBHOOK_ALLOW_HTTP_LOOPBACK?: boolean;

  @Transform(toBoolean)
  @IsBoolean({ message: 'true or false' })
  WEBHOOK_ALLOW_PRIVATE_TARGETS = false;

  // E-mail notifications (docs/notifications.md). Without SMTP_URL, mail is written to MAIL_DIR as .eml files.
  @IsOptional()
  @IsString()
  @MaxLength(2048, { message: 'at most 2048 characters' })
  SMTP_URL?: string;

  @IsOptional()
  @Matches(/^[^\r\n]{1,200}@[^\r\n]{1,200}$/, { message: 'an address ("Bulwark <bulwark@example.gov>"), one line' })
  MAIL_FROM?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  MAIL_DIR?: string;

  @IntSetting(0, 86400, 'seconds, an integer')
  MAIL_COALESCE_SECONDS = 120;

  @IntSetting(10, 60000, 'milliseconds, an integer')
  MAIL_POLL_MS = 1000;

  @IntSetting(100, 300000, 'milliseconds, an integer')
  MAIL_SEND_TIMEOUT_MS = 30000;

  @IntSetting(10, 3600000, 'milliseconds, an integer')
  MAIL_RETRY_BASE_MS = 30000;

  @IntSetting(10, 86400000, 'milliseconds, an integer')
  MAIL_RETRY_CAP_MS = 3600000;

  @IntSetting(1, 50)
  MAIL_MAX_ATTEMPTS = 10;
}
