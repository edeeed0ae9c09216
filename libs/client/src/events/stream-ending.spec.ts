import { describe, expect, it } from 'vitest';
import { BulwarkError } from '../errors';
import { nextStepAfter } from './stream-ending';

function closed(code: number) {
  return nextStepAfter({ kind: 'closed', code, reason: 'why' });
}

function endsWith(step: ReturnType<typeof nextStepAfter>): string {
  return step.action === 'end' ? step.error.code : step.action;
}

describe('nextStepAfter', () => {
  it('reconnects after a drop, a restart, a busy server or a connection error', () => {
    for (const code of [1000, 1001, 1005, 1006, 1011, 1012, 1013, 4408, 4429])
      expect(closed(code).action, String(code)).toBe('reconnect');
    expect(nextStepAfter({ kind: 'socket-error', error: new Error('ECONNREFUSED') }).action).toBe('reconnect');
    expect(nextStepAfter({ kind: 'completed' }).action).toBe('reconnect');
  });

  it('refreshes first on 4401 and on a TOKEN_EXPIRED error', () => {
    expect(closed(4401).action).toBe('refresh-then-reconnect');
    const expired = [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' } }];
    expect(nextStepAfter({ kind: 'graphql-errors', errors: expired }).action).toBe('refresh-then-reconnect');
  });

  it('ends with a typed error on refused credentials (4403), an oversized message (1009) and unknown codes', () => {
    const refused = closed(4403);
    expect(refused.action === 'end' && refused.error.extensions).toEqual({ closeCode: 4403, closeReason: 'why' });
    expect([4403, 1009, 4500, 4400, 1008].map((code) => endsWith(closed(code)))).toEqual([
      'UNAUTHENTICATED',
      'BAD_USER_INPUT',
      'INTERNAL',
      'NETWORK',
      'NETWORK',
    ]);
  });

  it("ends with the server's code, message, requestId and extensions for a refused subscription", () => {
    const errors = [
      {
        message: 'Events before 40 are no longer kept.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'SINCE_EXPIRED', oldestSequence: 40, requestId: 'req-1' },
      },
    ];
    const step = nextStepAfter({ kind: 'graphql-errors', errors });
    expect(step.action).toBe('end');
    if (step.action !== 'end') return;
    expect(step.error).toBeInstanceOf(BulwarkError);
    expect(step.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Events before 40 are no longer kept.',
      requestId: 'req-1',
      extensions: { reason: 'SINCE_EXPIRED', oldestSequence: 40 },
    });
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'])
      expect(
        endsWith(nextStepAfter({ kind: 'graphql-errors', errors: [{ message: code, extensions: { code } }] })),
      ).toBe(code);
    expect(
      endsWith(nextStepAfter({ kind: 'graphql-errors', errors: [{ message: 'odd', extensions: { code: 'WHAT' } }] })),
    ).toBe('INTERNAL');
  });

  it('retries a rate limit or a server fault, and a refresh that failed on the network; not refused credentials', () => {
    for (const code of ['RATE_LIMITED', 'INTERNAL'])
      expect(nextStepAfter({ kind: 'graphql-errors', errors: [{ message: code, extensions: { code } }] }).action).toBe(
        'reconnect',
      );
    const network = new BulwarkError('NETWORK', 'offline');
    const refused = new BulwarkError('UNAUTHENTICATED', 'session ended');
    expect(nextStepAfter({ kind: 'credentials-failed', error: network }).action).toBe('reconnect');
    expect(nextStepAfter({ kind: 'credentials-failed', error: new TypeError('fetch failed') }).action).toBe(
      'reconnect',
    );
    expect(nextStepAfter({ kind: 'credentials-failed', error: refused })).toEqual({ action: 'end', error: refused });
  });

  it('ends when the client cannot even open a socket', () => {
    const missing = new BulwarkError('NETWORK', 'No WebSocket implementation');
    expect(nextStepAfter({ kind: 'unusable', error: missing })).toEqual({ action: 'end', error: missing });
    expect(endsWith(nextStepAfter({ kind: 'unusable', error: new TypeError('not a constructor') }))).toBe('NETWORK');
  });
});
