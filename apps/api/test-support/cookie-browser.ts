interface StoredCookie {
  readonly name: string;
  readonly value: string;
  readonly host: string;
  readonly path: string;
  readonly expiresAt: number | null;
}

export interface BrowserResponse {
  readonly status: number;
  readonly url: string;
  /** The Location of a redirect, resolved against the request's URL; null otherwise. */
  readonly location: string | null;
  readonly headers: Headers;
  readonly body: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function parseSetCookie(header: string, requestUrl: URL): StoredCookie | null {
  const [pair = '', ...attributes] = header.split(';');
  const at = pair.indexOf('=');
  if (at <= 0) return null;
  let path = '/';
  let expiresAt: number | null = null;
  for (const attribute of attributes) {
    const [key = '', ...rest] = attribute.trim().split('=');
    const value = rest.join('=');
    const name = key.toLowerCase();
    if (name === 'path' && value.startsWith('/')) path = value;
    else if (name === 'max-age') expiresAt = Date.now() + Number(value) * 1000;
    else if (name === 'expires' && expiresAt === null) expiresAt = Date.parse(value);
  }
  return {
    name: pair.slice(0, at).trim(),
    value: pair.slice(at + 1).trim(),
    host: requestUrl.hostname,
    path,
    expiresAt,
  };
}

function pathMatches(cookiePath: string, requestPath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/**
 * A browser's cookie handling, without a browser: cookies are kept per host (not per port, as browsers do), sent
 * by path, deleted by Max-Age=0 or a past Expires. Redirects are never followed by fetch: the test steps through
 * them, so it can stop, look and tamper at each hop.
 */
export class CookieBrowser {
  private readonly cookies = new Map<string, StoredCookie>();

  async get(url: string, headers: Record<string, string> = {}): Promise<BrowserResponse> {
    return this.request(url, { method: 'GET', headers });
  }

  /** An HTML form submission (application/x-www-form-urlencoded). */
  async submitForm(url: string, fields: Record<string, string>): Promise<BrowserResponse> {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  async request(url: string, init: { method: string; headers?: Record<string, string>; body?: string }) {
    const target = new URL(url);
    const cookieHeader = this.cookieHeaderFor(target);
    const response = await fetch(target, {
      method: init.method,
      headers: { ...init.headers, ...(cookieHeader ? { cookie: cookieHeader } : {}) },
      body: init.body,
      redirect: 'manual',
    });
    for (const header of response.headers.getSetCookie()) this.store(header, target);
    const location = REDIRECTS.has(response.status) ? response.headers.get('location') : null;
    return {
      status: response.status,
      url,
      location: location === null ? null : new URL(location, target).toString(),
      headers: response.headers,
      body: await response.text(),
    };
  }

  /**
   * GETs `url` and each redirect after it, until a response is not a redirect or the next address satisfies
   * `stopAt` (that address is then returned unvisited).
   */
  async follow(url: string, stopAt: (next: URL) => boolean = () => false, maxHops = 20): Promise<BrowserResponse> {
    let response = await this.get(url);
    for (let hop = 0; hop < maxHops; hop += 1) {
      if (!response.location || stopAt(new URL(response.location))) return response;
      response = await this.get(response.location);
    }
    throw new Error(`more than ${maxHops} redirects from ${url}`);
  }

  /** The value of a cookie this browser would send to `url`, if any. */
  cookie(name: string, url: string): string | undefined {
    const target = new URL(url);
    return this.matching(target).find((cookie) => cookie.name === name)?.value;
  }

  private store(header: string, requestUrl: URL): void {
    const cookie = parseSetCookie(header, requestUrl);
    if (!cookie) return;
    const key = `${cookie.host} ${cookie.path} ${cookie.name}`;
    if (cookie.expiresAt !== null && cookie.expiresAt <= Date.now()) this.cookies.delete(key);
    else this.cookies.set(key, cookie);
  }

  private matching(target: URL): StoredCookie[] {
    const now = Date.now();
    return [...this.cookies.values()]
      .filter((cookie) => cookie.host === target.hostname && pathMatches(cookie.path, target.pathname))
      .filter((cookie) => cookie.expiresAt === null || cookie.expiresAt > now)
      .sort((a, b) => b.path.length - a.path.length);
  }

  private cookieHeaderFor(target: URL): string {
    return this.matching(target)
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }
}
