import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSocketSession, type SocketSession, startTestApp, type TestApp } from '@bulwark/testing';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The errors of a graphql-ws `error` message: the session rejects with them as JSON text. */
async function refusal(socket: SocketSession, query: string): Promise<{ extensions?: Record<string, unknown> }[]> {
  const failure = await socket.run(query).then(
    (result) => new Error(`expected an error message, got ${JSON.stringify(result)}`),
    (error: unknown) => error,
  );
  return JSON.parse((failure as Error).message) as { extensions?: Record<string, unknown> }[];
}

describe('request ids over graphql-ws', () => {
  let t: TestApp;
  let socket: SocketSession;
  beforeAll(async () => {
    t = await startTestApp();
    socket = await openSocketSession(t, {});
  });
  afterAll(async () => {
    await socket?.close();
    await t?.close();
  });

  it('gives an error in a result an extensions.requestId, as over HTTP', async () => {
    const result = await socket.run('{ viewer { kind } }');
    const extensions = result.errors?.[0]?.extensions;
    expect(extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(extensions?.['requestId']).toMatch(UUID);
  });

  it('gives errors refused before execution (an error message) one too', async () => {
    const errors = await refusal(socket, '{ noSuchField }');
    expect(errors[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(errors[0]?.extensions?.['requestId']).toMatch(UUID);
  });

  it('gives each operation its own id, shared by all of its errors', async () => {
    const first = await refusal(socket, '{ noSuchField anotherMissingField }');
    const second = await socket.run('{ viewer { kind } }');
    expect(first).toHaveLength(2);
    expect(first[0]?.extensions?.['requestId']).toBe(first[1]?.extensions?.['requestId']);
    expect(second.errors?.[0]?.extensions?.['requestId']).not.toBe(first[0]?.extensions?.['requestId']);
  });
});
