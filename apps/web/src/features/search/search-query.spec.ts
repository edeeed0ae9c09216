import { describe, expect, it } from 'vitest';
import { detectIndicator, interpretSearch, isIPv6 } from './search-query';

describe('detectIndicator', () => {
  it.each([
    ['203.0.113.7', 'IPV4'],
    ['  198.51.100.23 ', 'IPV4'],
    ['203[.]0[.]113[.]7', 'IPV4'],
    ['2001:db8::1', 'IPV6'],
    ['::1', 'IPV6'],
    ['2001:0db8:0000:0000:0000:ff00:0042:8329', 'IPV6'],
    ['::ffff:192.0.2.1', 'IPV6'],
    ['203.0.113.0/24', 'CIDR'],
    ['2001:db8::/32', 'CIDR'],
    ['sos-ga-verify.example', 'DOMAIN'],
    ['sos-ga-verify[.]example', 'DOMAIN'],
    ['Example.ORG.', 'DOMAIN'],
    ['xn--80ak6aa92e.com', 'DOMAIN'],
    ['https://sos-ga-verify.example/login?next=1', 'URL'],
    ['hxxps://sos-ga-verify[.]example/login', 'URL'],
    ['http://203.0.113.7:8080/x', 'URL'],
    ['ftp://files.example.org', 'URL'],
    ['elections@sos-ga-verify.example', 'EMAIL'],
    ['elections[at]sos-ga-verify[.]example', 'EMAIL'],
    ['d41d8cd98f00b204e9800998ecf8427e', 'MD5'],
    ['da39a3ee5e6b4b0d3255bfef95601890afd80709', 'SHA1'],
    ['E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855', 'SHA256'],
    ['CVE-2024-12345', 'CVE'],
    ['cve-2026-31337', 'CVE'],
  ])('%s is %s', (text, kind) => {
    expect(detectIndicator(text)).toBe(kind);
  });

  it.each([
    ['phishing'],
    ['credential phishing'],
    ['e-pollbook'],
    ['203.0.113.7 phishing'],
    ['256.1.1.1'],
    ['1.2.3'],
    ['01.2.3.4'],
    ['203.0.113.0/33'],
    ['2001:db8::1::2'],
    ['12345'],
    ['d41d8cd98f00b204e9800998ecf8427'],
    ['CVE-24-1'],
    ['e.g'],
    ['example.123'],
    ['javascript://alert(1)'],
    ['@example.org'],
    [''],
    ['   '],
  ])('%j is words, not an indicator', (text) => {
    expect(detectIndicator(text)).toBeNull();
  });

  it('reads IPv6 addresses strictly', () => {
    expect(isIPv6('1:2:3:4:5:6:7:8')).toBe(true);
    expect(isIPv6('1:2:3:4:5:6:7')).toBe(false);
    expect(isIPv6('1:2:3:4:5:6:7::8')).toBe(false);
    expect(isIPv6('1.2.3.4::')).toBe(false);
    expect(isIPv6('12345::')).toBe(false);
    expect(isIPv6('gggg::')).toBe(false);
  });
});

describe('interpretSearch', () => {
  it('searches an indicator with the indicator filter, trimmed', () => {
    expect(interpretSearch(' 203.0.113.7 ')).toEqual({ kind: 'indicator', indicator: 'IPV4', text: '203.0.113.7' });
  });

  it('searches anything else as words', () => {
    expect(interpretSearch('voter registration phishing')).toEqual({
      kind: 'words',
      text: 'voter registration phishing',
    });
  });

  it('searches an indicator as words when the reader asks to', () => {
    expect(interpretSearch('node.js', true)).toEqual({ kind: 'words', text: 'node.js' });
  });

  it('has nothing to search for an empty box', () => {
    expect(interpretSearch('  ')).toBeNull();
  });
});
