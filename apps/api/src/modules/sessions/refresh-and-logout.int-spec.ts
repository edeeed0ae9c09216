import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptRefresh,
  createSignedInUser,
  DEMO,
  errorOf,
  jwtClaims,
  signIn,
  startTestApp,
  type TestApp,
  tokenOf,
  whoAmI,
} from '@bulwark/testing';

describe('refreshSession and logout', () => {
  let t: TestApp;
  let gaAdmin: string;
  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await tokenOf(t, DEMO.gaAdmin);
  });
  afterAll(() => t.close());

  async function sessionRevocation(accessToken: string): Promise<{ revoked_at: Date | null; revoked_reason: string }> {
    const rows: { revoked_at: Date | null; revoked_reason: string }[] = await t.dataSource.query(
      'SELECT revoked_at, revoked_reason FROM sessions WHERE id = $1',
      [jwtClaims(accessToken)['sid']],
    );
    return rows[0];
  }

  it('rotates: the new pair works, in the same session', async () => {
    const user = await createSignedInUser(t, gaAdmin);
    const refreshed = await attemptRefresh(t, user.refreshToken);
    const next = refreshed.data!.refreshSession;
    expect(next.refreshToken).not.toBe(user.refreshToken);
    expect(jwtClaims(next.accessToken)['sid']).toBe(jwtClaims(user.accessToken)['sid']);
    expect((await whoAmI(t, { token: next.accessToken })).data?.viewer.kind).toBe('USER');
    expect((await attemptRefresh(t, next.refreshToken)).errors).toBeUndefined();
  });

  it('refuses a refresh token used twice and ends its whole family', async () => {
    const user = await createSignedInUser(t, gaAdmin);
    const first = (await attemptRefresh(t, user.refreshToken)).data!.refreshSession;
    const second = (await attemptRefresh(t, first.refreshToken)).data!.refreshSession;
    expect((await whoAmI(t, { token: second.accessToken })).errors).toBeUndefined();

    const replay = await attemptRefresh(t, user.refreshToken);
    expect(replay.data?.refreshSession ?? null).toBeNull();
    expect(errorOf(replay).code).toBe('UNAUTHENTICATED');

    expect(errorOf(await attemptRefresh(t, second.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await whoAmI(t, { token: second.accessToken })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await whoAmI(t, { token: user.accessToken })).code).toBe('UNAUTHENTICATED');
    expect((await sessionRevocation(user.accessToken)).revoked_reason).toBe('REFRESH_TOKEN_REUSE');
  });

  it('refuses an unknown refresh token and changes nothing', async () => {
    const user = await createSignedInUser(t, gaAdmin);
    expect(errorOf(await attemptRefresh(t, 'A'.repeat(43))).code).toBe('UNAUTHENTICATED');
    expect((await attemptRefresh(t, user.refreshToken)).errors).toBeUndefined();
  });

  it('logout ends the session: the access token fails on the next request, the refresh token is dead', async () => {
    const user = await createSignedInUser(t, gaAdmin);
    const out = await t.gql.data<{ logout: boolean }>('mutation { logout }', {}, { token: user.accessToken });
    expect(out.logout).toBe(true);

    expect(errorOf(await whoAmI(t, { token: user.accessToken })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await attemptRefresh(t, user.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect((await sessionRevocation(user.accessToken)).revoked_reason).toBe('LOGOUT');
  });

  it('logout ends only the current session: the same user signed in elsewhere stays signed in', async () => {
    const user = await createSignedInUser(t, gaAdmin);
    const elsewhere = await signIn(t, user.email, user.password);
    await t.gql.data('mutation { logout }', {}, { token: user.accessToken });
    expect(errorOf(await whoAmI(t, { token: user.accessToken })).code).toBe('UNAUTHENTICATED');
    expect((await whoAmI(t, { token: elsewhere.accessToken })).errors).toBeUndefined();
    expect((await attemptRefresh(t, elsewhere.refreshToken)).errors).toBeUndefined();
  });
});
