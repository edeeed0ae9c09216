import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApiKey,
  createSignedInUser,
  DEMO,
  openSocketSession,
  startTestApp,
  type TestApp,
  tokenOf,
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

  it("refuses a deactivated user's next operation on the socket that is already open", async () => {
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
      const after = await socket.run(VIEWER);
      expect(after.data ?? null).toBeNull();
      expect(after.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(socket.connections).toBe(1);
    } finally {
      await socket.close();
    }
  });

  it("refuses a revoked API key's next operation on the socket that is already open", async () => {
    const key = await createApiKey(t, gaAdmin);
    const socket = await openSocketSession(t, { apiKey: key.secret });
    try {
      expect((await socket.run(VIEWER)).data).toEqual({ viewer: { kind: 'API_KEY', user: null } });
      await t.gql.data(
        'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { id } }',
        { id: key.id },
        {
          token: gaAdmin,
        },
      );
      const after = await socket.run(VIEWER);
      expect(after.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(socket.connections).toBe(1);
    } finally {
      await socket.close();
    }
  });
});
