import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptLogin, createUser, DEMO, errorOf, startTestApp, type TestApp, tokenOf } from '@bulwark/testing';

const LOCKED_UNTIL = 'query($id: ID!) { user(id: $id) { lockedUntil } }';

describe('lockout after repeated failed sign-ins', () => {
  let t: TestApp;
  let gaAdmin: string;
  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await tokenOf(t, DEMO.gaAdmin);
  });
  afterAll(() => t.close());

  async function failTimes(email: string, times: number): Promise<string[]> {
    const messages: string[] = [];
    for (let i = 0; i < times; i++) messages.push(errorOf(await attemptLogin(t, email, `wrong-${i}`)).message);
    return messages;
  }

  async function lockedUntil(id: string): Promise<string | null> {
    const { user } = await t.gql.data<{ user: { lockedUntil: string | null } }>(
      LOCKED_UNTIL,
      { id },
      { token: gaAdmin },
    );
    return user.lockedUntil;
  }

  it('locks the account after five wrong passwords; then even the right one fails, with the same message', async () => {
    const user = await createUser(t, gaAdmin);
    const messages = await failTimes(user.email, 4);
    expect(await lockedUntil(user.id)).toBeNull();

    messages.push(...(await failTimes(user.email, 1)));
    const until = await lockedUntil(user.id);
    expect(until).not.toBeNull();
    expect(new Date(until!).getTime()).toBeGreaterThan(Date.now());

    const right = await attemptLogin(t, user.email, user.password);
    expect(right.data?.login ?? null).toBeNull();
    expect(errorOf(right).code).toBe('UNAUTHENTICATED');
    expect(new Set([...messages, errorOf(right).message]).size).toBe(1);
    expect(await lockedUntil(user.id)).toBe(until);
  });

  it('resets the count of failures on a successful sign-in before the lock', async () => {
    const user = await createUser(t, gaAdmin);
    await failTimes(user.email, 4);
    expect((await attemptLogin(t, user.email, user.password)).errors).toBeUndefined();
    await failTimes(user.email, 4);
    expect(await lockedUntil(user.id)).toBeNull();
    expect((await attemptLogin(t, user.email, user.password)).errors).toBeUndefined();
  });
});
