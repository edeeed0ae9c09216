import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@web/api/api-error';
import { BrowserSession, type BrowserSessionDeps } from './browser-session';

const HOUR = 3_600_000;

interface Call {
  path: string;
  csrf: string | null;
}

/** A fake server for /auth/session: answers in order, records what the page sent. */
function fakeServer(answers: { status: number; body: unknown }[], cookies = 'bulwark_csrf=c1') {
  const calls: Call[] = [];
  let now = Date.parse('2026-12-05T10:00:00Z');
  const deps: BrowserSessionDeps = {
    fetch: vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      const headers = (init?.headers ?? {}) as Record<string, string>;
      calls.push({
        path: input instanceof Request ? input.url : input.toString(),
        csrf: headers['x-csrf-token'] ?? null,
      });
      const answer = answers.shift();
      if (!answer) return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status }));
    }),
    readCookies: () => cookies,
    now: () => now,
    withLock: (_name, task) => task(),
  };
  return { deps, calls, advance: (ms: number) => (now += ms) };
}

const token = (value: string, expiresInMs = HOUR) => ({
  status: 200,
  body: {
    accessToken: value,
    accessTokenExpiresAt: new Date(Date.parse('2026-12-05T10:00:00Z') + expiresInMs).toISOString(),
  },
});
const refused = {
  status: 401,
  body: { errors: [{ message: 'ended', extensions: { code: 'UNAUTHENTICATED', requestId: 'r-1' } }] },
};

describe('BrowserSession', () => {
  it('resumes from the refresh cookie on load, echoing the CSRF cookie, and keeps the token in memory only', async () => {
    const server = fakeServer([token('t1')]);
    const session = new BrowserSession(server.deps);
    expect(await session.resume()).toBe('signed-in');
    expect(server.calls).toEqual([{ path: '/auth/session/refresh', csrf: 'c1' }]);
    expect(await session.accessToken()).toBe('t1');
    expect(server.calls).toHaveLength(1); // still fresh: no second renewal
  });

  it('is signed out at once, without a request, when there is no session cookie', async () => {
    const server = fakeServer([], '');
    const session = new BrowserSession(server.deps);
    expect(await session.resume()).toBe('signed-out');
    expect(server.calls).toEqual([]);
    expect(await session.accessToken()).toBeNull();
  });

  it('renews once for many callers when the token is about to expire', async () => {
    const server = fakeServer([token('t1', 20_000), token('t2')]);
    const session = new BrowserSession(server.deps);
    await session.resume();
    const tokens = await Promise.all([session.accessToken(), session.accessToken(), session.accessToken()]);
    expect(tokens).toEqual(['t2', 't2', 't2']);
    expect(server.calls.map((c) => c.path)).toEqual(['/auth/session/refresh', '/auth/session/refresh']);
  });

  it('signs out with a reason when the server ends the session, and tells listeners', async () => {
    const server = fakeServer([token('t1'), refused]);
    const session = new BrowserSession(server.deps);
    await session.resume();
    const seen: string[] = [];
    session.subscribe(() => seen.push(session.status));
    expect(await session.recoverFromRejectedToken()).toBe(false);
    expect(session.status).toBe('signed-out');
    expect(seen).toEqual(['signed-out']);
    expect(session.endReason).toMatch(/session has ended/i);
  });

  it('passes a failed sign-in on as the API error, with its code and request id', async () => {
    const server = fakeServer([refused], '');
    const session = new BrowserSession(server.deps);
    const error = await session.signIn('clerk@fulton.ga.demo', 'wrong').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', requestId: 'r-1' });
    expect(session.status).not.toBe('signed-in');
  });

  it('a network failure during renewal does not sign the reader out', async () => {
    const server = fakeServer([token('t1', 20_000)]);
    const session = new BrowserSession(server.deps);
    await session.resume();
    await expect(session.accessToken()).rejects.toMatchObject({ code: 'NETWORK' });
    expect(session.status).toBe('signed-in');
  });

  it('signs out on the server and forgets the token', async () => {
    const server = fakeServer([token('t1'), { status: 200, body: { ok: true } }]);
    const session = new BrowserSession(server.deps);
    await session.resume();
    await session.signOut();
    expect(server.calls.at(-1)).toEqual({ path: '/auth/session/logout', csrf: 'c1' });
    expect(session.status).toBe('signed-out');
    expect(await session.accessToken()).toBeNull();
  });

  it('answers a second step that is due, without signing in: no token until it is done', async () => {
    const challenge = {
      challengeToken: 'ch-1',
      expiresAt: '2026-12-05T10:05:00.000Z',
      methods: ['WEBAUTHN', 'TOTP'],
      enrolmentRequired: false,
    };
    const server = fakeServer([{ status: 200, body: { secondFactor: challenge } }, token('t1')], '');
    const session = new BrowserSession(server.deps);
    await session.resume(); // no session cookie: signed out, as on the sign-in page
    expect(await session.signIn('publisher@cisa.demo', 'pw')).toEqual(challenge);
    expect(session.status).toBe('signed-out');
    expect(await session.accessToken()).toBeNull();

    await session.completeSecondFactor('ch-1', { totpCode: '123456' });
    expect(server.calls.map((call) => call.path)).toEqual(['/auth/session', '/auth/session/second-factor']);
    expect(JSON.parse(vi.mocked(server.deps.fetch).mock.calls[1]?.[1]?.body as string)).toEqual({
      challengeToken: 'ch-1',
      totpCode: '123456',
    });
    expect(session.status).toBe('signed-in');
    expect(await session.accessToken()).toBe('t1');
  });

  it('after a forced enrolment, holds the new session until the recovery codes are saved', async () => {
    const codes = Array.from({ length: 10 }, (_, index) => `code-${index}`);
    const server = fakeServer([{ status: 200, body: { ...token('t1').body, recoveryCodes: codes } }], '');
    const session = new BrowserSession(server.deps);
    const enrolled = await session.enrolAuthenticatorApp('ch-2', '654321');
    expect(server.calls.map((call) => call.path)).toEqual(['/auth/session/enrolment/totp']);
    expect(enrolled.recoveryCodes).toEqual(codes);
    expect(session.status).not.toBe('signed-in');
    enrolled.session.enter();
    expect(session.status).toBe('signed-in');
    expect(await session.accessToken()).toBe('t1');
  });

  it('enrols a passkey and signs in with one through their own routes', async () => {
    const server = fakeServer([{ status: 200, body: { ...token('t1').body, recoveryCodes: [] } }, token('t2')], '');
    const session = new BrowserSession(server.deps);
    await session.enrolPasskey('ch-3', 'Work laptop', '{"id":"x"}');
    await session.signInWithPasskey('ch-4', '{"id":"y"}');
    expect(server.calls.map((call) => call.path)).toEqual(['/auth/session/enrolment/passkey', '/auth/session/passkey']);
    expect(session.status).toBe('signed-in');
    expect(await session.accessToken()).toBe('t2');
  });
});
