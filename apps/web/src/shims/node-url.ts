/**
 * `domainToASCII` for the browser (see node-net.ts): the WHATWG host parser's IDNA mapping, as Node's is; an
 * empty string for a domain it refuses, as Node's returns.
 */
export function domainToASCII(domain: string): string {
  if (domain === '' || /[/?#@:\\[\]%\s]/.test(domain)) return '';
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return '';
  }
}
