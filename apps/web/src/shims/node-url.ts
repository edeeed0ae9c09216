/**
 * `domainToASCII` for the browser (see node-net.ts). Node's is the WHATWG URL `hostname` setter on a special URL
 * (`ws://x`), read back, and an empty string when the setter refuses the input; so is this one. A refused setter
 * leaves the old host in place, so the same input is set on two URLs with different hosts: when the two disagree
 * afterwards, it was refused. node-shims.spec.ts holds it to Node's answers.
 */
export function domainToASCII(domain: string): string {
  if (domain === '') return '';
  const hostOf = (initial: string) => {
    const url = new URL(`ws://${initial}/`);
    url.hostname = domain;
    return url.hostname;
  };
  const first = hostOf('x');
  return first === hostOf('y') ? first : '';
}
