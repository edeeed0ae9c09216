import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApiKey,
  createSignedInUser,
  DEMO,
  openSocketSession,
  startTestApp,
  type TestApp,
  tokenOf,
  until,
} from '@bulwark/testing';

const VIEWER = '{ viewer { kind user { email } } }';

describe('the viewer over graphql-ws', () => {
  let t: TestApp;
  let gaAdmin: string;
  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await tokenOf(t, DEMO.gaAdmin);
  });
  afterAll(() => t.close());

  it('answers an operation for a valid bearer token', async () => {
    const socket = await openSocketSession(t, { authorization: `Bearer ${gaAdmin}` });
    try {
      expect(await socket.run(VIEWER)).toEqual({ data: { viewer: { kind: 'USER', user: { email: DEMO.gaAdmin } } } });
    } finally {
      await socket.close();
    }
  });

  it('refuses an operation without credentials with UNAUTHENTICATED', async () => {
    const socket = await openSocketSession(t, {});
    try {
      const result = await socket.run(VIEWER);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    } finally {
      await socket.close();
    }
  });

  it("closes a deactivated user's socket that is already open", async () => {
    const user = await createSignedInUser(t, gaAdmin);
    const socket = await openSocketSession(t, { authorization: `Bearer ${user.accessToken}` });
    try {
      expect((await socket.run(VIEWER)).data).toEqual({ viewer: { kind: 'USER', user: { email: user.email } } });
      await t.gql.data(
        'mutation($id: ID!) { deactivateUser(input: { id: $id }) { id } }',
        { id: user.id },
        {
          token: gaAdmin,
        },
      );
      // Deactivation ends the user's sessions, which closes their open sockets at once (4403).
      await until(() => socket.closedWith !== null);
      expect(socket.closedWith).toEqual({ code: 4403, reason: 'Session ended' });
      await expect(socket.run(VIEWER)).rejects.toThrow();
      expect(socket.connections).toBe(1);
    } finally {
      await socket.close();
    }
  });

  it("closes a revoked API key's socket that is already open, and one rotated out without grace", async () => {
    for (const end of ['revoke', 'rotate'] as const) {
      const key = await createApiKey(t, gaAdmin);
      const socket = await openSocketSession(t, { apiKey: key.secret });
      const other = await openSocketSession(t, { apiKey: (await createApiKey(t, gaAdmin)).secret });
      try {
        expect((await socket.run(VIEWER)).data).toEqual({ viewer: { kind: 'API_KEY', user: null } });
        await t.gql.data(
          end === 'revoke'
            ? 'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { id } }'
            : 'mutation($id: ID!) { rotateApiKey(input: { id: $id, expireOldAfterSeconds: 0 }) { secret } }',
          { id: key.id },
          { token: gaAdmin },
        );
        await until(() => socket.closedWith !== null);
        expect(socket.closedWith).toEqual({ code: 4403, reason: 'API key revoked or its organization deactivated' });
        await expect(socket.run(VIEWER)).rejects.toThrow();
        expect(socket.connections).toBe(1);
        // Another key of the same organization keeps its socket.
        expect((await other.run(VIEWER)).data).toEqual({ viewer: { kind: 'API_KEY', user: null } });
      } finally {
        await socket.close();
        await other.close();
      }
    }
  });
});
