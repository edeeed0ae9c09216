import { IndicatorType } from '@bulwark/domain';
import { describe, expect, it } from 'vitest';
import { stixPattern } from './indicator-pattern';
import { patternValues } from './pattern-indicators';

describe('the values of a STIX pattern (the reverse of stixPattern)', () => {
  it.each([
    [IndicatorType.IPV4, '203.0.113.45'],
    [IndicatorType.IPV6, '2001:db8::1'],
    [IndicatorType.CIDR, '198.51.100.0/24'],
    [IndicatorType.CIDR, '2001:db8::/32'],
    [IndicatorType.DOMAIN, 'ga-pollworker-training.example'],
    [IndicatorType.URL, "http://x.example/a'b\\c?q=1 OR [x]"],
    [IndicatorType.EMAIL, 'it-desk@x.example'],
    [IndicatorType.MD5, 'd41d8cd98f00b204e9800998ecf8427e'],
    [IndicatorType.SHA1, 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    [IndicatorType.SHA256, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ])('reads back what stixPattern writes for %s %s', (type, value) => {
    expect(patternValues(stixPattern(type, value) ?? '')).toEqual({ values: [{ type, value }] });
  });

  it('reads the usual spellings of hash names and spacing', () => {
    expect(patternValues("[ file:hashes.'MD5'='d41d8cd98f00b204e9800998ecf8427e' ]")).toEqual({
      values: [{ type: IndicatorType.MD5, value: 'd41d8cd98f00b204e9800998ecf8427e' }],
    });
    expect(patternValues("[file:hashes.sha256 = 'ab']")).toEqual({
      values: [{ type: IndicatorType.SHA256, value: 'ab' }],
    });
    expect(patternValues("[file:hashes.'SHA1' = 'ab']")).toEqual({
      values: [{ type: IndicatorType.SHA1, value: 'ab' }],
    });
  });

  it('takes a list of alternatives as one value each, inside or between brackets', () => {
    expect(
      patternValues(
        "[ipv4-addr:value = '203.0.113.1' OR ipv4-addr:value = '203.0.113.2'] OR [domain-name:value = 'x.example']",
      ),
    ).toEqual({
      values: [
        { type: IndicatorType.IPV4, value: '203.0.113.1' },
        { type: IndicatorType.IPV4, value: '203.0.113.2' },
        { type: IndicatorType.DOMAIN, value: 'x.example' },
      ],
    });
  });

  it.each([
    ["[ipv4-addr:value = '203.0.113.1' AND domain-name:value = 'x.example']", 'it uses AND'],
    ["[ipv4-addr:value = '203.0.113.1'] FOLLOWEDBY [ipv4-addr:value = '203.0.113.2']", 'it uses FOLLOWEDBY'],
    ["[ipv4-addr:value = '203.0.113.1'] WITHIN 300 SECONDS", 'it uses WITHIN'],
    ["[ipv4-addr:value != '203.0.113.1']", 'it uses !'],
    ["[domain-name:value LIKE '%.example']", 'it uses LIKE'],
    ["[ipv4-addr:value ISSUBSET '198.51.100.0/24']", 'it uses ISSUBSET'],
    ["[email-message:to_refs[*].value = 'a@x.example']", "it has '[' where a value or the end belongs"],
    ["([ipv4-addr:value = '203.0.113.1'])", 'it uses ('],
    ["[ipv4-addr:value = '203.0.113.1'", 'it ends too early'],
    ['[file:size = 4]', 'it uses 4'],
  ])('explains, and does not guess, a pattern that is more than a list of values: %s', (pattern, words) => {
    const reading = patternValues(pattern);
    expect(reading).toEqual({ reason: expect.stringContaining(words) });
    expect('reason' in reading && reading.reason).toMatch(/^Its pattern is more than a list of values/);
  });

  it('names an object Bulwark does not keep, and a hash it does not keep', () => {
    expect(patternValues("[mutex:name = 'Global\\\\x']")).toEqual({
      reason: expect.stringMatching(/looks at mutex:name/),
    });
    expect(patternValues("[file:hashes.'SHA-512' = 'ab']")).toEqual({
      reason: expect.stringMatching(/looks at file:hashes.'SHA-512'/),
    });
  });

  it('refuses a string constant that is not closed or escapes what it may not', () => {
    for (const pattern of ["[url:value = 'http://x.example/]", "[url:value = 'a\\nb']"])
      expect(patternValues(pattern)).toEqual({ reason: expect.stringMatching(/quoted value/) });
  });
});
