import { afterEach, describe, expect, it, vi } from 'vitest';
import { SESSION_ENDED_CLOSE_CODE, SESSION_ENDED_REASON, SessionSockets } from './session-sockets';

const OPEN = 1;
const socket = (readyState = OPEN) => ({ readyState, OPEN, close: vi.fn() });
const [S1, S2] = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];

describe('SessionSockets', () => {
  afterEach(() => vi.useRealTimers());

  it('closes every socket of an ended session with 4403, and only those', () => {
    const sockets = new SessionSockets();
    const [a, b, other] = [socket(), socket(), socket()];
    expect(sockets.hold({}, S1, a)).toBe(true);
    expect(sockets.hold({}, S1, b)).toBe(true);
    expect(sockets.hold({}, S2, other)).toBe(true);

    expect(sockets.end([S1])).toBe(2);
    expect(a.close).toHaveBeenCalledWith(SESSION_ENDED_CLOSE_CODE, SESSION_ENDED_REASON);
    expect(b.close).toHaveBeenCalledOnce();
    expect(other.close).not.toHaveBeenCalled();
    expect(sockets.openFor(S1)).toBe(0);
    expect(sockets.openFor(S2)).toBe(1);
  });

  it("closes an API key's sockets with the reason given when they were held", () => {
    const sockets = new SessionSockets();
    const keySocket = socket();
    sockets.hold({}, S2, keySocket, 'API key revoked');
    expect(sockets.end([S2])).toBe(1);
    expect(keySocket.close).toHaveBeenCalledWith(SESSION_ENDED_CLOSE_CODE, 'API key revoked');
    const late = socket();
    expect(sockets.hold({}, S2, late, 'API key revoked')).toBe(false);
    expect(late.close).toHaveBeenCalledWith(SESSION_ENDED_CLOSE_CODE, 'API key revoked');
  });

  it('forgets a released socket, and ignores a release of one never held', () => {
    const sockets = new SessionSockets();
    const owner = {};
    const held = socket();
    sockets.hold(owner, S1, held);
    sockets.release(owner);
    sockets.release(owner);
    sockets.release({});
    expect(sockets.end([S1])).toBe(0);
    expect(held.close).not.toHaveBeenCalled();
  });

  it('refuses, closing it, a socket registered just after its session ended, for a minute', () => {
    vi.useFakeTimers();
    const sockets = new SessionSockets();
    sockets.end([S1]);
    const late = socket();
    expect(sockets.hold({}, S1, late)).toBe(false);
    expect(late.close).toHaveBeenCalledWith(SESSION_ENDED_CLOSE_CODE, SESSION_ENDED_REASON);

    vi.advanceTimersByTime(61_000);
    expect(sockets.hold({}, S1, socket())).toBe(true);
  });

  it('does not hold a socket that closed while it was being admitted', () => {
    const sockets = new SessionSockets();
    expect(sockets.hold({}, S1, socket(3))).toBe(false);
    expect(sockets.openFor(S1)).toBe(0);
  });
});
