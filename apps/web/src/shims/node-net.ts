/**
 * The three `node:net` functions libs/domain/src/indicator.ts uses, for the browser, so the portal checks pasted
 * indicators with the API's own rules instead of a copy of them. Same answers as Node's for what that file asks:
 * it refuses zone indexes and brackets itself before asking.
 */

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

export function isIPv4(input: string): boolean {
  return IPV4.test(input);
}

/** The WHATWG URL parser's IPv6 reading (as strict as Node's: an IPv4 tail in dotted decimal, no zone). */
export function isIPv6(input: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(input) || !input.includes(':')) return false;
  try {
    return new URL(`http://[${input}]/`).hostname.startsWith('[');
  } catch {
    return false;
  }
}

export function isIP(input: string): 0 | 4 | 6 {
  if (isIPv4(input)) return 4;
  return isIPv6(input) ? 6 : 0;
}
