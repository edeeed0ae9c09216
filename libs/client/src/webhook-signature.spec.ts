import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from './webhook-signature';

const SECRET = 'whsec_unit-test-secret';
const OTHER = 'whsec_the-other-secret';
const BODY = JSON.stringify({ id: 'w:7', sequence: 7, type: 'PUBLISHED', occurredAt: '2026-12-06T00:00:00.000Z' });
const NOW = new Date('2026-12-06T12:00:00Z');
const TIMESTAMP = String(Math.floor(NOW.getTime() / 1000));

function sign(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

describe('verifyWebhook', () => {
  it('accepts the signature made with the secret, and returns the timestamp and the parsed event', async () => {
    const headers = { 'Bulwark-Timestamp': TIMESTAMP, 'Bulwark-Signature': `v1=${sign(SECRET, TIMESTAMP, BODY)}` };
    await expect(verifyWebhook(BODY, headers, SECRET, { now: NOW })).resolves.toEqual({
      ok: true,
      timestamp: Number(TIMESTAMP),
      event: JSON.parse(BODY),
    });
  });

  it('accepts a request signed during a rotation when either v1 value matches, and the body as bytes', async () => {
    const header = `v1=${sign(OTHER, TIMESTAMP, BODY)}, v1=${sign(SECRET, TIMESTAMP, BODY)}`;
    const headers = new Headers({ 'bulwark-timestamp': TIMESTAMP, 'bulwark-signature': header });
    const bytes = new TextEncoder().encode(BODY);
    expect((await verifyWebhook(bytes, headers, SECRET, { now: NOW })).ok).toBe(true);
    expect((await verifyWebhook(BODY, headers, [OTHER], { now: NOW })).ok).toBe(true);
    expect(await verifyWebhook(BODY, headers, 'whsec_neither', { now: NOW })).toEqual({
      ok: false,
      reason: 'SIGNATURE_MISMATCH',
    });
  });

  it('accepts when any of several secrets the receiver holds matches', async () => {
    const headers = { 'bulwark-timestamp': TIMESTAMP, 'bulwark-signature': `v1=${sign(SECRET, TIMESTAMP, BODY)}` };
    expect((await verifyWebhook(BODY, headers, ['whsec_new', SECRET], { now: NOW })).ok).toBe(true);
  });

  it('refuses missing headers', async () => {
    const signature = `v1=${sign(SECRET, TIMESTAMP, BODY)}`;
    for (const headers of [{ 'bulwark-signature': signature }, { 'bulwark-timestamp': TIMESTAMP }, {}]) {
      expect(await verifyWebhook(BODY, headers, SECRET, { now: NOW })).toEqual({
        ok: false,
        reason: 'MISSING_HEADERS',
      });
    }
  });

  it('refuses a timestamp that is not a whole number of seconds', async () => {
    for (const timestamp of ['', 'soon', '1.5e9', '-1765022400', '0x69341c40']) {
      const headers = { 'bulwark-timestamp': timestamp, 'bulwark-signature': `v1=${sign(SECRET, timestamp, BODY)}` };
      expect(await verifyWebhook(BODY, headers, SECRET, { now: NOW })).toEqual({ ok: false, reason: 'BAD_TIMESTAMP' });
    }
  });

  it('refuses a timestamp outside the tolerance either way, and accepts one at its edge', async () => {
    const at = (offsetSeconds: number) => String(Number(TIMESTAMP) + offsetSeconds);
    const headersAt = (timestamp: string) => ({
      'bulwark-timestamp': timestamp,
      'bulwark-signature': `v1=${sign(SECRET, timestamp, BODY)}`,
    });
    const outside = { ok: false, reason: 'TIMESTAMP_OUT_OF_TOLERANCE' };
    expect(await verifyWebhook(BODY, headersAt(at(-301)), SECRET, { now: NOW })).toEqual(outside);
    expect(await verifyWebhook(BODY, headersAt(at(301)), SECRET, { now: NOW })).toEqual(outside);
    expect((await verifyWebhook(BODY, headersAt(at(-300)), SECRET, { now: NOW })).ok).toBe(true);
    expect(await verifyWebhook(BODY, headersAt(at(-31)), SECRET, { now: NOW, toleranceSeconds: 30 })).toEqual(outside);
  });

  it('refuses a signature header without a well-formed v1 value', async () => {
    const good = sign(SECRET, TIMESTAMP, BODY);
    for (const signature of ['', good, `v0=${good}`, `v1=${good.slice(2)}`, `v1=${good}zz`, 'v1=']) {
      const headers = { 'bulwark-timestamp': TIMESTAMP, 'bulwark-signature': signature };
      expect(await verifyWebhook(BODY, headers, SECRET, { now: NOW })).toEqual({
        ok: false,
        reason: 'SIGNATURE_MISMATCH',
      });
    }
  });

  it('refuses a signed body that is not a JSON object as MALFORMED_BODY', async () => {
    for (const body of ['not json', '[1,2]', 'null']) {
      const headers = { 'bulwark-timestamp': TIMESTAMP, 'bulwark-signature': `v1=${sign(SECRET, TIMESTAMP, body)}` };
      expect(await verifyWebhook(body, headers, SECRET, { now: NOW })).toEqual({ ok: false, reason: 'MALFORMED_BODY' });
    }
  });

  it('reads a header given as an array (a repeated header), in any case', async () => {
    const headers = {
      'BULWARK-TIMESTAMP': TIMESTAMP,
      'Bulwark-Signature': [`v1=${sign(OTHER, TIMESTAMP, BODY)}`, `v1=${sign(SECRET, TIMESTAMP, BODY)}`],
    };
    expect((await verifyWebhook(BODY, headers, SECRET, { now: NOW })).ok).toBe(true);
  });
});
