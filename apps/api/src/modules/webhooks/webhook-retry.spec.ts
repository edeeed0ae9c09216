import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '@api/common/retry-backoff';
import { newSigningSecret, signedHeaders } from './webhook-signature';

describe('retryDelayMs: exponential backoff with full jitter', () => {
  const policy = { baseMs: 2000, capMs: 3_600_000, maxAttempts: 8 };

  it('waits at most base · 2^(n-1), at least 0, and never past the cap', () => {
    expect(retryDelayMs(policy, 1, () => 0.999999)).toBe(1999);
    expect(retryDelayMs(policy, 3, () => 0.999999)).toBe(7999);
    expect(retryDelayMs(policy, 3, () => 0)).toBe(0);
    expect(retryDelayMs({ ...policy, maxAttempts: 100 }, 40, () => 1 - 1e-12)).toBe(3_599_999);
  });

  it('gives up after the last attempt allowed', () => {
    expect(retryDelayMs(policy, 7)).not.toBeNull();
    expect(retryDelayMs(policy, 8)).toBeNull();
  });
});

describe('signedHeaders', () => {
  it('signs timestamp.body with HMAC-SHA256, one v1= per secret', () => {
    const [current, previous] = [newSigningSecret(), newSigningSecret()];
    const body = '{"id":"w:1"}';
    const headers = signedHeaders([current, previous], 'w:1', body, new Date(1_700_000_000_500));
    expect(headers['Bulwark-Timestamp']).toBe('1700000000');
    expect(headers['Bulwark-Event-Id']).toBe('w:1');
    const expected = (secret: string) =>
      `v1=${createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex')}`;
    expect(headers['Bulwark-Signature']).toBe(`${expected(current)},${expected(previous)}`);
    expect(current).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  });
});
