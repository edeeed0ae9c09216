import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, DEMO, startTestApp, type TestApp, tokenOf, whoAmI } from '@bulwark/testing';

interface BrowserAnswer {
  status: number;
  body: any;
  setCookies: string[];
}

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

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get csrf(): string {
    return this.cookies.get('bulwark_csrf') ?? '';
  }
}

describe('browser sessions at /auth/session', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function post(
    path: string,
    body: unknown,
    jar: CookieJar | null,
    headers: Record<string, string> = {},
  ): Promise<BrowserAnswer> {
    const response = await fetch(`${t.url}/auth/session${path}`, {
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
    };
    jar?.take(answer.setCookies);
    return answer;
  }

  async function browserSignIn(email: string = DEMO.fultonClerk, password = t.demoPassword) {
    const jar = new CookieJar();
    const answer = await post('', { email, password }, jar);
    return { jar, answer };
  }

  it('signs in: an httpOnly refresh cookie on the session path, a readable CSRF cookie, the access token in the body only', async () => {
    const { jar, answer } = await browserSignIn();
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt']);
    const [refresh, csrf] = answer.setCookies;
    expect(refresh).toMatch(
      /^bulwark_refresh=[\w-]{20,}; Path=\/auth\/session; Max-Age=\d+; SameSite=Strict; HttpOnly$/,
    );
    expect(csrf).toMatch(/^bulwark_csrf=[\w-]{20,}; Path=\/; Max-Age=\d+; SameSite=Strict$/);
    expect(JSON.stringify(answer.body)).not.toContain(jar.cookies.get('bulwark_refresh'));
    const viewer = await whoAmI(t, { token: answer.body.accessToken });
    expect(viewer.data?.viewer.kind).toBe('USER');
  });

  it('renews with the CSRF token: both cookies rotate; the old refresh cookie replayed ends the whole session', async () => {
    const { jar } = await browserSignIn();
    const stolen = new CookieJar();
    stolen.take([...jar.cookies].map(([name, value]) => `${name}=${value}`));
    const renewed = await post('/refresh', {}, jar);
    expect(renewed.status).toBe(200);
    expect(jar.cookies.get('bulwark_refresh')).not.toBe(stolen.cookies.get('bulwark_refresh'));
    expect(jar.csrf).not.toBe(stolen.csrf);

    const replay = await post('/refresh', {}, stolen);
    expect(replay.status).toBe(401);
    expect(replay.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(replay.setCookies.every((cookie) => cookie.includes('Max-Age=0'))).toBe(true);
    // Reuse means theft: the rightful holder's newer cookie and token stop working too.
    expect((await post('/refresh', {}, jar)).status).toBe(401);
    expect((await whoAmI(t, { token: renewed.body.accessToken })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a renewal without the right CSRF token, and changes nothing', async () => {
    const { jar } = await browserSignIn();
    for (const csrf of [undefined, 'forged', jar.csrf.slice(1)]) {
      const headers: Record<string, string> = { cookie: jar.header() };
      if (csrf !== undefined) headers['x-csrf-token'] = csrf;
      const response = await fetch(`${t.url}/auth/session/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
      expect(response.status, String(csrf)).toBe(403);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    expect((await post('/refresh', {}, jar)).status).toBe(200); // the cookie was not spent
  });

  it("refuses another site's requests, and anything but JSON", async () => {
    const { jar } = await browserSignIn();
    expect((await post('/refresh', {}, jar, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post('/refresh', {}, jar, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const form = await fetch(`${t.url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=${DEMO.fultonClerk}&password=${t.demoPassword}`,
    });
    expect(form.status).toBe(415);
    expect(form.headers.getSetCookie()).toEqual([]);
    expect((await post('/refresh', {}, jar, { origin: t.url })).status).toBe(200); // our own origin is fine
  });

  it('signs out: the refresh cookie and the access token stop working, the cookies are cleared', async () => {
    const { jar, answer } = await browserSignIn();
    const kept = new CookieJar();
    kept.take([...jar.cookies].map(([name, value]) => `${name}=${value}`));
    const out = await post('/logout', {}, jar);
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ ok: true });
    expect(jar.cookies.size).toBe(0);
    expect((await post('/refresh', {}, kept)).status).toBe(401);
    expect((await whoAmI(t, { token: answer.body.accessToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const events: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE action = 'SIGN_OUT' ORDER BY position DESC LIMIT 1`,
    );
    expect(events).toEqual([{ action: 'SIGN_OUT' }]);
    expect((await post('/logout', {}, null)).status).toBe(200); // no cookie: nothing to end, still fine
  });

  it('gives one plain answer for a wrong password, an unknown email and a deactivated account', async () => {
    const admin = await tokenOf(t, DEMO.gaAdmin);
    const user = await createUser(t, admin);
    await t.gql.data(
      'mutation($id: ID!) { deactivateUser(input: { id: $id }) { id } }',
      { id: user.id },
      { token: admin },
    );
    const answers = await Promise.all([
      browserSignIn(DEMO.fultonClerk, 'wrong password'),
      browserSignIn('nobody@nowhere.demo', 'whatever'),
      browserSignIn(user.email, user.password),
    ]);
    for (const { answer } of answers) {
      expect(answer.status).toBe(401);
      expect(answer.setCookies).toEqual([]);
      expect(answer.body.errors[0].message).toBe('Sign-in failed: check the email and password, or try again later.');
      expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const invalid = await post('', { email: 5, password: '' }, null);
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

// Each on an app of its own, started after the one above has closed: apps in one process share Passport's strategy.
describe('browser sessions under other settings', () => {
  it('marks both cookies Secure over HTTPS (behind a trusted proxy) and in production', async () => {
    const proxied = await startTestApp({ TRUST_PROXY: 'true' });
    try {
      const response = await fetch(`${proxied.url}/auth/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ email: DEMO.fultonClerk, password: proxied.demoPassword }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.getSetCookie().every((cookie) => cookie.endsWith('; Secure'))).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('counts sign-ins against the per-email budget: 429 with Retry-After', async () => {
    const limited = await startTestApp({ SIGN_IN_LIMIT_PER_EMAIL: '2' });
    try {
      const attempt = () =>
        fetch(`${limited.url}/auth/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: DEMO.paOfficial, password: 'wrong' }),
        });
      expect((await attempt()).status).toBe(401);
      expect((await attempt()).status).toBe(401);
      const refused = await attempt();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});
