import { isIP, isIPv4, isIPv6 } from 'node:net';
import { domainToASCII } from 'node:url';

/**
 * Validation and normalisation of indicators of compromise (IOCs).
 *
 * Pure and dependency-free (node built-ins only). Nothing here throws: every refusal is an
 * `{ ok: false, problem }` with a short sentence saying what is wrong.
 *
 * Choices made where the rules leave room:
 * - Refanging (`[.]`, `(.)`, `[dot]` → `.`; `[@]`, `[at]` → `@`; `[:]` → `:`; also `[://]` → `://`) is
 *   case-insensitive and applies to every type; `hxxp`/`hxxps` → `http`/`https` only as the scheme at the start.
 * - Besides C0/C1 control characters, invisible format characters (zero-width, bidi overrides, BOM: Unicode Cf)
 *   are refused too: they have no place in an indicator and are a spoofing tool.
 * - IPv6 is written in RFC 5952 form with an embedded IPv4 tail expanded to hex (`::ffff:1.2.3.4` →
 *   `::ffff:102:304`), the same as WHATWG URL hosts, so one address has one spelling everywhere. PostgreSQL prints
 *   IPv4-mapped/-compatible addresses in dotted form (`::ffff:1.2.3.4`) but compares them by value, so `network`
 *   still matches; for all other addresses and blocks `network` is exactly PostgreSQL's own output. Zone indexes
 *   (`%eth0`) and brackets are refused.
 * - CIDR with host bits set is normalised to its network (`203.0.113.77/24` → `203.0.113.0/24`), not refused.
 *   A bare address (no `/prefix`) is refused as CIDR. Prefixes may not have leading zeros.
 * - URL: the scheme must be written as `scheme://`; the host must be an IP address or a valid DOMAIN (so no
 *   single-label or underscore hosts); WHATWG's reading of the host wins (`http://0x7f.1/` → `127.0.0.1`);
 *   one trailing dot on the host is dropped; an empty path becomes `/`; userinfo, path, query and fragment are
 *   kept exactly as given; whitespace and backslashes are refused.
 * - EMAIL: dot-atom local part only (ASCII letters, digits and ``!#$%&'*+/=?^_`{|}~-``, dots not leading,
 *   trailing or doubled); no quoted local parts, no IP-literal domains; whole address at most 254 characters.
 * - CVE: a sequence number of 5 or more digits may not start with 0 (CVE ID syntax pads only to 4).
 * - Lengths are counted in UTF-16 code units, on the trimmed input and again on the normalised value.
 */

export enum IndicatorType {
  IPV4 = 'IPV4',
  IPV6 = 'IPV6',
  CIDR = 'CIDR',
  DOMAIN = 'DOMAIN',
  URL = 'URL',
  EMAIL = 'EMAIL',
  MD5 = 'MD5',
  SHA1 = 'SHA1',
  SHA256 = 'SHA256',
  CVE = 'CVE',
}

export interface NormalisedIndicator {
  type: IndicatorType;
  value: string;
  /** for IPV4/IPV6/CIDR: the value in PostgreSQL `inet`/`cidr` text form, for containment search; else null */
  network: string | null;
}

export type IndicatorResult = { ok: true; indicator: NormalisedIndicator } | { ok: false; problem: string };

export const MAX_INDICATOR_LENGTH = 2048;

const MAX_DOMAIN_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;
const ALLOWED_URL_SCHEMES = ['http', 'https', 'ftp'];

/** What a type-specific parser returns: the normalised value and network, or a problem. */
type Parsed = { value: string; network: string | null } | string;

const fail = (problem: string): IndicatorResult => ({ ok: false, problem });

/** Shortens an echoed fragment of user input so problems stay short. */
function quote(fragment: string): string {
  return `'${fragment.length > 40 ? `${fragment.slice(0, 40)}…` : fragment}'`;
}

// ---------------------------------------------------------------------------------------------------------------
// Refanging and the common checks

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const FORMAT_CHARACTERS = /\p{Cf}/u;

function refang(input: string): string {
  return input
    .replace(/\[\.\]|\(\.\)|\[dot\]/gi, '.')
    .replace(/\[@\]|\[at\]/gi, '@')
    .replace(/\[:\/\/\]/g, '://')
    .replace(/\[:\]/g, ':')
    .replace(/^hxxp(s?)(?=:)/i, 'http$1');
}

