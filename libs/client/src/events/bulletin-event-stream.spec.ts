import { describe, expect, it } from 'vitest';
import { BulwarkError } from '../errors';
import { openBulletinEventStream } from './bulletin-event-stream';

const unreachable = {
  wsUrl: 'ws://127.0.0.1:9/graphql',
  connectionParams: () => Promise.resolve({}),
};

describe('openBulletinEventStream without a server', () => {
  it('ends at once with NETWORK when there is no WebSocket implementation, without retrying', async () => {
    const stream = openBulletinEventStream({ ...unreachable, webSocketImpl: undefined }, { maxAttempts: 50 });
    const failure: unknown = await stream.next().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BulwarkError);
    expect(failure).toMatchObject({ code: 'NETWORK', message: expect.stringContaining('webSocketImpl') });
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it('is over before it starts when its signal has already been aborted', async () => {
    const stream = openBulletinEventStream(
      { ...unreachable, webSocketImpl: undefined },
      { signal: AbortSignal.abort(), since: 7 },
    );
    expect(await stream.next()).toEqual({ done: true, value: undefined });
    expect(stream.lastSequence).toBe(7);
    await stream.close();
  });
});
