import { IndicatorType } from '@bulwark/domain';
import { describe, expect, it } from 'vitest';
import { stixPattern } from './indicator-pattern';

describe('STIX patterns of indicators', () => {
  it.each([
    [IndicatorType.IPV4, '203.0.113.45', "[ipv4-addr:value = '203.0.113.45']"],
    [IndicatorType.IPV6, '2001:db8::1', "[ipv6-addr:value = '2001:db8::1']"],
    [IndicatorType.CIDR, '198.51.100.0/24', "[ipv4-addr:value = '198.51.100.0/24']"],
    [IndicatorType.CIDR, '2001:db8::/32', "[ipv6-addr:value = '2001:db8::/32']"],
    [IndicatorType.DOMAIN, 'ga-pollworker-training.example', "[domain-name:value = 'ga-pollworker-training.example']"],
    [IndicatorType.URL, 'https://x.example/login', "[url:value = 'https://x.example/login']"],
    [IndicatorType.EMAIL, 'it-desk@x.example', "[email-addr:value = 'it-desk@x.example']"],
    [IndicatorType.MD5, 'd41d8cd98f00b204e9800998ecf8427e', "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']"],
    [
      IndicatorType.SHA1,
      'da39a3ee5e6b4b0d3255bfef95601890afd80709',
      "[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']",
    ],
    [IndicatorType.SHA256, 'e3b0c442', "[file:hashes.'SHA-256' = 'e3b0c442']"],
  ])('%s %s', (type, value, pattern) => {
    expect(stixPattern(type, value)).toBe(pattern);
  });

  it("escapes what would end the string constant: a URL's quote and backslash stay inside it", () => {
    expect(stixPattern(IndicatorType.URL, "http://x.example/a'b\\c")).toBe(
      "[url:value = 'http://x.example/a\\'b\\\\c']",
    );
  });

  it('has none for a CVE, which is a vulnerability object', () => {
    expect(stixPattern(IndicatorType.CVE, 'CVE-2024-12345')).toBeNull();
  });
});