/** Trims, refuses empty / over-long / control characters, and refangs. */
function prepare(raw: string): string | { problem: string } {
  const trimmed = raw.trim();
  if (trimmed === '') return { problem: 'Indicator is empty.' };
  if (trimmed.length > MAX_INDICATOR_LENGTH) {
    return { problem: `Indicator is longer than ${MAX_INDICATOR_LENGTH} characters.` };
  }
  if (CONTROL_CHARACTERS.test(trimmed)) return { problem: 'Indicator contains control characters.' };
  if (FORMAT_CHARACTERS.test(trimmed)) {
    return { problem: 'Indicator contains invisible formatting characters (zero-width or bidi controls).' };
  }
  return refang(trimmed);
}

// ---------------------------------------------------------------------------------------------------------------
// IP addresses

const DECIMAL_OCTET = /^(0|[1-9]\d{0,2})$/;

/** Parses a strict dotted quad into 4 bytes, or returns a problem. */
function parseIPv4Bytes(text: string): number[] | string {
  const parts = text.split('.');
  if (parts.length !== 4) return `${quote(text)} is not an IPv4 address (expected four dot-separated numbers).`;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return `${quote(text)} is not an IPv4 address (${quote(part)} is not a number).`;
    if (!DECIMAL_OCTET.test(part)) {
      return part.length > 1 && part.startsWith('0')
        ? `IPv4 octet ${quote(part)} has a leading zero, which is ambiguous (octal).`
        : `IPv4 octet ${quote(part)} is out of range 0–255.`;
    }
    const n = Number(part);
    if (n > 255) return `IPv4 octet ${quote(part)} is out of range 0–255.`;
    bytes.push(n);
  }
  return bytes;
}

/** Parses an IPv6 address (already accepted by `isIPv6`, no zone) into 16 bytes, or returns a problem. */
function parseIPv6Bytes(text: string): number[] | string {
  const problem = `${quote(text)} is not a valid IPv6 address.`;
  if (text.includes('%')) return 'IPv6 zone indexes (%…) are not allowed in an indicator.';
  if (!isIPv6(text)) return problem;
  const halves = text.split('::');
  if (halves.length > 2) return problem;
  const toGroups = (part: string): number[] | null => {
    if (part === '') return [];
    const groups: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIPv4Bytes(piece);
        if (typeof v4 === 'string') return null;
        groups.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) {
        groups.push(parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return groups;
  };
  const head = toGroups(halves[0]);
  const tail = halves.length === 2 ? toGroups(halves[1]) : [];
  if (head === null || tail === null) return problem;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return problem;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

/** RFC 5952 text: lower-case hex, no leading zeros, the first longest run (≥ 2) of zero groups as `::`. */
function formatIPv6(bytes: readonly number[]): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8) | bytes[i + 1]);
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (gs: number[]): string => gs.map((g) => g.toString(16)).join(':');
  if (bestLength < 2) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}

function parseIPv4(text: string): Parsed {
  const bytes = parseIPv4Bytes(text);
  if (typeof bytes === 'string') return bytes;
  const value = bytes.join('.');
  return { value, network: value };
}

function parseIPv6(text: string): Parsed {
  if (text.startsWith('[') || text.endsWith(']')) return 'Write the IPv6 address without brackets.';
  if (isIPv4(text)) return `${quote(text)} is an IPv4 address, not IPv6.`;
  const bytes = parseIPv6Bytes(text);
  if (typeof bytes === 'string') return bytes;
  const value = formatIPv6(bytes);
  return { value, network: value };
}

function parseCidr(text: string): Parsed {
  const slash = text.indexOf('/');
  if (slash < 0) return 'A CIDR block needs a /prefix length (e.g. 203.0.113.0/24).';
  const address = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const isV6 = address.includes(':');
  const maxPrefix = isV6 ? 128 : 32;
  if (!/^(0|[1-9]\d*)$/.test(prefixText)) return `CIDR prefix ${quote(prefixText)} is not a plain number.`;
  const prefix = Number(prefixText);
  if (prefix > maxPrefix) return `CIDR prefix /${prefixText} is out of range 0–${maxPrefix} for IPv${isV6 ? 6 : 4}.`;
  const bytes = isV6 ? parseIPv6Bytes(address) : parseIPv4Bytes(address);
  if (typeof bytes === 'string') return bytes;
  // Zero the host bits: analysts paste an address inside the block as often as the block itself.
  const networkBytes = bytes.map((byte, i) => {
    const kept = Math.min(8, Math.max(0, prefix - i * 8));
    return byte & ((0xff << (8 - kept)) & 0xff);
  });
  const value = `${isV6 ? formatIPv6(networkBytes) : networkBytes.join('.')}/${prefix}`;
  return { value, network: value };
}

// ---------------------------------------------------------------------------------------------------------------
// Domains, URLs, e-mail addresses

