import { describe, expect, it } from 'vitest';
import { indicatorsAsLines, MAX_INDICATORS, parseIndicatorLines } from './indicator-lines';

const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('parseIndicatorLines', () => {
  it.each([
    ['203.0.113.7', 'IPV4', '203.0.113.7'],
    ['2001:DB8::1', 'IPV6', '2001:db8::1'],
    ['198.51.100.77/24', 'CIDR', '198.51.100.0/24'],
    ['Evil-Relay.Example', 'DOMAIN', 'evil-relay.example'],
    ['hxxps://login-update[.]example/portal', 'URL', 'https://login-update.example/portal'],
    ['ballots[at]phish[.]example', 'EMAIL', 'ballots@phish.example'],
    ['D41D8CD98F00B204E9800998ECF8427E', 'MD5', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['da39a3ee5e6b4b0d3255bfef95601890afd80709', 'SHA1', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    [SHA256, 'SHA256', SHA256],
    ['cve-2024-3400', 'CVE', 'CVE-2024-3400'],
  ])('types and normalises %s as the API does (%s)', (text, type, value) => {
    const paste = parseIndicatorLines(text);
    expect(paste.problems).toEqual([]);
    expect(paste.indicators).toEqual([{ type, value }]);
  });

  it('names each bad line with the rule it breaks, and keeps the good ones', () => {
    const paste = parseIndicatorLines(
      ['203.0.113.7', 'scan-relay.example', '203.0.113.300', 'CVE-2024-3400', 'not an indicator'].join('\n'),
    );
    expect(paste.indicators.map((indicator) => indicator.type)).toEqual(['IPV4', 'DOMAIN', 'CVE']);
    expect(paste.problems.map((problem) => [problem.line, problem.text])).toEqual([
      [3, '203.0.113.300'],
      [5, 'not an indicator'],
    ]);
    expect(paste.problems[0]?.problem).toMatch(/octet '300' is out of range/);
    expect(paste.problems[1]?.problem).toMatch(/one indicator on each line/);
  });

  it('says how long a hash should be when a digit is missing', () => {
    const [problem] = parseIndicatorLines(SHA256.slice(0, 63)).problems;
    expect(problem?.problem).toBe('SHA-256 hash must be 64 hex digits, not 63.');
  });

  it('reads CSV as the bulletin page exports it (type,value with a header), and value,type too', () => {
    const paste = parseIndicatorLines(
      'type,value\r\nIPV4,203.0.113.7\r\n"DOMAIN","scan-relay.example"\r\nevil.example,Domain\r\nSHA-256 hash,' +
        SHA256,
    );
    expect(paste.problems).toEqual([]);
    expect(paste.indicators).toEqual([
      { type: 'IPV4', value: '203.0.113.7' },
      { type: 'DOMAIN', value: 'scan-relay.example' },
      { type: 'DOMAIN', value: 'evil.example' },
      { type: 'SHA256', value: SHA256 },
    ]);
  });

  it('checks a CSV value against the type it names', () => {
    const [problem] = parseIndicatorLines('IPV6,203.0.113.7').problems;
    expect(problem).toMatchObject({ line: 1, problem: "'203.0.113.7' is an IPv4 address, not IPv6." });
  });

  it('skips blank lines and # comments, counts lines as the writer sees them, and sends a repeat once', () => {
    const paste = parseIndicatorLines('# from the state report\n\n203.0.113.7\n203[.]0[.]113[.]7\n');
    expect(paste.indicators).toEqual([{ type: 'IPV4', value: '203.0.113.7' }]);
    expect(paste.lines).toEqual([
      { line: 3, text: '203.0.113.7', ok: true, indicator: { type: 'IPV4', value: '203.0.113.7' } },
      { line: 4, text: '203[.]0[.]113[.]7', ok: true, duplicateOf: 3 },
    ]);
  });

  it(`refuses more than ${MAX_INDICATORS} indicators`, () => {
    const many = Array.from({ length: MAX_INDICATORS + 1 }, (_, i) => `10.0.${Math.floor(i / 256)}.${i % 256}`);
    expect(parseIndicatorLines(many.join('\n')).tooMany).toMatch(/at most 500 indicators; this has 501/);
  });

  it('gives saved indicators back as lines that read as the same indicators', () => {
    const saved = [
      { type: 'IPV4', value: '203.0.113.7' },
      { type: 'CIDR', value: '198.51.100.0/24' },
      { type: 'CVE', value: 'CVE-2024-3400' },
    ];
    expect(parseIndicatorLines(indicatorsAsLines(saved)).indicators).toEqual(saved);
  });
});
