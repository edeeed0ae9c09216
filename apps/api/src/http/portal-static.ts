import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/** Paths the API answers itself: never the portal's index.html. `/graphiql` covers its assets too. */
const API_PREFIXES = ['/graphql', '/health', '/auth', '/mail'];
const ASSETS = '/assets';
/** Vite puts a content hash in every asset's name: a changed file is a new URL, so it may be kept for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export function isApiPath(path: string): boolean {
  return (
    path.startsWith('/graphiql') || API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))
  );
}

function isAssetPath(path: string): boolean {
  return path === ASSETS || path.startsWith(`${ASSETS}/`);
}

/**
 * What a URL path names under the web root: `refused` when it cannot name a file there (bad percent-encoding,
 * a NUL, a backslash, a `..` segment), else its segments. A segment starting with a dot (`.env`, `.git`) names
 * nothing we serve. Pure, so that the refusals are unit-tested without a server.
 */
export type PortalPath = { readonly kind: 'refused' } | { readonly kind: 'path'; readonly segments: string[] };

export function portalPath(urlPath: string): PortalPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'refused' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused' };
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return { kind: 'refused' };
  return { kind: 'path', segments };
}

/**
 * A regular file under root (root given as its real path) for these segments, or null. Dot segments were refused
 * here, so sendFile may allow dots in the path above the root (a web root under ~/.cache is fine).
 */
function fileUnder(realRoot: string, segments: readonly string[]): string | null {
  if (segments.length === 0 || segments.some((segment) => segment.startsWith('.'))) return null;
  try {
    // realpath: a symbolic link inside the folder must not lead outside it.
    const file = realpathSync(join(realRoot, ...segments));
    return file.startsWith(realRoot + sep) && statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** True when the web root holds a built portal. */
export function portalBuilt(webRoot: string | null): webRoot is string {
  return webRoot !== null && existsSync(join(webRoot, 'index.html'));
}

function notFound(res: Response, status = 404): void {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .type('text/plain')
    .send(status === 404 ? 'Not found' : 'Bad request');
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
  const root = realpathSync(webRoot);
  const index = join(root, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    const path = portalPath(req.path);
    if (path.kind === 'refused') return notFound(res, 400);
    const file = fileUnder(root, path.segments);
    if (isAssetPath(req.path)) {
      if (!file) return notFound(res);
      return res.sendFile(file, { headers: { 'Cache-Control': IMMUTABLE }, dotfiles: 'allow' });
    }
    if (file) return res.sendFile(file, { headers: { 'Cache-Control': REVALIDATE }, dotfiles: 'allow' });
    // A page navigation (or a client that takes anything); an API-style request for a missing path gets 404.
    if (!req.accepts('html')) return next();
    res.sendFile(index, { headers: { 'Cache-Control': REVALIDATE }, dotfiles: 'allow' });
  });
  return true;
}
