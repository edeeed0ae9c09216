import { describe, expect, it } from 'vitest';
import type { SessionStore, StoredSession } from './bulwark-types';
import { BulwarkError } from './errors';
import { type IssuedSession, memorySessionStore, SessionTokens } from './session-tokens';

const START = Date.parse('2026-12-06T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

/** A session whose token lives `ttlMs` from `now`; its tokens are numbered so each issue is recognisable. */
function issue(n: number, now: number, ttlMs: number): IssuedSession {
  return {
    accessToken: `access-${n}`,
    accessTokenExpiresAt: iso(now + ttlMs),
    refreshToken: `refresh-${n}`,
    refreshTokenExpiresAt: iso(START + 86_400_000),
  };
}

function tokens(ttlMs: number, renew?: (refreshToken: string) => Promise<IssuedSession>, saved?: StoredSession) {
  let now = START;
  const used: string[] = [];
  const sessions: (StoredSession | null)[] = [];
  const session = new SessionTokens({
    now: () => now,
    store: memorySessionStore(saved),
    onSession: (stored) => void sessions.push(stored),
    renew:
      renew ??
      ((refreshToken) => {
        used.push(refreshToken);
        return Promise.resolve(issue(used.length + 1, now, ttlMs));
      }),
  });
  return { session, used, sessions, advance: (ms: number) => (now += ms) };
}

/** A store shared by several clients, its `exclusive` a lock as a lock file would be between processes. */
function sharedStore(saved: StoredSession | null): SessionStore & { current: StoredSession | null } {
  let queue: Promise<unknown> = Promise.resolve();
  const store = {
    current: saved,
    load: () => Promise.resolve(store.current),
    save: (session: StoredSession | null) => {
      store.current = session;
      return Promise.resolve();
    },
    exclusive: <T>(work: () => Promise<T>): Promise<T> => {
      const turn = queue.then(work);
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
  return store;
}

/** The server's side of renewals: every refresh token works once, and a reused one fails the test. */
function server(ttlMs: number, clock: { now: number }) {
  const spent: string[] = [];
  let issued = 1;
  const renew = async (refreshToken: string): Promise<IssuedSession> => {
    if (spent.includes(refreshToken)) throw new Error(`refresh token used twice: ${refreshToken}`);
    spent.push(refreshToken);
    await Promise.resolve(); // an answer arrives later, so that two renewals would overlap without the lock
    return issue(++issued, clock.now, ttlMs);
  };
  return { spent, renew };
}

describe('SessionTokens', () => {
  it('keeps the access token until 60 s are left, then renews it once for every concurrent caller', async () => {
    const { session, used, sessions, advance } = tokens(900_000);
    await session.adopt(issue(1, START, 900_000));
    advance(839_000);
    expect(await session.accessToken()).toBe('access-1');
    advance(2_000);
    const all = await Promise.all([session.accessToken(), session.accessToken(), session.accessToken()]);
    expect(all).toEqual(['access-2', 'access-2', 'access-2']);
    expect(used).toEqual(['refresh-1']);
    expect(sessions.map((stored) => stored?.refreshToken)).toEqual(['refresh-1', 'refresh-2']);
  });

  it('renews short-lived tokens at half their lifetime rather than at once', async () => {
    const { session, used, advance } = tokens(60_000);
    await session.adopt(issue(1, START, 60_000));
    advance(29_000);
    expect(await session.accessToken()).toBe('access-1');
    advance(2_000);
    expect(await session.accessToken()).toBe('access-2');
    expect(used).toEqual(['refresh-1']);
  });

  it('renews after the server refused a token as expired, unless a renewal already replaced it', async () => {
    const { session, used } = tokens(900_000);
    await session.adopt(issue(1, START, 900_000));
    expect(await session.renewAfterRejection('access-1')).toBe('access-2');
    expect(await session.renewAfterRejection('access-1')).toBe('access-2');
    expect(used).toEqual(['refresh-1']);
  });

  it('resumes a stored session by renewing it on first use', async () => {
    const { session, used } = tokens(900_000, undefined, {
      refreshToken: 'saved',
      refreshTokenExpiresAt: iso(START + 1_000),
    });
    expect(await session.accessToken()).toBe('access-2');
    expect(used).toEqual(['saved']);
  });

  it('ends the session when the server refuses the refresh token, and tells onSession', async () => {
    const refused = new BulwarkError('UNAUTHENTICATED', 'This refresh token is not valid. Sign in again.');
    const { session, sessions } = tokens(900_000, () => Promise.reject(refused), {
      refreshToken: 'spent',
      refreshTokenExpiresAt: iso(START + 1_000),
    });
    await expect(session.accessToken()).rejects.toBe(refused);
    expect(sessions).toEqual([null]);
    expect(await session.active()).toBe(false);
    expect(await session.accessToken()).toBeUndefined();
  });

  it('keeps the session through a network failure, to renew on the next call', async () => {
    let attempts = 0;
    const { session, sessions } = tokens(
      900_000,
      () =>
        ++attempts === 1
          ? Promise.reject(new BulwarkError('NETWORK', 'down'))
          : Promise.resolve(issue(2, START, 900_000)),
      { refreshToken: 'saved', refreshTokenExpiresAt: iso(START + 1_000) },
    );
    await expect(session.accessToken()).rejects.toMatchObject({ code: 'NETWORK' });
    expect(await session.active()).toBe(true);
    expect(await session.accessToken()).toBe('access-2');
    expect(sessions.map((stored) => stored?.refreshToken)).toEqual(['refresh-2']);
  });

  it('does not send a refresh token past its expiry', async () => {
    const { session, used, sessions } = tokens(900_000, undefined, {
      refreshToken: 'old',
      refreshTokenExpiresAt: iso(START - 1),
    });
    await expect(session.accessToken()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(used).toEqual([]);
    expect(sessions).toEqual([null]);
  });

  it('resumes a saved access token while it is valid, without a renewal', async () => {
    const { session, used } = tokens(900_000, undefined, issue(1, START, 900_000));
    expect(await session.accessToken()).toBe('access-1');
    expect(used).toEqual([]);
  });
});

describe('SessionTokens sharing a store', () => {
  it('never spends one refresh token twice, however many clients renew at once', async () => {
    const clock = { now: START };
    const { spent, renew } = server(900_000, clock);
    const store = sharedStore(issue(1, START, 900_000));
    const clients = Array.from({ length: 4 }, () => new SessionTokens({ renew, store, now: () => clock.now }));
    for (let round = 0; round < 3; round++) {
      clock.now += 890_000;
      const tokens = await Promise.all(clients.flatMap((client) => [client.accessToken(), client.accessToken()]));
      expect(new Set(tokens).size).toBe(1);
    }
    expect(spent).toEqual(['refresh-1', 'refresh-2', 'refresh-3']);
    expect(store.current?.refreshToken).toBe('refresh-4');
  });

  it('takes the access token another client saved, with time left, instead of renewing', async () => {
    const clock = { now: START };
    const { spent, renew } = server(900_000, clock);
    const store = sharedStore(issue(1, START, 900_000));
    const first = new SessionTokens({ renew, store, now: () => clock.now });
    const second = new SessionTokens({ renew, store, now: () => clock.now });
    expect(await first.accessToken()).toBe('access-1');
    expect(await second.accessToken()).toBe('access-1');
    clock.now += 850_000;
    expect(await first.accessToken()).toBe('access-2');
    expect(await second.accessToken()).toBe('access-2');
    expect(spent).toEqual(['refresh-1']);
  });

  it('renews with the newest refresh token in the store when its access token is about to expire', async () => {
    const clock = { now: START };
    const { spent, renew } = server(900_000, clock);
    const store = sharedStore(issue(1, START, 900_000));
    const mine = new SessionTokens({ renew, store, now: () => clock.now });
    expect(await mine.accessToken()).toBe('access-1');
    store.current = issue(7, clock.now - 870_000, 900_000); // renewed elsewhere; 30 s left: too little to take
    clock.now += 850_000;
    expect(await mine.accessToken()).toBe('access-2');
    expect(spent).toEqual(['refresh-7']);
    expect(store.current).toMatchObject({ refreshToken: 'refresh-2', accessToken: 'access-2' });
  });

  it('renews after the server refused the stored access token, rather than taking it again', async () => {
    const clock = { now: START };
    const { spent, renew } = server(900_000, clock);
    const store = sharedStore(issue(1, START, 900_000));
    const mine = new SessionTokens({ renew, store, now: () => clock.now });
    expect(await mine.accessToken()).toBe('access-1');
    expect(await mine.renewAfterRejection('access-1')).toBe('access-2');
    expect(spent).toEqual(['refresh-1']);
  });
});
