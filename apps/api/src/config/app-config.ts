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
  readonly databaseConnectTimeoutMs: number;
  readonly redisUrl: string | null;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly demo: { readonly enabled: boolean; readonly password: string };
  readonly auth: {
    readonly jwtSecret: string;
    /** True when no JWT_SECRET was given and a random one was made for this process. */
    readonly jwtSecretGenerated: boolean;
    readonly accessTokenTtlSeconds: number;
    readonly refreshTokenTtlSeconds: number;
  };
  readonly shutdownGraceMs: number;
  readonly trustProxy: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
