import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, DEMO, startTestApp, type TestApp, tokenOf, userIdOf, whoAmI } from '@bulwark/testing';
import { csrfTokenFor } from './session-cookies';

interface BrowserAnswer {
  status: number;
  body: any;
  setCookies: string[];
  headers: Headers;
}

const SIGN_IN_FAILED = 'Sign-in failed: check the email and password, or try again later.';
const SESSION_ENDED = 'Your session has ended. Sign in again.';

/** A browser's view of one session: the cookies it was given, sent back as a browser would. */
class CookieJar {
  readonly cookies = new Map<string, string>();

  take(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/Max-Age=0/.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  copy(): CookieJar {
    const copy = new CookieJar();
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get refresh(): string {
    return this.cookies.get('bulwark_refresh') ?? '';
  }

  get csrf(): string {
    return this.cookies.get('bulwark_csrf') ?? '';
  }
}

/** The session an access token belongs to (its `sid` claim). */
function sessionIdOf(accessToken: string): string {
  const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8')) as { sid: string };
  return claims.sid;
}

function cookieNamed(setCookies: string[], name: string): string {
  const cookie = setCookies.find((line) => line.startsWith(`${name}=`));
  if (!cookie) throw new Error(`no ${name} cookie in ${JSON.stringify(setCookies)}`);
  return cookie;
}

async function postTo(
  url: string,
  path: string,
  body: unknown,
  jar: CookieJar | null,
  headers: Record<string, string> = {},
): Promise<BrowserAnswer> {
  const response = await fetch(`${url}/auth/session${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(jar?.cookies.size ? { cookie: jar.header(), 'x-csrf-token': jar.csrf } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const answer = {
    status: response.status,
    body: await response.json(),
    setCookies: response.headers.getSetCookie(),
    headers: response.headers,
  };
  jar?.take(answer.setCookies);
  return answer;
}

describe('browser sessions at /auth/session', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The sign-in budgets have tests of their own below; here they would only count this file's sign-ins.
    t = await startTestApp({ SIGN_IN_LIMIT_PER_ADDRESS: '0', SIGN_IN_LIMIT_PER_EMAIL: '0' });
  });
  afterAll(() => t.close());

  const post = (path: string, body: unknown, jar: CookieJar | null, headers: Record<string, string> = {}) =>
    postTo(t.url, path, body, jar, headers);

  async function browserSignIn(email: string = DEMO.fultonClerk, password = t.demoPassword) {
    const jar = new CookieJar();
    const answer = await post('', { email, password }, jar);
    return { jar, answer };
  }

  async function auditActions(sessionId: string): Promise<string[]> {
    const rows: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE target_id = $1 ORDER BY position`,
      [sessionId],
    );
    return rows.map((row) => row.action);
  }

  it('signs in: an httpOnly refresh cookie on the session path, a readable CSRF cookie, the access token in the body only', async () => {
    const { jar, answer } = await browserSignIn();
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(answer.body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt']);
    expect(new Date(answer.body.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now());
    const ttl = t.config.auth.refreshTokenTtlSeconds;
    expect(answer.setCookies).toHaveLength(2);
    // Plain HTTP outside production: no Secure (a browser would drop a Secure cookie sent over http://).
    expect(cookieNamed(answer.setCookies, 'bulwark_refresh')).toMatch(
      new RegExp(`^bulwark_refresh=[\\w-]{43}; Path=/auth/session; Max-Age=${ttl}; SameSite=Strict; HttpOnly$`),
    );
    expect(cookieNamed(answer.setCookies, 'bulwark_csrf')).toMatch(
      new RegExp(`^bulwark_csrf=[\\w-]{43}; Path=/; Max-Age=${ttl}; SameSite=Strict$`),
    );
    expect(jar.csrf).toBe(csrfTokenFor(t.config.auth.jwtSecret, jar.refresh));
    expect(JSON.stringify(answer.body)).not.toContain(jar.refresh);

    const viewer = await whoAmI(t, { token: answer.body.accessToken });
    expect(viewer.data?.viewer.kind).toBe('USER');
    expect(await auditActions(sessionIdOf(answer.body.accessToken))).toEqual(['SIGN_IN']);
  });

  it('does not mark the cookies Secure for X-Forwarded-Proto from an untrusted client (TRUST_PROXY off)', async () => {
    const answer = await post('', { email: DEMO.fultonClerk, password: t.demoPassword }, null, {
      'x-forwarded-proto': 'https',
    });
    expect(answer.status).toBe(200);
    expect(answer.setCookies.some((cookie) => cookie.includes('Secure'))).toBe(false);
  });

  it('renews with the CSRF token: both cookies rotate; the old refresh cookie replayed ends the whole session', async () => {
    const { jar, answer } = await browserSignIn();
    const stolen = jar.copy();
    const renewed = await post('/refresh', {}, jar);
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(renewed.body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt']);
    expect(renewed.setCookies).toHaveLength(2);
    expect(jar.refresh).not.toBe(stolen.refresh);
    expect(jar.csrf).not.toBe(stolen.csrf);
    expect(jar.csrf).toBe(csrfTokenFor(t.config.auth.jwtSecret, jar.refresh));
    expect(cookieNamed(renewed.setCookies, 'bulwark_refresh')).toMatch(
      /; Path=\/auth\/session; Max-Age=\d+; SameSite=Strict; HttpOnly$/,
    );
    expect((await whoAmI(t, { token: renewed.body.accessToken })).data?.viewer.kind).toBe('USER');

    const replay = await post('/refresh', {}, stolen);
    expect(replay.status).toBe(401);
    expect(replay.body.errors[0].message).toBe(SESSION_ENDED);
    expect(replay.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(replay.body.errors[0].extensions.requestId).toEqual(expect.any(String));
    expect(replay.setCookies).toHaveLength(2);
    expect(replay.setCookies.every((cookie) => cookie.includes('Max-Age=0'))).toBe(true);
    expect(cookieNamed(replay.setCookies, 'bulwark_refresh')).toContain('Path=/auth/session');
    expect(cookieNamed(replay.setCookies, 'bulwark_csrf')).toContain('Path=/;');
    // Reuse means theft: the rightful holder's newer cookie and token stop working too.
    const rightful = await post('/refresh', {}, jar);
    expect(rightful.status).toBe(401);
    expect(rightful.body.errors[0].message).toBe(SESSION_ENDED);
    expect((await whoAmI(t, { token: renewed.body.accessToken })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await auditActions(sessionIdOf(answer.body.accessToken))).toEqual(['SIGN_IN', 'REFRESH_TOKEN_REUSED']);
  });

  it('answers a renewal without a cookie, or with one it does not know, with 401 and clears both cookies', async () => {
    const none = await post('/refresh', {}, null);
    expect(none.status).toBe(401);
    expect(none.body.errors[0]).toMatchObject({ message: SESSION_ENDED, extensions: { code: 'UNAUTHENTICATED' } });
    expect(none.setCookies.map((cookie) => cookie.split('=')[0]).sort()).toEqual(['bulwark_csrf', 'bulwark_refresh']);
    expect(none.setCookies.every((cookie) => cookie.includes('Max-Age=0'))).toBe(true);

    const made = 'x'.repeat(43);
    const unknown = await post('/refresh', {}, null, {
      cookie: `bulwark_refresh=${made}`,
      'x-csrf-token': csrfTokenFor(t.config.auth.jwtSecret, made),
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors[0].message).toBe(SESSION_ENDED);
    expect(unknown.setCookies.every((cookie) => cookie.includes('Max-Age=0'))).toBe(true);
  });

  it('refuses a renewal or a sign-out without the right CSRF token, and changes nothing', async () => {
    const { jar } = await browserSignIn();
    const otherSession = (await browserSignIn()).jar;
    for (const path of ['/refresh', '/logout']) {
      for (const csrf of [undefined, '', 'forged', jar.csrf.slice(1), `${jar.csrf}x`, otherSession.csrf]) {
        const headers: Record<string, string> = { 'content-type': 'application/json', cookie: jar.header() };
        if (csrf !== undefined) headers['x-csrf-token'] = csrf;
        const response = await fetch(`${t.url}/auth/session${path}`, { method: 'POST', headers, body: '{}' });
        expect(response.status, `${path} ${String(csrf)}`).toBe(403);
        expect(((await response.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
        expect(response.headers.getSetCookie()).toEqual([]);
      }
    }
    expect((await post('/refresh', {}, jar)).status).toBe(200); // the cookie was neither spent nor ended
  });

  it("refuses another site's requests, and anything but JSON, before anything happens", async () => {
    const { jar } = await browserSignIn();
    const foreign: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: t.url.replace('127.0.0.1', 'localhost') },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of foreign) {
      for (const path of ['', '/refresh', '/logout']) {
        const body = path === '' ? { email: DEMO.fultonClerk, password: t.demoPassword } : {};
        const refused = await post(path, body, jar.copy(), headers);
        expect(refused.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
        expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
        expect(refused.setCookies).toEqual([]);
        expect(refused.headers.get('cache-control')).toBe('no-store');
      }
    }
    for (const contentType of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const form = await fetch(`${t.url}/auth/session`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: `email=${DEMO.fultonClerk}&password=${t.demoPassword}`,
      });
      expect(form.status, contentType).toBe(415);
      expect(((await form.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(form.headers.getSetCookie()).toEqual([]);
    }
    // Our own origin, and a browser saying same-origin, are fine; the session survived all of the above.
    expect((await post('/refresh', {}, jar, { origin: t.url, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('signs out: the refresh cookie and the access token stop working, the cookies are cleared', async () => {
    const { jar, answer } = await browserSignIn();
    const kept = jar.copy();
    const out = await post('/logout', {}, jar);
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ ok: true });
    expect(out.headers.get('cache-control')).toBe('no-store');
    expect(out.setCookies.every((cookie) => cookie.includes('Max-Age=0'))).toBe(true);
    expect(jar.cookies.size).toBe(0);
    const after = await post('/refresh', {}, kept);
    expect(after.status).toBe(401);
    expect(after.body.errors[0].message).toBe(SESSION_ENDED);
    expect((await whoAmI(t, { token: answer.body.accessToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await auditActions(sessionIdOf(answer.body.accessToken))).toEqual(['SIGN_IN', 'SIGN_OUT']);

    // Idempotent: signing out again, or with no cookie at all, is fine, clears, and records nothing more.
    for (const again of [kept, null]) {
      const repeated = await post('/logout', {}, again);
      expect(repeated.status).toBe(200);
      expect(repeated.body).toEqual({ ok: true });
      expect(repeated.setCookies.every((cookie) => cookie.includes('Max-Age=0'))).toBe(true);
    }
    expect(await auditActions(sessionIdOf(answer.body.accessToken))).toEqual(['SIGN_IN', 'SIGN_OUT']);
  });

  it('gives one plain answer for a wrong password, an unknown email, a locked and a deactivated account', async () => {
    const admin = await tokenOf(t, DEMO.gaAdmin);
    const deactivated = await createUser(t, admin);
    await t.gql.data(
      'mutation($id: ID!) { deactivateUser(input: { id: $id }) { id } }',
      { id: deactivated.id },
      { token: admin },
    );
    const locked = await createUser(t, admin);
    await t.dataSource.query(`UPDATE users SET locked_until = now() + interval '1 hour' WHERE id = $1`, [
      await userIdOf(t, locked.email),
    ]);
    const answers = await Promise.all([
      browserSignIn(DEMO.fultonClerk, 'wrong password'),
      browserSignIn('nobody@nowhere.demo', 'whatever'),
      browserSignIn(locked.email, locked.password),
      browserSignIn(deactivated.email, deactivated.password),
    ]);
    for (const { answer } of answers) {
      expect(answer.status).toBe(401);
      expect(answer.setCookies).toEqual([]);
      expect(answer.body.errors).toEqual([
        { message: SIGN_IN_FAILED, extensions: { code: 'UNAUTHENTICATED', requestId: expect.any(String) } },
      ]);
    }
  });

  it('refuses malformed input with 400 BAD_USER_INPUT, within the same body limit as /graphql', async () => {
    for (const body of [
      { email: 5, password: 'x' },
      { email: DEMO.fultonClerk, password: '' },
      { email: '', password: 'x' },
      { email: `${'a'.repeat(250)}@x.demo`, password: 'x' },
      { email: DEMO.fultonClerk, password: 'x'.repeat(129) },
      { email: DEMO.fultonClerk, password: t.demoPassword, admin: true },
      { email: DEMO.fultonClerk },
      [],
      '"text"',
      '{not json',
    ]) {
      const invalid = await post('', body, null);
      expect(invalid.status, JSON.stringify(body)).toBe(400);
      expect(invalid.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(invalid.setCookies).toEqual([]);
    }
    const tooLarge = await post(
      '',
      { email: DEMO.fultonClerk, password: 'x'.repeat(t.config.http.bodyLimitBytes) },
      null,
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

// Each on an app of its own, started after the one above has closed: apps in one process share Passport's strategy.
describe('browser sessions under other settings', () => {
  const signInTo = (app: TestApp, headers: Record<string, string> = {}) =>
    postTo(app.url, '', { email: DEMO.fultonClerk, password: app.demoPassword }, null, headers);

  it('marks both cookies Secure over HTTPS behind a trusted proxy', async () => {
    const proxied = await startTestApp({ TRUST_PROXY: 'true' });
    try {
      const overHttps = await signInTo(proxied, { 'x-forwarded-proto': 'https' });
      expect(overHttps.status).toBe(200);
      expect(overHttps.setCookies).toHaveLength(2);
      expect(overHttps.setCookies.every((cookie) => cookie.endsWith('; Secure'))).toBe(true);
      const overHttp = await signInTo(proxied);
      expect(overHttp.setCookies.some((cookie) => cookie.includes('Secure'))).toBe(false);
    } finally {
      await proxied.close();
    }
  });

  it('marks both cookies Secure in production, whatever the protocol', async () => {
    const production = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'p'.repeat(32),
      PUBLIC_URL: 'https://bulwark.test',
    });
    try {
      const answer = await signInTo(production);
      expect(answer.status).toBe(200);
      expect(answer.setCookies).toHaveLength(2);
      expect(answer.setCookies.every((cookie) => cookie.endsWith('; Secure'))).toBe(true);
      const jar = new CookieJar();
      jar.take(answer.setCookies);
      const renewed = await postTo(production.url, '/refresh', {}, jar);
      expect(renewed.status).toBe(200);
      expect(renewed.setCookies.every((cookie) => cookie.endsWith('; Secure'))).toBe(true);
    } finally {
      await production.close();
    }
  });

  it('counts sign-ins against the per-email budget: 429 with Retry-After', async () => {
    const limited = await startTestApp({ SIGN_IN_LIMIT_PER_EMAIL: '2' });
    try {
      const attempt = () => postTo(limited.url, '', { email: DEMO.paOfficial, password: 'wrong' }, null);
      expect((await attempt()).status).toBe(401);
      expect((await attempt()).status).toBe(401);
      const refused = await attempt();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', requestId: expect.any(String) });
      expect(refused.setCookies).toEqual([]);
      // The right password does not get past the budget either.
      const right = await postTo(limited.url, '', { email: DEMO.paOfficial, password: limited.demoPassword }, null);
      expect(right.status).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('counts sign-ins and renewals against the per-address budget: 429 with Retry-After', async () => {
    const limited = await startTestApp({ SIGN_IN_LIMIT_PER_ADDRESS: '3' });
    try {
      const jar = new CookieJar();
      jar.take((await signInTo(limited)).setCookies);
      expect((await postTo(limited.url, '', { email: DEMO.gaOfficial, password: 'wrong' }, null)).status).toBe(401);
      expect((await postTo(limited.url, '/refresh', {}, jar)).status).toBe(200);
      const refused = await postTo(limited.url, '', { email: DEMO.cisaAnalyst, password: limited.demoPassword }, null);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      const renewal = await postTo(limited.url, '/refresh', {}, jar);
      expect(renewal.status).toBe(429);
      expect(renewal.setCookies).toEqual([]); // refused before the cookie was looked at: the session goes on
    } finally {
      await limited.close();
    }
  });
});
