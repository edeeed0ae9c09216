import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CISA_PUBLISHER, DEMO, freeLoopbackPort, publishBulletin, startTestApp, type TestApp } from '@bulwark/testing';
import { BulwarkClient } from './bulwark-client';
import { BulwarkError } from './errors';

async function failure(promise: Promise<unknown>): Promise<BulwarkError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof BulwarkError)) throw new Error(`expected a BulwarkError, got ${String(error)}`);
  return error;
}

const NEW_BULLETIN = {
  tier: 'GREEN',
  title: 'A title',
  summary: 'A summary',
  body: 'A body.',
  category: 'CYBER_THREAT',
  severity: 'LOW',
} as const;

describe("BulwarkClient: the API's errors as BulwarkError codes", () => {
  let t: TestApp;
  let clerk: BulwarkClient;
  beforeAll(async () => {
    t = await startTestApp();
    clerk = new BulwarkClient({ url: t.url });
    await clerk.signIn({ email: DEMO.fultonClerk, password: t.demoPassword });
  });
  afterAll(() => t.close());

  it('NOT_FOUND, with the request id the server logged', async () => {
    const error = await failure(clerk.stixBundle(randomUUID()));
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 200, requestId: expect.any(String) });
    expect(error.extensions['code']).toBe('NOT_FOUND');
  });

  it('FORBIDDEN for what the roles do not allow', async () => {
    const error = await failure(clerk.createDraft(NEW_BULLETIN));
    expect(error).toMatchObject({ code: 'FORBIDDEN', requestId: expect.any(String) });
  });

  it('BAD_USER_INPUT for a bad value (with its fields) and for a document that does not validate (400)', async () => {
    const pageSize = await failure(clerk.bulletins({ pageSize: 0 }).next());
    expect(pageSize).toMatchObject({ code: 'BAD_USER_INPUT', requestId: expect.any(String) });
    const blankSearch = await failure(clerk.countBulletins({ search: '   ' }));
    expect(blankSearch.code).toBe('BAD_USER_INPUT');
    const invalid = await failure(clerk.request('{ noSuchField }'));
    expect(invalid).toMatchObject({ code: 'BAD_USER_INPUT', status: 400, requestId: expect.any(String) });

    const analyst = new BulwarkClient({ url: t.url });
    await analyst.signIn({ email: DEMO.cisaAnalyst, password: t.demoPassword });
    const fields = await failure(analyst.createDraft({ ...NEW_BULLETIN, title: '' }));
    expect(fields.code).toBe('BAD_USER_INPUT');
    expect(fields.extensions['fields']).toEqual([expect.objectContaining({ field: 'title' })]);
  });

  it('UNAUTHENTICATED without credentials; a bulletin the caller may not read is null, as a missing one', async () => {
    expect((await failure(new BulwarkClient({ url: t.url }).viewer())).code).toBe('UNAUTHENTICATED');
    const red = await publishBulletin(t, { tier: 'RED', recipientUsers: [CISA_PUBLISHER] });
    if (!red.reference) throw new Error('a published bulletin has a reference');
    expect(await clerk.bulletinByReference(red.reference)).toBeNull();
    expect(await clerk.bulletin(red.id)).toBeNull();
    expect(await clerk.bulletin(randomUUID())).toBeNull();
    const green = await publishBulletin(t, { tier: 'GREEN' });
    expect(await clerk.bulletinByReference(green.reference ?? '')).toMatchObject({ id: green.id, tier: 'GREEN' });
  });

  it('NETWORK when nothing answers at the address', async () => {
    const port = await freeLoopbackPort();
    const error = await failure(new BulwarkClient({ url: `http://127.0.0.1:${port}` }).viewer());
    expect(error.code).toBe('NETWORK');
    expect(error.status).toBeUndefined();
  });

  it('NETWORK when the answer is not GraphQL JSON (a proxy in between), with its status', async () => {
    const proxy = createServer((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = proxy.address() as AddressInfo;
      const error = await failure(new BulwarkClient({ url: `http://127.0.0.1:${port}` }).viewer());
      expect(error).toMatchObject({ code: 'NETWORK', status: 502 });
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});

describe('BulwarkClient: RATE_LIMITED', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_VIEWER: '2' });
  });
  afterAll(() => t.close());

  it('is status 429 with how long to wait, from Retry-After and extensions.retryAfterSeconds', async () => {
    const client = new BulwarkClient({ url: t.url });
    await client.signIn({ email: DEMO.fultonClerk, password: t.demoPassword });
    await client.viewer();
    await client.viewer();
    const error = await failure(client.viewer());
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, requestId: expect.any(String) });
    expect(error.extensions['retryAfterSeconds']).toEqual(expect.any(Number));
  });
});
