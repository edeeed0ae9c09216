/**
 * What the reader typed in the search box: an indicator to look up (an address, a domain, a hash…) or words to
 * find in the text. The server decides the match (it also finds an IP inside a CIDR block); this only chooses
 * which of the two filters to send, and says so, so the reader can switch.
 */

export type IndicatorKind = 'IPV4' | 'IPV6' | 'CIDR' | 'DOMAIN' | 'URL' | 'EMAIL' | 'MD5' | 'SHA1' | 'SHA256' | 'CVE';

export type SearchQuery =
  | { readonly kind: 'indicator'; readonly indicator: IndicatorKind; readonly text: string }
  | { readonly kind: 'words'; readonly text: string };

/** How each kind is named to the reader ("Searching indicators for 203.0.113.7, an IPv4 address"). */
export const INDICATOR_LABELS: Readonly<Record<IndicatorKind, string>> = {
  IPV4: 'an IPv4 address',
  IPV6: 'an IPv6 address',
  CIDR: 'an address block',
  DOMAIN: 'a domain',
  URL: 'a web address',
  EMAIL: 'an email address',
  MD5: 'an MD5 hash',
  SHA1: 'a SHA-1 hash',
  SHA256: 'a SHA-256 hash',
  CVE: 'a CVE id',
};

/** Defanged indicators as they are pasted from reports: 203[.]0[.]113[.]7, hxxps://, name[at]example[.]org. */
function refang(text: string): string {
  return text
    .replace(/\[\.\]|\(\.\)|\[dot\]/gi, '.')
    .replace(/\[@\]|\[at\]/gi, '@')
    .replace(/\[:\/\/\]/g, '://')
    .replace(/\[:\]/g, ':')
    .replace(/^hxxp(s?)(?=:)/i, 'http$1');
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

export function isIPv4(text: string): boolean {
  return IPV4.test(text);
}

/** Full and compressed forms, with an optional IPv4 tail (::ffff:192.0.2.1); no zone, no brackets. */
export function isIPv6(text: string): boolean {
  if (!text.includes(':') || !/^[0-9a-f:.]+$/i.test(text)) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groupsOf = (part: string): number | null => {
    if (part === '') return 0;
    const pieces = part.split(':');
    let groups = 0;
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes('.')) {
        if (!isIPv4(piece)) return null;
        groups += 2;
      } else if (HEX_GROUP.test(piece)) {
        groups += 1;
      } else {
        return null;
      }
    }
    return groups;
  };
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : 0;
  if (head === null || tail === null) return false;
  // An IPv4 tail may only end the address.
  if (halves.length === 2 && (halves[0] ?? '').includes('.')) return false;
  return halves.length === 2 ? head + tail <= 7 : head === 8;
}

function isCidr(text: string): boolean {
  const match = /^([^/]+)\/(\d{1,3})$/.exec(text);
  if (!match) return false;
  const [, address = '', prefixText = ''] = match;
  const prefix = Number(prefixText);
  if (isIPv4(address)) return prefix <= 32;
  return isIPv6(address) && prefix <= 128;
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** At least two labels, and a top-level label that is not all digits (that would be an address). */
const DOMAIN = new RegExp(`^(?=.{4,253}$)(?:${LABEL}\\.)+(?:[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?|xn--[a-z0-9-]+)$`, 'i');

function isDomain(text: string): boolean {
  return DOMAIN.test(text.endsWith('.') ? text.slice(0, -1) : text);
}

function isUrl(text: string): boolean {
  const match = /^(?:https?|ftp):\/\/([^/?#\s]+)(?:[/?#]\S*)?$/i.exec(text);
  if (!match) return false;
  const authority = match[1] ?? '';
  const host = authority
    .slice(authority.lastIndexOf('@') + 1)
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1');
  return isIPv4(host) || isIPv6(host) || isDomain(host);
}

const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;

function isEmail(text: string): boolean {
  const at = text.lastIndexOf('@');
  return at > 0 && at <= 64 && LOCAL_PART.test(text.slice(0, at)) && isDomain(text.slice(at + 1));
}

const HASHES: readonly [IndicatorKind, number][] = [
  ['MD5', 32],
  ['SHA1', 40],
  ['SHA256', 64],
];

/** The kind of indicator `raw` is, or null for ordinary words. Defanged forms count. */
export function detectIndicator(raw: string): IndicatorKind | null {
  const trimmed = raw.trim();
  if (trimmed === '' || /\s/.test(trimmed) || trimmed.length > 2048) return null;
  const text = refang(trimmed);
  if (/^CVE-\d{4}-\d{4,7}$/i.test(text)) return 'CVE';
  if (/^[0-9a-f]+$/i.test(text)) {
    const hash = HASHES.find(([, length]) => text.length === length);
    if (hash) return hash[0];
  }
  if (isIPv4(text)) return 'IPV4';
  if (isIPv6(text)) return 'IPV6';
  if (isCidr(text)) return 'CIDR';
  if (isUrl(text)) return 'URL';
  if (isEmail(text)) return 'EMAIL';
  if (isDomain(text)) return 'DOMAIN';
  return null;
}

/**
 * How to search for what the reader typed. `asWords` is the reader's choice to search an indicator-looking text
 * as words ("Search as words instead").
 */
export function interpretSearch(raw: string, asWords = false): SearchQuery | null {
  const text = raw.trim();
  if (text === '') return null;
  const indicator = asWords ? null : detectIndicator(text);
  return indicator ? { kind: 'indicator', indicator, text } : { kind: 'words', text };
}
