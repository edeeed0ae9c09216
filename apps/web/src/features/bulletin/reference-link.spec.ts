import { describe, expect, it } from 'vitest';
import { httpUrl } from './reference-link';

describe('httpUrl', () => {
  it('keeps http and https addresses', () => {
    expect(httpUrl('https://www.cisa.gov/news-events/alerts')).toBe('https://www.cisa.gov/news-events/alerts');
    expect(httpUrl('http://example.org/a?b=c#d')).toBe('http://example.org/a?b=c#d');
  });

  it('refuses addresses that would run code or are not addresses at all', () => {
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl(' JavaScript:alert(1)')).toBeNull();
    expect(httpUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(httpUrl('vbscript:msgbox')).toBeNull();
    expect(httpUrl('/relative/path')).toBeNull();
    expect(httpUrl('not a url')).toBeNull();
  });
});
