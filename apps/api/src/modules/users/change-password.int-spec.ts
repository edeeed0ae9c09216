import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptLogin,
  createApiKey,
  createSignedInUser,
  DEMO,
  errorOf,
  startTestApp,
  type TestApp,
  tokenOf,
} from '@bulwark/testing';

const CHANGE = `mutation($current: String!, $next: String!) {
  changePassword(input: { currentPassword: $current, newPassword: $next })
}`;
const NEW_PASSWORD = 'a brand new pass phrase';

describe('changePassword', () => {
  let t: TestApp;
  let gaAdmin: string;
  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await tokenOf(t, DEMO.gaAdmin);
  });
  afterAll(() => t.close());

  it('replaces the password: the old one then fails at login, the new one works', async () => {
    const user = await createSignedInUser(t, gaAdmin);
    const { changePassword } = await t.gql.data<{ changePassword: boolean }>(
      CHANGE,
      { current: user.password, next: NEW_PASSWORD },
      { token: user.accessToken },
    );
    expect(changePassword).toBe(true);
    expect(errorOf(await attemptLogin(t, user.email, user.password)).code).toBe('UNAUTHENTICATED');
    expect((await attemptLogin(t, user.email, NEW_PASSWORD)).errors).toBeUndefined();
  });

  it('refuses a wrong current password and keeps the old one', async () => {
    const user = await createSignedInUser(t, gaAdmin);
    const response = await t.gql.request(
      CHANGE,
      { current: 'not my password', next: NEW_PASSWORD },
      { token: user.accessToken },
    );
    expect(response.data?.['changePassword'] ?? null).toBeNull();
    expect(errorOf(response).code).toBe('UNAUTHENTICATED');
    expect((await attemptLogin(t, user.email, user.password)).errors).toBeUndefined();
    expect(errorOf(await attemptLogin(t, user.email, NEW_PASSWORD)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a new password that is too short, and one equal to the current', async () => {
    const user = await createSignedInUser(t, gaAdmin);
    for (const next of ['short', user.password]) {
      const response = await t.gql.request(CHANGE, { current: user.password, next }, { token: user.accessToken });
      expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    }
    expect((await attemptLogin(t, user.email, user.password)).errors).toBeUndefined();
  });

  it('is refused to anonymous callers and to API keys', async () => {
    expect(errorOf(await t.gql.request(CHANGE, { current: 'x', next: NEW_PASSWORD })).code).toBe('UNAUTHENTICATED');
    const key = await createApiKey(t, gaAdmin);
    const response = await t.gql.request(CHANGE, { current: 'x', next: NEW_PASSWORD }, { apiKey: key.secret });
    expect(errorOf(response).code).toBe('FORBIDDEN');
  });
});
