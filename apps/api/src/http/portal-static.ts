import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/** Paths the API answers itself: never the portal's index.html. */
const API_PREFIXES = ['/graphql', '/graphiql', '/health', '/auth'];
const ASSETS = '/assets/';
/** Vite puts a content hash in every asset's name: a changed file is a new URL, so it may be kept for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

function isApiPath(path: string): boolean {
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** A file under root for this URL path, or null (missing, a directory, or outside root). */
function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root + sep)) return null;
  try {
    return statSync(candidate).isFile() ? candidate : null;
  } catch {
    return null;
  }
}

/** True when the web root holds a built portal. */
export function portalBuilt(webRoot: string | null): webRoot is string {
  return webRoot !== null && existsSync(join(webRoot, 'index.html'));
}

/**
 * The built portal at `/`, from the same origin as the API (no CORS): hashed assets cached for good, everything
 * else revalidated, and index.html for the portal's own routes (/bulletins/…, /search?q=…) so a reload or a
 * shared link opens the right page. The API's own paths are left to the API.
 */
export function servePortal(app: NestExpressApplication, webRoot: string | null, logger: Logger): boolean {
  if (!portalBuilt(webRoot)) {
    logger.warn({ webRoot }, 'no built portal: the API runs without it (npm run build)');
    return false;
  }
  const root = normalize(webRoot);
  const index = join(root, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    const file = fileUnder(root, req.path);
    if (req.path.startsWith(ASSETS)) {
      if (!file) return res.status(404).type('text/plain').send('Not found');
      return res.sendFile(file, { headers: { 'Cache-Control': IMMUTABLE }, dotfiles: 'deny' });
    }
    if (file) return res.sendFile(file, { headers: { 'Cache-Control': 'no-cache' }, dotfiles: 'deny' });
    if (!req.accepts('html')) return next();
    res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
  });
  return true;
}
