/** What every TAXII 2.1 answer is, and what a client must accept. */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
/** What a collection holds. */
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

/**
 * True when an `Accept` header lets us answer TAXII 2.1: `application/taxii+json` with version 2.1 or none, or a
 * wildcard; no header at all means anything (RFC 9110). A range with `q=0` refuses.
 */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return accept.split(',').some((range) => {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    const param = (name: string) =>
      params
        .find((p) => p.startsWith(`${name}=`))
        ?.slice(name.length + 1)
        .replace(/^"|"$/g, '');
    if (param('q') !== undefined && Number(param('q')) === 0) return false;
    if (type === '*/*' || type === 'application/*') return true;
    if (type !== 'application/taxii+json') return false;
    const version = param('version');
    return version === undefined || version === '2.1';
  });
}
