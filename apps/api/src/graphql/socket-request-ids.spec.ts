import { describe, expect, it } from 'vitest';
import { currentRequestId } from '@api/logging/request-context';
import { SocketRequestIds } from './socket-request-ids';

describe('SocketRequestIds', () => {
  it('makes the operation’s id the current request id inside within()', () => {
    const ids = new SocketRequestIds();
    const socket = {};
    const requestId = ids.begin(socket, '1');
    expect(ids.within(socket, '1', currentRequestId)).toBe(requestId);
    expect(currentRequestId()).toBeUndefined();
  });

  it('keeps operations and sockets apart, and forgets an operation once it has ended', () => {
    const ids = new SocketRequestIds();
    const [a, b] = [{}, {}];
    const first = ids.begin(a, '1');
    expect(ids.begin(a, '2')).not.toBe(first);
    expect(ids.within(b, '1', currentRequestId)).not.toBe(first);
    ids.end(a, '1');
    const reused = ids.within(a, '1', currentRequestId);
    expect(reused).toBeDefined();
    expect(reused).not.toBe(first);
  });
});
