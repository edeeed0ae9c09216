import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptLogin,
  createOrganization,
  createUser,
  DEMO,
  errorOf,
  startTestApp,
  type TestApp,
  tokenOf,
} from '@bulwark/testing';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

describe('login', () => {
  let t: TestApp;
  let gaAdmin: string;
  let platformAdmin: string;
  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await tokenOf(t, DEMO.gaAdmin);
    platformAdmin = await tokenOf(t, DEMO.platformAdmin);
  });
  afterAll(() => t.close());

  it('returns an access token, a refresh token and the viewer', async () => {
    const { data } = await t.gql.request<{
      login: {
        accessToken: string;
        refreshToken: string;
        accessTokenExpiresAt: string;
        viewer: { kind: string; roles: string[]; user: { email: string } };
      };
    }>(
      `mutation { login(input: { email: "${DEMO.gaOfficial}", password: "${t.demoPassword}" }) {
        accessToken refreshToken accessTokenExpiresAt viewer { kind roles user { email } } } }`,
    );
    expect(data?.login.accessToken.split('.')).toHaveLength(3);
    expect(data?.login.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(data!.login.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(data?.login.viewer).toEqual({ kind: 'USER', roles: ['VIEWER'], user: { email: DEMO.gaOfficial } });
    const me = await t.gql.data<{ viewer: { user: { email: string } } }>(
      '{ viewer { user { email } } }',
      {},
      { token: data!.login.accessToken },
    );
    expect(me.viewer.user.email).toBe(DEMO.gaOfficial);
  });

  it('treats the email case-insensitively and ignores surrounding spaces', async () => {
    const response = await attemptLogin(t, '  Official@GA.Demo ', t.demoPassword);
    expect(response.errors).toBeUndefined();
    expect(response.data?.login.viewer?.kind).toBe('USER');
  });

  it('gives every kind of failure the same UNAUTHENTICATED message', async () => {
    const deactivated = await createUser(t, gaAdmin);
    await t.gql.data(
      'mutation($id: ID!) { deactivateUser(input: { id: $id }) { id } }',
      { id: deactivated.id },
      {
        token: gaAdmin,
      },
    );
    const office = await createOrganization(t, platformAdmin);
    const member = await createUser(t, platformAdmin, { organizationId: office.id });
    await t.gql.data(
      'mutation($id: ID!) { deactivateOrganization(input: { id: $id }) { id } }',
      { id: office.id },
      {
        token: platformAdmin,
      },
    );

    const failures = await Promise.all([
      attemptLogin(t, DEMO.gaOfficial, 'wrong-password'),
      attemptLogin(t, 'nobody@nowhere.demo', t.demoPassword),
      attemptLogin(t, 'not an email at all', t.demoPassword),
      attemptLogin(t, deactivated.email, deactivated.password),
      attemptLogin(t, member.email, member.password),
    ]);

    const errors = failures.map(errorOf);
    for (const [index, response] of failures.entries()) {
      expect(response.data?.login ?? null, `attempt ${index}`).toBeNull();
      expect(errors[index]?.code, `attempt ${index}`).toBe('UNAUTHENTICATED');
    }
    expect(new Set(errors.map((error) => error.message)).size).toBe(1);
    expect(errors[0]?.message).not.toMatch(/deactivat|unknown|exist|organization|locked/i);
  });

  it('spends as long on an unknown email as on a wrong password (a dummy hash is verified)', async () => {
    // Two accounts take turns, so none reaches the lock (which would swap in the dummy hash for them too).
    const users = [await createUser(t, gaAdmin), await createUser(t, gaAdmin)];
    const unknown = () => attemptLogin(t, `ghost-${Date.now()}@nowhere.demo`, 'wrong-password');
    const wrong = (i: number) => attemptLogin(t, users[i % 2].email, 'wrong-password');
    await unknown(); // warms the dummy hash up
    await wrong(1);
    const unknownTimes: number[] = [];
    const wrongTimes: number[] = [];
    // Interleaved, so a busy machine slows both alike.
    for (let i = 0; i < 5; i++) {
      unknownTimes.push(await timed(unknown));
      wrongTimes.push(await timed(() => wrong(i)));
    }
    expect(median(unknownTimes)).toBeGreaterThanOrEqual(0.5 * median(wrongTimes));
  });
});
