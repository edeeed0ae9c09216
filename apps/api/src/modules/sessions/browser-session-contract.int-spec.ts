import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, DEMO, startTestApp, type TestApp, tokenOf } from '@bulwark/testing';

// Details of the cookie contract browser-session.int-spec.ts leaves implicit: a cookie is only deleted when the
// deleting Set-Cookie names the same Path (else the browser keeps the old one and keeps sending it), and the
// cookies live exactly as long as the session.

interface Answer {
  status: number;
  body: any;
  setCookies: string[];
}

interface Session {
  refresh: string;
  csrf: string;
  setCookies: string[];
}

function cookieValue(setCookies: string[], name: string): string {
  const line = setCookies.find((cookie) => cookie.startsWith(`${name}=`));
  if (!line) throw new Error(`no ${name} cookie in ${JSON.stringify(setCookies)}`);
  return line.slice(name.length + 1).split(';')[0];
}

function attributes(setCookie: string): Map<string, string> {
  const [, ...parts] = setCookie.split(';').map((part) => part.trim());
  return new Map(parts.map((part) => [part.split('=')[0].toLowerCase(), part.split('=')[1] ?? '']));
}

/** Deleted as a browser needs it: empty, Max-Age=0, on the very Path (and with the flags) it was set with. */
function expectCleared(setCookies: string[]): void {
  expect(setCookies.map((cookie) => cookie.split('=')[0])).toEqual(['bulwark_refresh', 'bulwark_csrf']);
  const [refresh, csrf] = setCookies.map(attributes);
  expect(cookieValue(setCookies, 'bulwark_refresh')).toBe('');
  expect(cookieValue(setCookies, 'bulwark_csrf')).toBe('');
  expect(refresh.get('path')).toBe('/auth/session');
  expect(csrf.get('path')).toBe('/');
  for (const cookie of [refresh, csrf]) {
    expect(cookie.get('max-age')).toBe('0');
    expect(cookie.get('samesite')).toBe('Strict');
  }
  expect(refresh.has('httponly')).toBe(true);
  expect(csrf.has('httponly')).toBe(false);
}

describe('browser session cookies: lifetime and deletion', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function post(path: string, body: unknown, session: Session | null = null): Promise<Answer> {
    const response = await fetch(`${t.url}/auth/session${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(session
          ? { cookie: `bulwark_refresh=${session.refresh}; bulwark_csrf=${session.csrf}`, 'x-csrf-token': session.csrf }
          : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json(), setCookies: response.headers.getSetCookie() };
  }

  async function signIn(email: string, password: string): Promise<Session> {
    const answer = await post('', { email, password });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return {
      refresh: cookieValue(answer.setCookies, 'bulwark_refresh'),
      csrf: cookieValue(answer.setCookies, 'bulwark_csrf'),
      setCookies: answer.setCookies,
    };
  }

  it("gives both cookies the session's lifetime, and keeps it (never extends it) on renewal", async () => {
    const ttl = t.config.auth.refreshTokenTtlSeconds;
    const session = await signIn(DEMO.fultonClerk, t.demoPassword);
    const [refresh, csrf] = session.setCookies.map(attributes);
    const maxAge = Number(refresh.get('max-age'));
    expect(maxAge).toBeGreaterThan(ttl - 60);
    expect(maxAge).toBeLessThanOrEqual(ttl);
    expect(csrf.get('max-age')).toBe(refresh.get('max-age'));

    const renewed = await post('/refresh', {}, session);
    expect(renewed.status).toBe(200);
    const renewedAge = Number(attributes(renewed.setCookies[0]).get('max-age'));
    expect(renewedAge).toBeLessThanOrEqual(maxAge);
    expect(renewedAge).toBeGreaterThan(maxAge - 60);
  });

  it('deletes both cookies on their own paths when the session ends: sign-out, a spent cookie, no cookie', async () => {
    const session = await signIn(DEMO.fultonClerk, t.demoPassword);
    const out = await post('/logout', {}, session);
    expect(out.status).toBe(200);
    expectCleared(out.setCookies);
    const spent = await post('/refresh', {}, session);
    expect(spent.status).toBe(401);
    expectCleared(spent.setCookies);
    expectCleared((await post('/refresh', {})).setCookies);
    expectCleared((await post('/logout', {})).setCookies);
  });

  it('ends the browser session of a user deactivated since signing in: 401 and both cookies deleted', async () => {
    const admin = await tokenOf(t, DEMO.gaAdmin);
    const user = await createUser(t, admin);
    const session = await signIn(user.email, user.password);
    await t.gql.data(
      'mutation($id: ID!) { deactivateUser(input: { id: $id }) { id } }',
      { id: user.id },
      { token: admin },
    );
    const refused = await post('/refresh', {}, session);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expectCleared(refused.setCookies);
    // Spent by that attempt or not, the cookie opens nothing afterwards either.
    expect((await post('/refresh', {}, session)).status).toBe(401);
  });
});
