export type DatabaseEngine =
  | { kind: 'pglite-dir'; dataDir: string }
  | { kind: 'pglite-memory' }
  | { kind: 'postgres'; url: string; poolSize: number };

/** The validated, typed configuration the application runs with. Built once at boot by loadConfig(). */
export interface AppConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly isProduction: boolean;
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseEngine;
  /** Where the built portal is; served at `/` when it holds an index.html. */
  readonly webRoot: string | null;
  readonly databaseConnectTimeoutMs: number;
  /** PostgreSQL's statement_timeout on every pooled connection; 0: none. Not applied on PGlite (it ignores it). */
  readonly databaseStatementTimeoutMs: number;
  readonly redisUrl: string | null;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly demo: { readonly enabled: boolean; readonly password: string };
  readonly auth: {
    readonly jwtSecret: string;
    /** True when no JWT_SECRET was given and a random one was made for this process. */
    readonly jwtSecretGenerated: boolean;
    readonly accessTokenTtlSeconds: number;
    readonly refreshTokenTtlSeconds: number;
  } & SignInSettings;
  readonly shutdownGraceMs: number;
  readonly trustProxy: boolean;
  readonly events: { readonly retentionDays: number; readonly pollMs: number };
  readonly graphqlLimits: GraphqlLimits;
  readonly http: HttpLimits;
  readonly rateLimit: RateLimits;
  readonly webhooks: WebhookSettings;
  readonly mail: MailSettings;
}

/** Second factors, passkeys and single sign-on (config/sign-in-settings.ts). */
export interface SignInSettings {
  /** The portal's origin as users reach it: WebAuthn's default origin, the base of SSO's redirect address. */
  readonly publicUrl: string;
  /** Off only outside production: then no role needs a second factor unless its organization asks. */
  readonly secondFactorRequired: boolean;
  /** How long a sign-in challenge (second step, enrolment, passkey) lasts. */
  readonly challengeTtlSeconds: number;
  readonly webauthn: { readonly rpId: string; readonly rpName: string; readonly origins: readonly string[] };
  /** Identity-provider client secrets by organization short name (OIDC_CLIENT_SECRETS); over a stored one. */
  readonly oidcClientSecrets: ReadonlyMap<string, string>;
  readonly secretKey: SecretKeySetting;
}

/** Where auth/secret-box.ts gets its AES-256-GCM key. */
export type SecretKeySetting =
  | { readonly source: 'SECRET_KEY' | 'JWT_SECRET'; readonly key: Buffer }
  | { readonly source: 'FILE'; readonly path: string }
  | { readonly source: 'GENERATED' };

/** Outbound webhook delivery (docs/webhooks.md). */
export interface WebhookSettings {
  readonly timeoutMs: number;
  readonly retryBaseMs: number;
  readonly retryCapMs: number;
  readonly maxAttempts: number;
  readonly disableAfterFailures: number;
  readonly pollMs: number;
  /** http:// (and https://) to loopback addresses only: a receiver on the same machine, in development. */
  readonly allowHttpLoopback: boolean;
  /** Private, link-local, CGNAT … targets: only for a deployment whose receivers live on an internal network. */
  readonly allowPrivateTargets: boolean;
}

/** E-mail notifications (docs/notifications.md, config/mail-settings.ts). */
export interface MailSettings {
  /** SMTP_URL's server, or one .eml file per mail in a directory (no SMTP_URL). */
  readonly transport:
    { readonly kind: 'smtp'; readonly url: string } | { readonly kind: 'files'; readonly directory: string };
  /** The From header ("Bulwark <bulwark@example.gov>"). */
  readonly from: string;
  /** The right-hand side of every Message-ID. */
  readonly messageIdDomain: string;
  /** Amendments of a bulletin within this long of each other go out as one immediate mail. */
  readonly coalesceMs: number;
  readonly pollMs: number;
  readonly sendTimeoutMs: number;
  readonly retryBaseMs: number;
  readonly retryCapMs: number;
  readonly maxAttempts: number;
}

/** Each refused before execution with QUERY_TOO_COMPLEX (see graphql/limits/). */
export interface GraphqlLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  readonly maxCost: number;
  readonly listDefaultSize: number;
}

export interface HttpLimits {
  readonly bodyLimitBytes: number;
  readonly requestTimeoutMs: number;
  /** Exact origins allowed to call from a browser; empty: no cross-origin calls. */
  readonly corsOrigins: readonly string[];
  /** Open graphql-ws connections; per process, or across instances when REDIS_URL is set. */
  readonly maxSocketsPerViewer: number;
  readonly maxSocketsPerAddress: number;
  readonly socketInitTimeoutMs: number;
  /** How long a place in the shared WebSocket caps lasts unless renewed (REDIS_URL only). */
  readonly socketLeaseMs: number;
  readonly socketRedisPrefix: string;
}

/** Requests per window; 0 turns a limit off. Shared through Redis when REDIS_URL is set. */
export interface RateLimits {
  readonly windowSeconds: number;
  readonly perViewer: number;
  readonly perAddress: number;
  readonly signInPerAddress: number;
  readonly signInPerEmail: number;
  readonly redisPrefix: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
