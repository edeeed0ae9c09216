import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO, signInEnrolling, startTestApp, type TestApp } from '@bulwark/testing';
import { BulwarkClient } from './bulwark-client';
import type { StoredSession } from './bulwark-types';
import { BulwarkError } from './errors';

const PUBLISHER = 'publisher@cisa.demo';

/** What a client told its onSession, in order. */
function sessionLog(): { sessions: (StoredSession | null)[]; onSession: (session: StoredSession | null) => void } {
  const sessions: (StoredSession | null)[] = [];
  return { sessions, onSession: (session) => void sessions.push(session) };
}

async function failure(promise: Promise<unknown>): Promise<BulwarkError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof BulwarkError)) throw new Error(`expected a BulwarkError, got ${String(error)}`);
  return error;
}

describe('BulwarkClient: signing in, renewing, signing out, API keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The shortest access token the server allows, so the client renews it well before the default 15 minutes.
    t = await startTestApp({ ACCESS_TOKEN_TTL_SECONDS: '60' });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(() => t.close());

  it('signs in with a password, and hands the session to onSession', async () => {
    const log = sessionLog();
    const client = new BulwarkClient({ url: t.url, onSession: log.onSession });
    const viewer = await client.signIn({ email: DEMO.fultonClerk, password: t.demoPassword });
    expect(viewer).toMatchObject({ kind: 'USER', user: { email: DEMO.fultonClerk }, apiKey: null });
    expect(log.sessions).toEqual([
      {
        accessToken: expect.any(String),
        accessTokenExpiresAt: expect.any(String),
        refreshToken: expect.any(String),
        refreshTokenExpiresAt: expect.any(String),
      },
    ]);
    expect(await client.viewer()).toEqual(viewer);
  });

  it('renews the access token before it expires, once for concurrent requests, and reports the rotated token', async () => {
    const log = sessionLog();
    const client = new BulwarkClient({ url: t.url, onSession: log.onSession });
    await client.signIn({ email: DEMO.fultonClerk, password: t.demoPassword });
    await client.viewer();
    expect(log.sessions).toHaveLength(1);
    // 35 s later (server and client share this clock): 25 s of the 60 s token left, inside the renewal margin.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: Date.now() + 35_000 });
    const viewers = await Promise.all(Array.from({ length: 5 }, () => client.viewer()));
    expect(viewers.map((viewer) => viewer.user?.email)).toEqual(Array(5).fill(DEMO.fultonClerk));
    // One renewal: a second use of the same refresh token would have ended the session (reuse detection).
    expect(log.sessions).toHaveLength(2);
    const [signedIn, renewed] = log.sessions;
    expect(renewed?.refreshToken).not.toBe(signedIn?.refreshToken);
    expect(renewed?.refreshTokenExpiresAt).toBe(signedIn?.refreshTokenExpiresAt);
    // The first refresh token was spent by the renewal: resuming with it ends the session.
    const stale = new BulwarkClient({ url: t.url, session: signedIn ?? undefined });
    expect((await failure(stale.viewer())).code).toBe('UNAUTHENTICATED');
  });

  it('resumes a stored session, renewing it on the first request, and signs out for good', async () => {
    const first = sessionLog();
    await new BulwarkClient({ url: t.url, onSession: first.onSession }).signIn({
      email: DEMO.fultonClerk,
      password: t.demoPassword,
    });
    const stored = first.sessions[0];
    if (!stored) throw new Error('no session stored');

    const log = sessionLog();
    const resumed = new BulwarkClient({ url: t.url, session: stored, onSession: log.onSession });
    expect((await resumed.viewer()).user?.email).toBe(DEMO.fultonClerk);
    expect(log.sessions).toHaveLength(1);
    expect(log.sessions[0]?.refreshToken).not.toBe(stored.refreshToken);

    await resumed.signOut();
    expect(log.sessions).toEqual([expect.anything(), null]);
    const afterSignOut = sessionLog();
    const again = new BulwarkClient({
      url: t.url,
      session: log.sessions[0] ?? undefined,
      onSession: afterSignOut.onSession,
    });
    const error = await failure(again.viewer());
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.requestId).toEqual(expect.any(String));
    expect(afterSignOut.sessions).toEqual([null]);
  });

  it('refuses an account that must enrol first, then completes a second factor through the callback', async () => {
    const log = sessionLog();
    const withoutFactor = new BulwarkClient({ url: t.url, onSession: log.onSession });
    const mustEnrol = await failure(
      withoutFactor.signIn({ email: PUBLISHER, password: t.demoPassword, secondFactor: () => Promise.resolve({}) }),
    );
    expect(mustEnrol).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED', extensions: { enrolmentRequired: true } });
    // The publisher enrols an authenticator app in the portal and keeps the recovery codes shown once.
    const { recoveryCodes } = await signInEnrolling(t, PUBLISHER);

    const challenges: { methods: string[]; challengeToken: string }[] = [];
    const client = new BulwarkClient({ url: t.url });
    const viewer = await client.signIn({
      email: PUBLISHER,
      password: t.demoPassword,
      secondFactor: (challenge) => {
        challenges.push(challenge);
        return Promise.resolve({ recoveryCode: recoveryCodes[0] });
      },
    });
    expect(challenges).toEqual([
      { methods: expect.arrayContaining(['TOTP', 'RECOVERY_CODE']), challengeToken: expect.any(String) },
    ]);
    expect(viewer.roles).toContain('PUBLISHER');
    expect((await client.viewer()).user?.email).toBe(PUBLISHER);

    const error = await failure(withoutFactor.signIn({ email: PUBLISHER, password: t.demoPassword }));
    expect(error.code).toBe('SECOND_FACTOR_REQUIRED');
    expect(error.extensions).toMatchObject({ methods: expect.arrayContaining(['TOTP']), enrolmentRequired: false });
    expect(log.sessions).toEqual([]);
  });

  it('refuses a wrong second factor with the API error, and a wrong password as UNAUTHENTICATED', async () => {
    const client = new BulwarkClient({ url: t.url });
    const wrongCode = await failure(
      client.signIn({
        email: PUBLISHER,
        password: t.demoPassword,
        secondFactor: () => Promise.resolve({ recoveryCode: 'not-a-recovery-code' }),
      }),
    );
    expect(wrongCode.code).toBe('UNAUTHENTICATED');
    const wrongPassword = await failure(client.signIn({ email: DEMO.fultonClerk, password: 'not the password' }));
    expect(wrongPassword).toMatchObject({ code: 'UNAUTHENTICATED', status: 200, requestId: expect.any(String) });
  });

  it('works with an API key an organization administrator created through the API', async () => {
    const { recoveryCodes } = await signInEnrolling(t, DEMO.gaAdmin);
    const admin = new BulwarkClient({ url: t.url });
    await admin.signIn({
      email: DEMO.gaAdmin,
      password: t.demoPassword,
      secondFactor: () => Promise.resolve({ recoveryCode: recoveryCodes[1] }),
    });
    const { createApiKey } = await admin.request<
      { createApiKey: { secret: string; apiKey: { id: string } } },
      { input: { name: string; roles: string[]; clearance: string } }
    >('mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }', {
      input: { name: 'SIEM feed', roles: ['VIEWER'], clearance: 'GREEN' },
    });

    const partner = new BulwarkClient({ url: t.url, apiKey: createApiKey.secret });
    expect(await partner.viewer()).toMatchObject({
      kind: 'API_KEY',
      clearance: 'GREEN',
      roles: ['VIEWER'],
      user: null,
      apiKey: { id: createApiKey.apiKey.id, name: 'SIEM feed' },
      organization: { shortName: 'GA-SOS' },
    });
    expect(await partner.countBulletins()).toMatchObject({ exact: true });
    await expect(partner.signIn({ email: DEMO.fultonClerk, password: t.demoPassword })).rejects.toThrow(TypeError);

    await admin.request('mutation ($input: ApiKeyIdInput!) { revokeApiKey(input: $input) { active } }', {
      input: { id: createApiKey.apiKey.id },
    });
    expect((await failure(partner.viewer())).code).toBe('UNAUTHENTICATED');
    expect(
      () =>
        new BulwarkClient({ url: t.url, apiKey: 'bwk_x', session: { refreshToken: 'r', refreshTokenExpiresAt: '' } }),
    ).toThrow(TypeError);
  });
});
