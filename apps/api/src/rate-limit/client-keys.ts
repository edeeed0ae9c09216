import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { RequestViewer } from '@api/auth/request-viewer';

const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** The /64 an IPv6 address belongs to: one host usually holds a whole /64, so it gets one budget. */
function ipv6Prefix64(ip: string): string {
  const address = ip.split('%')[0];
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const embeddedIpv4 = tailGroups.at(-1)?.includes('.') || headGroups.at(-1)?.includes('.') ? 1 : 0;
  const missing = tail === undefined ? 0 : Math.max(0, 8 - headGroups.length - tailGroups.length - embeddedIpv4);
  const groups = [...headGroups, ...new Array<string>(missing).fill('0'), ...tailGroups];
  const prefix = groups.slice(0, 4).map((group) => (Number.parseInt(group, 16) || 0).toString(16));
  while (prefix.length < 4) prefix.push('0');
  return `${prefix.join(':')}::/64`;
}

/** The client address a budget belongs to: IPv4 as is (also when IPv4-mapped), IPv6 by its /64. */
export function addressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = MAPPED_IPV4.exec(ip);
  if (mapped) return mapped[1];
  return isIPv6(ip.split('%')[0]) ? ipv6Prefix64(ip) : ip;
}

/** One budget per user and one per API key, whatever session or connection they come through. */
export function viewerKey(viewer: RequestViewer | null | undefined): string | null {
  if (viewer?.kind === 'USER' && viewer.userId) return `user:${viewer.userId}`;
  if (viewer?.kind === 'API_KEY' && viewer.apiKeyId) return `key:${viewer.apiKeyId}`;
  return null;
}

/** The target of a sign-in, hashed: counters (possibly in a shared Redis) never hold an address book. */
export function emailKey(email: unknown): string {
  const normalised = typeof email === 'string' ? email.trim().toLowerCase() : '';
  return createHash('sha256').update(normalised).digest('base64url').slice(0, 32);
}
