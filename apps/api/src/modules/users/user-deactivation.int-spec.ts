import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptLogin,
  attemptRefresh,
  createSignedInUser,
  DEMO,
  errorOf,
  signIn,
  startTestApp,
  type TestApp,
  tokenOf,
  whoAmI,
} from '@bulwark/testing';

const DEACTIVATE = 'mutation($id: ID!) { deactivateUser(input: { id: $id }) { id active } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateUser(input: { id: $id }) { id active } }';

describe('deactivating a user', () => {
  let t: TestApp;
  let gaAdmin: string;
  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await tokenOf(t, DEMO.gaAdmin);
  });
  afterAll(() => t.close());

  it('takes effect on their very next request, with an access token that has not expired', async () => {
    const user = await createSignedInUser(t, gaAdmin);
    expect((await whoAmI(t, { token: user.accessToken })).data?.viewer.kind).toBe('USER');

    const { deactivateUser } = await t.gql.data<{ deactivateUser: { active: boolean } }>(
      DEACTIVATE,
      { id: user.id },
      {
        token: gaAdmin,
      },
    );
    expect(deactivateUser.active).toBe(false);

    const next = await whoAmI(t, { token: user.accessToken });
    expect(next.data ?? null).toBeNull();
    expect(errorOf(next).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await attemptRefresh(t, user.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await attemptLogin(t, user.email, user.password)).code).toBe('UNAUTHENTICATED');
  });

  it('reactivation does not revive old sessions, but a new sign-in works', async () => {
    const user = await createSignedInUser(t, gaAdmin);
    await t.gql.data(DEACTIVATE, { id: user.id }, { token: gaAdmin });
    const { reactivateUser } = await t.gql.data<{ reactivateUser: { active: boolean } }>(
      REACTIVATE,
      { id: user.id },
      {
        token: gaAdmin,
      },
    );
    expect(reactivateUser.active).toBe(true);

    expect(errorOf(await whoAmI(t, { token: user.accessToken })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await attemptRefresh(t, user.refreshToken)).code).toBe('UNAUTHENTICATED');

    const fresh = await signIn(t, user.email, user.password);
    expect((await whoAmI(t, { token: fresh.accessToken })).data?.viewer.kind).toBe('USER');
  });

  it("leaves other users' sessions alone", async () => {
    const target = await createSignedInUser(t, gaAdmin);
    const bystander = await createSignedInUser(t, gaAdmin);
    await t.gql.data(DEACTIVATE, { id: target.id }, { token: gaAdmin });
    expect((await whoAmI(t, { token: bystander.accessToken })).errors).toBeUndefined();
    expect((await attemptRefresh(t, bystander.refreshToken)).errors).toBeUndefined();
  });
});