const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Validates an ASCII (punycode), lower-case domain without a trailing dot. */
function checkAsciiDomain(domain: string): string | null {
  if (domain.length > MAX_DOMAIN_LENGTH) return `Domain is longer than ${MAX_DOMAIN_LENGTH} characters.`;
  const labels = domain.split('.');
  if (labels.length < 2) return `Domain ${quote(domain)} needs at least two labels (e.g. example.org).`;
  for (const label of labels) {
    if (label === '') return `Domain ${quote(domain)} has an empty label.`;
    if (label.length > MAX_LABEL_LENGTH) {
      return `Domain label ${quote(label)} is longer than ${MAX_LABEL_LENGTH} characters.`;
    }
    if (!LABEL.test(label)) {
      return label.startsWith('-') || label.endsWith('-')
        ? `Domain label ${quote(label)} starts or ends with a hyphen.`
        : `Domain label ${quote(label)} may only contain letters, digits and hyphens.`;
    }
  }
  if (/^\d+$/.test(labels[labels.length - 1])) return `Domain ${quote(domain)} has an all-numeric top-level label.`;
  return null;
}

/** Lower-cases, strips one trailing dot, converts Unicode labels to punycode and validates. */
function normaliseDomain(text: string): string | { problem: string } {
  let domain = text.endsWith('.') ? text.slice(0, -1) : text;
  if (isIP(domain) !== 0) return { problem: `${quote(domain)} is an IP address, not a domain.` };
  // domainToASCII is a full WHATWG host parser (it percent-decodes and cuts at '/'), so only letters, digits,
  // hyphens and dots may reach it from ASCII; non-ASCII goes through IDNA and is checked again afterwards.
  const badAscii = /[\x20-\x7e]/.exec(domain.replace(/[A-Za-z0-9.-]/g, ''));
  if (badAscii) return { problem: `Domain contains the character ${quote(badAscii[0])}.` };
  if (!/[^\x20-\x7e]/.test(domain)) {
    // Plain ASCII: check first, so the problem names the rule rather than IDNA's blanket refusal.
    const problem = checkAsciiDomain(domain.toLowerCase());
    if (problem !== null) return { problem };
  }
  // IDNA (UTS #46) maps and lower-cases Unicode labels to punycode, and also rejects broken `xn--` labels.
  const ascii = domainToASCII(domain);
  if (ascii === '') return { problem: `Domain ${quote(domain)} is not a valid (internationalised) domain name.` };
  domain = ascii;
  if (isIP(domain) !== 0) return { problem: `${quote(domain)} is an IP address, not a domain.` };
  const problem = checkAsciiDomain(domain);
  return problem === null ? domain : { problem };
}

function parseDomain(text: string): Parsed {
  const domain = normaliseDomain(text);
  return typeof domain === 'string' ? { value: domain, network: null } : domain.problem;
}

function parseUrl(text: string): Parsed {
  const schemeMatch = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text);
  if (!schemeMatch) return 'URL must start with a scheme: http://, https:// or ftp://.';
  const scheme = schemeMatch[1].toLowerCase();
  if (!ALLOWED_URL_SCHEMES.includes(scheme)) {
    return `URL scheme ${quote(`${scheme}:`)} is not allowed; use http, https or ftp.`;
  }
  if (!text.slice(scheme.length + 1).startsWith('//')) return `URL must start with ${scheme}:// .`;
  if (/\s/.test(text)) return 'URL contains whitespace.';
  if (text.includes('\\')) return 'URL contains a backslash.';

  const afterScheme = text.slice(scheme.length + 3);
  const authorityEnd = afterScheme.search(/[/?#]/);
  const authority = authorityEnd < 0 ? afterScheme : afterScheme.slice(0, authorityEnd);
  const rest = authorityEnd < 0 ? '' : afterScheme.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  const userinfo = at <= 0 ? '' : authority.slice(0, at + 1); // an empty userinfo ('@host') is dropped
  if (authority.slice(at + 1) === '') return 'URL has no host.';

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `${quote(text)} is not a valid URL.`;
  }
  let host = url.hostname;
  if (host.startsWith('[')) {
    // WHATWG already serialises IPv6 hosts in RFC 5952 form with hex groups, as parseIPv6 does.
  } else if (!isIPv4(host)) {
    const domain = normaliseDomain(host);
    if (typeof domain !== 'string') return `URL host is not valid: ${domain.problem}`;
    host = domain;
  }
  const port = url.port === '' ? '' : `:${url.port}`;
  const path = rest === '' || !rest.startsWith('/') ? `/${rest}` : rest;
  return { value: `${scheme}://${userinfo}${host}${port}${path}`, network: null };
}

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

