import { describe, expect, it } from 'vitest';
import { loadConfig } from '@api/config/load-config';

const load = (env: Record<string, string>) => loadConfig(env, []);

describe('HTTP, rate-limit and GraphQL limit settings', () => {
  it('has safe defaults', () => {
    const config = load({});
    expect(config.graphqlLimits).toEqual({
      maxDepth: 8,
      maxAliases: 15,
      maxDirectives: 50,
      maxTokens: 1000,
      maxCost: 5000,
      listDefaultSize: 20,
    });
    expect(config.http).toEqual({
      bodyLimitBytes: 100 * 1024,
      requestTimeoutMs: 30_000,
      corsOrigins: [],
      maxSocketsPerViewer: 10,
      maxSocketsPerAddress: 100,
      socketInitTimeoutMs: 5000,
      socketLeaseMs: 60_000,
      socketRedisPrefix: 'bulwark:sockets:',
    });
    expect(config.rateLimit).toEqual({
      windowSeconds: 60,
      perViewer: 600,
      perAddress: 1200,
      signInPerAddress: 30,
      signInPerEmail: 10,
      redisPrefix: 'bulwark:rate:',
    });
  });

  it('reads exact CORS origins and refuses a wildcard or a path', () => {
    expect(load({ CORS_ORIGINS: 'https://portal.example.gov, http://localhost:5173' }).http.corsOrigins).toEqual([
      'https://portal.example.gov',
      'http://localhost:5173',
    ]);
    expect(() => load({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS must be comma-separated origins/);
    expect(() => load({ CORS_ORIGINS: 'https://*.example.gov' })).toThrow(/CORS_ORIGINS/);
    expect(() => load({ CORS_ORIGINS: 'https://portal.example.gov/app' })).toThrow(/CORS_ORIGINS/);
    expect(() => load({ CORS_ORIGINS: 'portal.example.gov' })).toThrow(/CORS_ORIGINS/);
  });

  it('names a bad limit in one line', () => {
    expect(() => load({ GRAPHQL_MAX_DEPTH: '0' })).toThrow(
      'Invalid configuration: GRAPHQL_MAX_DEPTH must be an integer from 1 to 100 (got "0")',
    );
    expect(() => load({ REQUEST_TIMEOUT_MS: 'soon' })).toThrow(/REQUEST_TIMEOUT_MS must be milliseconds/);
    expect(() => load({ SIGN_IN_LIMIT_PER_EMAIL: '-1' })).toThrow(/SIGN_IN_LIMIT_PER_EMAIL/);
    expect(() => load({ RATE_LIMIT_REDIS_PREFIX: 'a b' })).toThrow(/RATE_LIMIT_REDIS_PREFIX/);
    expect(() => load({ SOCKET_REDIS_PREFIX: 'a b' })).toThrow(/SOCKET_REDIS_PREFIX/);
    expect(() => load({ SOCKET_LEASE_SECONDS: '1' })).toThrow(/SOCKET_LEASE_SECONDS must be seconds/);
    expect(load({ RATE_LIMIT_PER_ADDRESS: '0', HTTP_BODY_LIMIT_KB: '512' })).toMatchObject({
      rateLimit: { perAddress: 0 },
      http: { bodyLimitBytes: 512 * 1024 },
    });
  });
});
