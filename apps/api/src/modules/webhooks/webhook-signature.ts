import { createHmac } from 'node:crypto';
import { randomToken } from '@api/auth/secrets';

export const SIGNATURE_HEADER = 'Bulwark-Signature';
export const TIMESTAMP_HEADER = 'Bulwark-Timestamp';
export const EVENT_ID_HEADER = 'Bulwark-Event-Id';

/** A new signing secret: `whsec_` and 32 random bytes. The whole string is the HMAC key. */
export function newSigningSecret(): string {
  return `whsec_${randomToken(32)}`;
}

/** hex(HMAC-SHA256(secret, `${timestamp}.${body}`)) */
export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/**
 * The headers that sign one request. With a previous secret still in its grace period, the signature header
 * carries one `v1=` value per secret (`v1=<new>,v1=<old>`): a receiver accepts the request when any one matches.
 */
export function signedHeaders(
  secrets: readonly string[],
  eventId: string,
  body: string,
  now: Date = new Date(),
): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'Content-Type': 'application/json',
    [EVENT_ID_HEADER]: eventId,
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: secrets.map((secret) => `v1=${signatureOf(secret, timestamp, body)}`).join(','),
  };
}