function parseEmail(text: string): Parsed {
  const at = text.lastIndexOf('@');
  if (at < 0) return 'E-mail address has no @.';
  const local = text.slice(0, at);
  const domainText = text.slice(at + 1);
  if (local === '') return 'E-mail address has an empty local part (before the @).';
  if (local.length > MAX_LOCAL_PART_LENGTH) {
    return `E-mail local part is longer than ${MAX_LOCAL_PART_LENGTH} characters.`;
  }
  if (!LOCAL_PART.test(local)) {
    return /^\.|\.$|\.\./.test(local)
      ? 'E-mail local part has a leading, trailing or doubled dot.'
      : `E-mail local part ${quote(local)} contains characters that are not allowed.`;
  }
  if (domainText === '') return 'E-mail address has an empty domain (after the @).';
  const domain = normaliseDomain(domainText);
  if (typeof domain !== 'string') return `E-mail domain is not valid: ${domain.problem}`;
  const value = `${local}@${domain}`;
  if (value.length > MAX_EMAIL_LENGTH) return `E-mail address is longer than ${MAX_EMAIL_LENGTH} characters.`;
  return { value, network: null };
}

// ---------------------------------------------------------------------------------------------------------------
// Hashes and CVE identifiers

function hashParser(name: string, hexDigits: number): (text: string) => Parsed {
  return (text) => {
    if (!/^[0-9a-f]+$/i.test(text)) return `${name} hash contains characters that are not hexadecimal digits.`;
    if (text.length !== hexDigits) return `${name} hash must be ${hexDigits} hex digits, not ${text.length}.`;
    return { value: text.toLowerCase(), network: null };
  };
}

function parseCve(text: string): Parsed {
  const match = /^CVE-(\d{4})-(\d+)$/i.exec(text);
  if (!match) return 'CVE identifier must look like CVE-YYYY-NNNN.';
  const year = match[1];
  const sequence = match[2];
  if (Number(year) < 1999 || Number(year) > 2100) return `CVE year ${year} is out of range 1999–2100.`;
  if (sequence.length < 4 || sequence.length > 7) return 'CVE sequence number must have 4 to 7 digits.';
  if (sequence.length > 4 && sequence.startsWith('0')) {
    return 'CVE sequence number of more than 4 digits may not start with 0.';
  }
  return { value: `CVE-${year}-${sequence}`, network: null };
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

const PARSERS: Readonly<Record<IndicatorType, (text: string) => Parsed>> = {
  [IndicatorType.IPV4]: parseIPv4,
  [IndicatorType.IPV6]: parseIPv6,
  [IndicatorType.CIDR]: parseCidr,
  [IndicatorType.DOMAIN]: parseDomain,
  [IndicatorType.URL]: parseUrl,
  [IndicatorType.EMAIL]: parseEmail,
  [IndicatorType.MD5]: hashParser('MD5', 32),
  [IndicatorType.SHA1]: hashParser('SHA-1', 40),
  [IndicatorType.SHA256]: hashParser('SHA-256', 64),
  [IndicatorType.CVE]: parseCve,
};

/** Validates and normalises one indicator of the given type. Never throws. */
export function normaliseIndicator(type: IndicatorType, raw: string): IndicatorResult {
  const parser = PARSERS[type] as ((text: string) => Parsed) | undefined;
  if (parser === undefined) return fail(`Unknown indicator type ${quote(String(type))}.`);
  if (typeof raw !== 'string') return fail('Indicator must be text.');
  const text = prepare(raw);
  if (typeof text !== 'string') return fail(text.problem);
  const parsed = parser(text);
  if (typeof parsed === 'string') return fail(parsed);
  if (parsed.value.length > MAX_INDICATOR_LENGTH) {
    return fail(`Indicator is longer than ${MAX_INDICATOR_LENGTH} characters once normalised.`);
  }
  return { ok: true, indicator: { type, value: parsed.value, network: parsed.network } };
}

/** Types tried by detectIndicatorType, most specific first. */
const DETECTION_ORDER: readonly IndicatorType[] = [
  IndicatorType.CVE,
  IndicatorType.MD5,
  IndicatorType.SHA1,
  IndicatorType.SHA256,
  IndicatorType.IPV4,
  IndicatorType.IPV6,
  IndicatorType.CIDR,
  IndicatorType.URL,
  IndicatorType.EMAIL,
  IndicatorType.DOMAIN,
];

/**
 * Guess the type of a search term a user typed (e.g. '203.0.113.7' → IPV4, 'CVE-2024-1234' → CVE, a 64-hex
 * string → SHA256, 'evil.example' → DOMAIN), or null. The first type (in DETECTION_ORDER) that accepts the term
 * wins; defanged input is recognised too.
 */
export function detectIndicatorType(raw: string): IndicatorType | null {
  return DETECTION_ORDER.find((type) => normaliseIndicator(type, raw).ok) ?? null;
}
