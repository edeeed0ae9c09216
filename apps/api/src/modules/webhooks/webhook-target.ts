import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook may point (no server-side request forgery). Pure rules, no I/O: the sender and the registration
 * check resolve the host themselves and ask `refusalOf` about every address it resolves to.
 */

export const MAX_WEBHOOK_URL_LENGTH = 2048;

export interface TargetRules {
  /** Loopback addresses, over http:// or https://: a receiver on the same machine, in development. */
  readonly allowHttpLoopback: boolean;
  /** Private, link-local, CGNAT, … addresses (never multicast or unspecified). */
  readonly allowPrivateTargets: boolean;
}

export type AddressClass = 'public' | 'loopback' | 'private' | 'forbidden';

function blockList(ipv4: readonly string[], ipv6: readonly string[]): BlockList {
  const list = new BlockList();
  for (const cidr of ipv4) {
    const [network, prefix] = cidr.split('/') as [string, string];
    list.addSubnet(network, Number(prefix), 'ipv4');
  }
  for (const cidr of ipv6) {
    const [network, prefix] = cidr.split('/') as [string, string];
    list.addSubnet(network, Number(prefix), 'ipv6');
  }
  return list;
}

const LOOPBACK = blockList(['127.0.0.0/8'], ['::1/128']);

/** Never a valid destination, whatever the configuration says. */
const FORBIDDEN = blockList(
  [
    '0.0.0.0/8', // "this network", unspecified
    '224.0.0.0/4', // multicast
    '240.0.0.0/4', // reserved, and 255.255.255.255 broadcast
  ],
  [
    '::/128', // unspecified
    'ff00::/8', // multicast
  ],
);

/** Not on the public Internet: refused unless WEBHOOK_ALLOW_PRIVATE_TARGETS. */
const PRIVATE = blockList(
  [
    '10.0.0.0/8',
    '172.16.0.0/12',
    '192.168.0.0/16',
    '100.64.0.0/10', // carrier-grade NAT
    '169.254.0.0/16', // link-local, cloud metadata services
    '192.0.0.0/24', // IETF protocol assignments
    '192.0.2.0/24', // documentation
    '198.18.0.0/15', // benchmarking
    '198.51.100.0/24', // documentation
    '203.0.113.0/24', // documentation
  ],
  [
    'fc00::/7', // unique local
    'fe80::/10', // link-local
    'fec0::/10', // site-local (deprecated)
    '100::/64', // discard
    '64:ff9b:1::/48', // local-use NAT64
    '2001:db8::/32', // documentation
    '::/96', // IPv4-compatible (deprecated)
  ],
);

/** The IPv4 address an IPv6 address carries, for the forms that reach an IPv4 host (mapped, NAT64, 6to4). */
export function embeddedIpv4(address: string): string | null {
  if (isIP(address) !== 6) return null;
  const groups = expandIpv6(address);
  if (!groups) return null;
  const v4 = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  const zero = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);
  if (zero(0, 5) && groups[5] === 0xffff) return v4(groups[6], groups[7]); // ::ffff:a.b.c.d
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zero(2, 6)) return v4(groups[6], groups[7]); // 64:ff9b::/96
  if (groups[0] === 0x2002) return v4(groups[1], groups[2]); // 6to4
  return null;
}

/** Eight 16-bit groups of an IPv6 address (with an embedded dotted quad, if any), or null. */
function expandIpv6(address: string): number[] | null {
  let text = address.toLowerCase().split('%')[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const parts = dotted[1].split('.').map(Number);
    text = `${text.slice(0, -dotted[1].length)}${((parts[0] << 8) | parts[1]).toString(16)}:${((parts[2] << 8) | parts[3]).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  const groups = [...left, ...Array<number>(Math.max(missing, 0)).fill(0), ...right];
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff)
    ? groups
    : null;
}

/** What kind of destination an IP address is; an IPv6 form of an IPv4 address is judged as that IPv4 address. */
export function classifyAddress(address: string): AddressClass {
  const family = isIP(address);
  if (family === 0) return 'forbidden';
  const inner = embeddedIpv4(address);
  if (inner !== null) return classifyAddress(inner);
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (FORBIDDEN.check(address, type)) return 'forbidden';
  if (LOOPBACK.check(address, type)) return 'loopback';
  if (PRIVATE.check(address, type)) return 'private';
  return 'public';
}

/** Why this address may not be reached under `rules`, or null when it may. */
export function refusalOf(address: string, rules: TargetRules): string | null {
  const kind = classifyAddress(address);
  if (kind === 'public') return null;
  if (kind === 'loopback' && (rules.allowHttpLoopback || rules.allowPrivateTargets)) return null;
  if (kind === 'private' && rules.allowPrivateTargets) return null;
  return `it resolves to a ${kind === 'forbidden' ? 'non-routable' : kind} address`;
}

export interface ParsedTarget {
  readonly url: URL;
  /** The host to resolve, without IPv6 brackets. */
  readonly host: string;
  readonly port: number;
  readonly secure: boolean;
}

/** The URL's shape alone (no DNS): a problem to report, or the parsed target. */
export function parseTarget(raw: string): ParsedTarget | { problem: string } {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) return { problem: `at most ${MAX_WEBHOOK_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: 'not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'must be https://' };
  if (url.username || url.password) return { problem: 'must not contain credentials' };
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) return { problem: 'has no host' };
  const secure = url.protocol === 'https:';
  return { url, host, port: url.port ? Number(url.port) : secure ? 443 : 80, secure };
}

/**
 * Why these resolved addresses may not be used for this target, or null when they may. Every address must pass
 * (a host that resolves to one public and one private address is refused), and http:// needs loopback only.
 */
export function refusalOfAddresses(
  target: ParsedTarget,
  addresses: readonly string[],
  rules: TargetRules,
): string | null {
  if (addresses.length === 0) return 'its host does not resolve';
  for (const address of addresses) {
    const refusal = refusalOf(address, rules);
    if (refusal) return refusal;
  }
  if (!target.secure && !(rules.allowHttpLoopback && addresses.every((a) => classifyAddress(a) === 'loopback'))) {
    return 'must be https:// (http:// is allowed for loopback receivers in development only)';
  }
  return null;
}
