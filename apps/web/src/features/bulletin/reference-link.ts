/**
 * The address as a link target if it is an http(s) URL, else null. The API accepts only http(s) references; this
 * keeps a `javascript:` or `data:` address from ever becoming a link should one reach the page another way.
 */
export function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
