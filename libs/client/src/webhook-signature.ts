import type { WebhookEvent, WebhookVerification } from './webhook-event';

export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** How far the timestamp may be from `now`, either way. Default 300 (five minutes). */
  toleranceSeconds?: number;
  /** Default: the current time. */
  now?: Date;
}

const SIGNATURE_HEX = /^[0-9a-f]{64}$/i;
const encoder = new TextEncoder();

/**
 * Checks a webhook delivery as Bulwark signs it: `Bulwark-Signature: v1=hex(HMAC-SHA256(secret, timestamp + "." +
 * body))`, one `v1=` value per secret during a rotation. Give the raw body exactly as received, before any JSON
 * parsing; pass several secrets while you rotate yours. The comparison is Web Crypto's own HMAC verify.
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array,
  headers: WebhookHeaders,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): Promise<WebhookVerification> {
  const timestampText = headerOf(headers, 'bulwark-timestamp');
  const signatureText = headerOf(headers, 'bulwark-signature');
  if (timestampText === undefined || signatureText === undefined) return { ok: false, reason: 'MISSING_HEADERS' };
  if (!/^\d{1,15}$/.test(timestampText.trim())) return { ok: false, reason: 'BAD_TIMESTAMP' };
  const timestamp = Number(timestampText.trim());
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) {
    return { ok: false, reason: 'TIMESTAMP_OUT_OF_TOLERANCE' };
  }
  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : rawBody;
  const signed = concat(encoder.encode(`${timestampText.trim()}.`), body);
  const signatures = signatureText
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1='))
    .map((part) => part.slice(3))
    .filter((hex) => SIGNATURE_HEX.test(hex))
    .map(bytesOfHex);
  const secrets = typeof secret === 'string' ? [secret] : secret;
  if (!(await anySignatureMatches(signed, signatures, secrets))) return { ok: false, reason: 'SIGNATURE_MISMATCH' };
  const event = parseEvent(body);
  return event ? { ok: true, timestamp, event } : { ok: false, reason: 'MALFORMED_BODY' };
}

async function anySignatureMatches(
  signed: Uint8Array<ArrayBuffer>,
  signatures: readonly Uint8Array<ArrayBuffer>[],
  secrets: readonly string[],
): Promise<boolean> {
  if (signatures.length === 0) return false;
  for (const secret of secrets) {
    const key = await globalThis.crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    for (const signature of signatures) {
      if (await globalThis.crypto.subtle.verify('HMAC', key, signature, signed)) return true;
    }
  }
  return false;
}

/** A header by name, whatever its case; a repeated header's values joined as one list. */
function headerOf(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) return headers.get(name) ?? undefined;
  const plain = headers as Record<string, string | string[] | undefined>;
  for (const [key, value] of Object.entries(plain)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    return Array.isArray(value) ? value.join(',') : value;
  }
  return undefined;
}

function concat(head: Uint8Array, tail: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(head.length + tail.length);
  bytes.set(head);
  bytes.set(tail, head.length);
  return bytes;
}

function bytesOfHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function parseEvent(body: Uint8Array): WebhookEvent | undefined {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as WebhookEvent)
      : undefined;
  } catch {
    return undefined;
  }
}
