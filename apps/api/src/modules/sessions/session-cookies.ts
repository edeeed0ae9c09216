import { createHmac, timingSafeEqual } from 'node:crypto';

/** The refresh token: httpOnly, sent only to the session routes. */
export const REFRESH_COOKIE = 'bulwark_refresh';
/** Readable by the page, which echoes it in X-CSRF-Token: a value another site can neither read nor compute. */
export const CSRF_COOKIE = 'bulwark_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_PATH = '/auth/session';

const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const COOKIE_VALUE = /^[!#$%&'()*+\-./0-9:<=>?@A-Z[\]^_`a-z{|}~]*$/;

/**
 * A Cookie header as name → value. Strict: a pair with a malformed name or value is skipped, and the first of
 * two cookies with the same name wins (the browser sends the most specific path first).
 */
export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header || header.length > 8192) return cookies;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const name = pair.slice(0, at).trim();
    let value = pair.slice(at + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (!COOKIE_NAME.test(name) || !COOKIE_VALUE.test(value) || cookies.has(name)) continue;
    cookies.set(name, value);
  }
  return cookies;
}

/** The CSRF token of a refresh token: only the server (with its secret) can compute it from the cookie. */
export function csrfTokenFor(secret: string, refreshToken: string): string {
  return createHmac('sha256', secret).update(`csrf:${refreshToken}`).digest('base64url');
}

export function csrfMatches(secret: string, refreshToken: string, presented: unknown): boolean {
  if (typeof presented !== 'string' || presented.length === 0 || presented.length > 128) return false;
  const expected = Buffer.from(csrfTokenFor(secret, refreshToken));
  const given = Buffer.from(presented);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export interface CookieOptions {
  readonly path: string;
  readonly httpOnly: boolean;
  readonly secure: boolean;
  /** 0 deletes the cookie. */
  readonly maxAgeSeconds: number;
  /** Strict unless said otherwise; Lax only for a cookie that must come back on a cross-site redirect (SSO). */
  readonly sameSite?: 'Strict' | 'Lax';
}

export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const sameSite = `SameSite=${options.sameSite ?? 'Strict'}`;
  const parts = [`${name}=${value}`, `Path=${options.path}`, `Max-Age=${options.maxAgeSeconds}`, sameSite];
  if (options.maxAgeSeconds === 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/** Both cookies of a browser session, or (with no token) both deleted. */
export function sessionCookies(
  secret: string,
  refreshToken: string | null,
  maxAgeSeconds: number,
  secure: boolean,
): string[] {
  const age = refreshToken ? maxAgeSeconds : 0;
  return [
    serializeCookie(REFRESH_COOKIE, refreshToken ?? '', {
      path: SESSION_PATH,
      httpOnly: true,
      secure,
      maxAgeSeconds: age,
    }),
    serializeCookie(CSRF_COOKIE, refreshToken ? csrfTokenFor(secret, refreshToken) : '', {
      path: '/',
      httpOnly: false,
      secure,
      maxAgeSeconds: age,
    }),
  ];
}

/**
 * The cookies of a session just signed in or renewed: they live as long as the session (fixed at sign-in: renewal
 * does not extend it), and never longer than `ttlSeconds`.
 */
export function cookiesOfSession(
  secret: string,
  session: { readonly refreshToken: string; readonly refreshTokenExpiresAt: Date },
  ttlSeconds: number,
  secure: boolean,
): string[] {
  const remaining = Math.ceil((session.refreshTokenExpiresAt.getTime() - Date.now()) / 1000);
  return sessionCookies(secret, session.refreshToken, Math.max(0, Math.min(ttlSeconds, remaining)), secure);
}
