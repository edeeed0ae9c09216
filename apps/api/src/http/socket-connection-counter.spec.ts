import { describe, expect, it, vi } from 'vitest';
import { SOCKET_LIMIT_CLOSE_CODE, SocketConnectionCounter } from './socket-connection-counter';

const socket = () => ({ close: vi.fn() });

describe('SocketConnectionCounter', () => {
  it('admits up to the cap per viewer, closes the next with 4429, and frees places on release', () => {
    const counter = new SocketConnectionCounter(2, 100);
    const [a, b, c] = [{}, {}, {}];
    expect(counter.admit(a, 'user:1', '10.0.0.1', socket())).toBe(true);
    expect(counter.admit(b, 'user:1', '10.0.0.2', socket())).toBe(true);
    const refused = socket();
    expect(counter.admit(c, 'user:1', '10.0.0.3', refused)).toBe(false);
    expect(refused.close).toHaveBeenCalledWith(SOCKET_LIMIT_CLOSE_CODE, expect.any(String));
    expect(counter.admit({}, 'user:2', '10.0.0.1', socket())).toBe(true);

    counter.release(a);
    counter.release(a);
    counter.release(c);
    expect(counter.openFor({ viewer: 'user:1' })).toBe(1);
    expect(counter.admit(c, 'user:1', '10.0.0.3', socket())).toBe(true);
  });

  it('caps anonymous and signed-in sockets per address alike', () => {
    const counter = new SocketConnectionCounter(10, 2);
    expect(counter.admit({}, null, '10.0.0.1', socket())).toBe(true);
    expect(counter.admit({}, 'key:1', '10.0.0.1', socket())).toBe(true);
    expect(counter.admit({}, null, '10.0.0.1', socket())).toBe(false);
    expect(counter.admit({}, null, '10.0.0.2', socket())).toBe(true);
    expect(counter.openFor({ address: '10.0.0.1' })).toBe(2);
  });
});
