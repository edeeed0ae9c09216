import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';

/**
 * Only the configured origins, matched exactly, and no credentials: callers authenticate with a bearer token
 * or an API key header, never a cookie, so a browser never sends ambient credentials cross-origin.
 */
export function corsOptions(origins: readonly string[]): CorsOptions {
  const allowed = new Set(origins);
  return {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Authorization', 'X-Api-Key', 'X-Request-Id', 'Apollo-Require-Preflight'],
    exposedHeaders: ['X-Request-Id', 'Retry-After'],
    maxAge: 600,
  };
}
