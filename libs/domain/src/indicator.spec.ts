import { describe, expect, it } from 'vitest';
import { detectIndicatorType, IndicatorType, MAX_INDICATOR_LENGTH, normaliseIndicator } from './indicator';

const T = IndicatorType;

/** Asserts acceptance and returns the normalised value and network. */
function accepted(type: IndicatorType, raw: string): { value: string; network: string | null } {
  const result = normaliseIndicator(type, raw);
  if (!result.ok) throw new Error(`expected ${type} ${JSON.stringify(raw)} to be accepted, got: ${result.problem}`);
  expect(result.indicator.type).toBe(type);
  return { value: result.indicator.value, network: result.indicator.network };
}

/** Asserts refusal and returns the problem sentence. */
function refused(type: IndicatorType, raw: string): string {
  const result = normaliseIndicator(type, raw);
  if (result.ok)
    throw new Error(`expected ${type} ${JSON.stringify(raw)} to be refused, got ${result.indicator.value}`);
  expect(result.problem).toMatch(/\S/);
  expect(result.problem.length).toBeLessThan(200);
  return result.problem;
}

describe('normaliseIndicator: common rules', () => {
  it.each(Object.values(IndicatorType))('refuses an empty or blank %s', (type) => {
    expect(refused(type, '')).toBe('Indicator is empty.');
    expect(refused(type, '   \t\n ')).toBe('Indicator is empty.');
  });

  it('trims surrounding whitespace', () => {
    expect(accepted(T.IPV4, '  203.0.113.7\n')).toEqual({ value: '203.0.113.7', network: '203.0.113.7' });
    expect(accepted(T.DOMAIN, '\tevil.example ')).toEqual({ value: 'evil.example', network: null });
  });

  it('refuses values longer than MAX_INDICATOR_LENGTH', () => {
    expect(MAX_INDICATOR_LENGTH).toBe(2048);
    const url = `http://evil.example/${'a'.repeat(MAX_INDICATOR_LENGTH)}`;
    expect(refused(T.URL, url)).toMatch(/longer than 2048/);
    const justFits = `http://evil.example/${'a'.repeat(MAX_INDICATOR_LENGTH - 'http://evil.example/'.length)}`;
    expect(accepted(T.URL, justFits).value).toBe(justFits);
  });

  it('refuses a value that grows past MAX_INDICATOR_LENGTH when normalised', () => {
    // 'http://a.example' → 'http://a.example/' adds one character.
    const raw = `http://a.example?${'q'.repeat(MAX_INDICATOR_LENGTH - 'http://a.example?'.length)}`;
    expect(raw.length).toBe(MAX_INDICATOR_LENGTH);
    expect(refused(T.URL, raw)).toMatch(/once normalised/);
  });

  it.each([
    ['NUL', 'evil\u0000.example'],
    ['tab inside', 'evil\t.example'],
    ['newline inside', 'evil.exa\nmple'],
    ['DEL', 'evil\u007f.example'],
    ['C1 control', 'evil\u0085.example'],
  ])('refuses control characters (%s)', (_name, raw) => {
    expect(refused(T.DOMAIN, raw)).toBe('Indicator contains control characters.');
  });

  it.each([
    ['zero-width space', 'evil\u200b.example'],
    ['right-to-left override', 'evil.\u202eelpmaxe'],
    ['zero-width joiner', 'ev\u200dil.example'],
  ])('refuses invisible formatting characters (%s)', (_name, raw) => {
    expect(refused(T.DOMAIN, raw)).toMatch(/invisible formatting/);
  });

  it('refuses an unknown type and non-string input without throwing', () => {
    expect(normaliseIndicator('NOPE' as IndicatorType, 'x').ok).toBe(false);
    expect(normaliseIndicator(T.DOMAIN, 42 as unknown as string).ok).toBe(false);
  });
});

describe('normaliseIndicator: IPV4', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['0.0.0.0', '0.0.0.0'],
    ['255.255.255.255', '255.255.255.255'],
    ['10.0.0.1', '10.0.0.1'],
    ['192.0.2.100', '192.0.2.100'],
    ['203[.]0[.]113[.]7', '203.0.113.7'],
    ['203(.)0(.)113(.)7', '203.0.113.7'],
    ['203[dot]0[DOT]113[Dot]7', '203.0.113.7'],
  ])('accepts %s', (raw, value) => {
    expect(accepted(T.IPV4, raw)).toEqual({ value, network: value });
  });

  it.each([
    '01.2.3.4',
    '1.2.3.04',
    '1.2.3.00',
    '256.1.1.1',
    '1.2.3.999',
    '1.2.3',
    '1.2.3.4.5',
    '1.2.3.',
    '.1.2.3',
    '1..2.3',
    '1.2.3.-4',
    '1.2.3.+4',
    '0x7f.0.0.1',
    '1.2.3.4/32',
    '1.2.3.4:80',
    '1.2.3.4x',
    '1. 2.3.4',
    '::1',
    'evil.example',
    '１.２.３.４',
  ])('refuses %j', (raw) => {
    refused(T.IPV4, raw);
  });

  it('names the ambiguous octal octet', () => {
    expect(refused(T.IPV4, '01.2.3.4')).toMatch(/'01'.*leading zero/);
    expect(refused(T.IPV4, '1.2.3.256')).toMatch(/'256'.*out of range/);
  });
});

describe('normaliseIndicator: IPV6', () => {
  it.each([
    ['2001:db8::1', '2001:db8::1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['2001:db8::0:1', '2001:db8::1'],
    ['::', '::'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['::1', '::1'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['1::', '1::'],
    ['fe80::', 'fe80::'],
    ['FE80:0:0:0:0200:5EFF:FE00:5301', 'fe80::200:5eff:fe00:5301'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
    ['1:0:2:3:4:5:6:7', '1:0:2:3:4:5:6:7'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
    ['::FFFF:c000:0201', '::ffff:c000:201'],
    ['64:ff9b::203.0.113.7', '64:ff9b::cb00:7107'],
    ['2001[:]db8[:][:]1', '2001:db8::1'],
  ])('accepts %s as %s', (raw, value) => {
    expect(accepted(T.IPV6, raw)).toEqual({ value, network: value });
  });

  it.each([
    '2001:db8::1::2',
    '2001:db8:::1',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    '12345::1',
    'g::1',
    '::ffff:01.2.3.4',
    '::ffff:256.2.3.4',
    'fe80::1%eth0',
    '[2001:db8::1]',
    '2001:db8::/32',
    '203.0.113.7',
    'evil.example',
    ':1',
  ])('refuses %j', (raw) => {
    refused(T.IPV6, raw);
  });

  it('explains zone indexes and IPv4 given as IPv6', () => {
    expect(refused(T.IPV6, 'fe80::1%eth0')).toMatch(/zone/);
    expect(refused(T.IPV6, '203.0.113.7')).toMatch(/IPv4 address, not IPv6/);
  });
});

describe('normaliseIndicator: CIDR', () => {
  it.each([
    ['203.0.113.0/24', '203.0.113.0/24'],
    ['203.0.113.77/24', '203.0.113.0/24'],
    ['203.0.113.77/32', '203.0.113.77/32'],
    ['203.0.113.77/0', '0.0.0.0/0'],
    ['10.255.255.255/8', '10.0.0.0/8'],
    ['192.168.77.200/20', '192.168.64.0/20'],
    ['192.168.77.201/31', '192.168.77.200/31'],
    ['172.31.255.255/12', '172.16.0.0/12'],
    ['203[.]0[.]113[.]77/24', '203.0.113.0/24'],
    ['2001:db8::/32', '2001:db8::/32'],
    ['2001:DB8:1234:5678::1/32', '2001:db8::/32'],
    ['2001:db8:abcd:12ff::1/60', '2001:db8:abcd:12f0::/60'],
    ['2001:db8::1/128', '2001:db8::1/128'],
    ['2001:db8::1/0', '::/0'],
    ['fe80::1:2:3:4/64', 'fe80::/64'],
    ['::ffff:192.0.2.77/120', '::ffff:c000:200/120'],
  ])('accepts %s as %s', (raw, value) => {
    expect(accepted(T.CIDR, raw)).toEqual({ value, network: value });
  });

  it.each([
    '203.0.113.0',
    '203.0.113.0/',
    '203.0.113.0/33',
    '203.0.113.0/024',
    '203.0.113.0/-1',
    '203.0.113.0/ 24',
    '203.0.113.0/24/24',
    '203.0.113.0/255.255.255.0',
    '01.0.113.0/24',
    '256.0.0.0/8',
    '2001:db8::/129',
    '2001:db8::1::/64',
    'fe80::%eth0/64',
    '[2001:db8::]/32',
    'evil.example/24',
    '/24',
  ])('refuses %j', (raw) => {
    refused(T.CIDR, raw);
  });

  it('names the problem', () => {
    expect(refused(T.CIDR, '203.0.113.0')).toMatch(/prefix/);
    expect(refused(T.CIDR, '203.0.113.0/33')).toMatch(/out of range 0–32/);
    expect(refused(T.CIDR, '2001:db8::/129')).toMatch(/out of range 0–128/);
  });
});

describe('normaliseIndicator: DOMAIN', () => {
  it.each([
    ['evil.example', 'evil.example'],
    ['EVIL.Example', 'evil.example'],
    ['evil.example.', 'evil.example'],
    ['a.b.c.d.evil.example', 'a.b.c.d.evil.example'],
    ['login-secure.vote-county.example', 'login-secure.vote-county.example'],
    ['123.example', '123.example'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['XN--BCHER-KVA.DE', 'xn--bcher-kva.de'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['BÜCHER.de', 'xn--bcher-kva.de'],
    ['пример.испытание', 'xn--e1afmkfd.xn--80akhbyknj4f'],
    ['中国。中国', 'xn--fiqs8s.xn--fiqs8s'],
    ['evil[.]example', 'evil.example'],
    ['evil(.)example', 'evil.example'],
    ['evil[dot]example', 'evil.example'],
    [`${'a'.repeat(63)}.example`, `${'a'.repeat(63)}.example`],
    [`${'abcdefghi.'.repeat(24)}example`, `${'abcdefghi.'.repeat(24)}example`],
  ])('accepts %s', (raw, value) => {
    expect(accepted(T.DOMAIN, raw)).toEqual({ value, network: null });
  });

  it.each([
    ['single label', 'localhost'],
    ['two trailing dots', 'evil.example..'],
    ['leading dot', '.evil.example'],
    ['empty label', 'evil..example'],
    ['leading hyphen', '-evil.example'],
    ['trailing hyphen', 'evil-.example'],
    ['underscore', 'evil_domain.example'],
    ['space', 'evil domain.example'],
    ['slash', 'evil.example/path'],
    ['percent escape', 'ex%41mple.com'],
    ['port', 'evil.example:443'],
    ['at sign', 'user@evil.example'],
    ['scheme', 'http://evil.example'],
    ['label of 64', `${'a'.repeat(64)}.example`],
    ['total over 253', `${'abcdefghi.'.repeat(25)}example`],
    ['numeric TLD', 'evil.123'],
    ['IPv4', '203.0.113.7'],
    ['IPv6', '2001:db8::1'],
    ['hex IPv4 form', '0x7f.1'],
    ['bad punycode', 'xn--zz.example'],
    ['bracketed IPv6', '[::1]'],
    ['WHATWG-invalid number ending', 'evil.0x7f'],
    ['fullwidth slash', 'evil．example／x'],
  ])('refuses %s (%j)', (_name, raw) => {
    refused(T.DOMAIN, raw);
  });

  it('says an IP address is not a domain', () => {
    expect(refused(T.DOMAIN, '203.0.113.7')).toMatch(/IP address, not a domain/);
    expect(refused(T.DOMAIN, '2001:db8::1')).toMatch(/IP address, not a domain/);
    expect(refused(T.DOMAIN, 'localhost')).toMatch(/two labels/);
    expect(refused(T.DOMAIN, 'evil.123')).toMatch(/all-numeric/);
  });
});

describe('normaliseIndicator: URL', () => {
  it.each([
    ['http://evil.example/', 'http://evil.example/'],
    ['http://evil.example', 'http://evil.example/'],
    ['HTTPS://EVIL.Example/Login.PHP?User=Alice&X=1#Frag', 'https://evil.example/Login.PHP?User=Alice&X=1#Frag'],
    ['http://evil.example:80/a', 'http://evil.example/a'],
    ['https://evil.example:443/a', 'https://evil.example/a'],
    ['https://evil.example:8443/a', 'https://evil.example:8443/a'],
    ['http://evil.example:443/a', 'http://evil.example:443/a'],
    ['ftp://files.evil.example:21/payload.exe', 'ftp://files.evil.example/payload.exe'],
    ['http://evil.example?q=1', 'http://evil.example/?q=1'],
    ['http://evil.example#top', 'http://evil.example/#top'],
    ['http://evil.example./x', 'http://evil.example/x'],
    ['http://evil.example/a/../b/./c', 'http://evil.example/a/../b/./c'],
    ['http://evil.example/%7Euser/a%20b', 'http://evil.example/%7Euser/a%20b'],
    ['http://evil.example/über?q=ü', 'http://evil.example/über?q=ü'],
    ['http://bücher.de/x', 'http://xn--bcher-kva.de/x'],
    ['http://paypal.com@evil.example/', 'http://paypal.com@evil.example/'],
    ['http://user:Pass@EVIL.example:8080/', 'http://user:Pass@evil.example:8080/'],
    ['http://@evil.example/', 'http://evil.example/'],
    ['http://203.0.113.7/x', 'http://203.0.113.7/x'],
    ['http://203.0.113.7:8080', 'http://203.0.113.7:8080/'],
    ['http://0x7f.1/', 'http://127.0.0.1/'],
    ['http://[2001:DB8:0:0::1]:8080/x', 'http://[2001:db8::1]:8080/x'],
    ['hxxp://evil[.]example/payload', 'http://evil.example/payload'],
    ['hxxps://evil[.]example/a', 'https://evil.example/a'],
    ['hXXps[:]//evil[dot]example/a', 'https://evil.example/a'],
    ['hxxps[://]evil(.)example', 'https://evil.example/'],
  ])('accepts %s as %s', (raw, value) => {
    expect(accepted(T.URL, raw)).toEqual({ value, network: null });
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['mailto:', 'mailto:a@evil.example'],
    ['ws:', 'ws://evil.example/'],
    ['no scheme', 'evil.example/path'],
    ['scheme without //', 'http:evil.example/path'],
    ['empty host', 'http:///evil.example'],
    ['nothing after scheme', 'https://'],
    ['single-label host', 'http://localhost/'],
    ['underscore host', 'http://evil_host.example/'],
    ['numeric TLD host', 'http://evil.123/'],
    ['bad port', 'http://evil.example:99999/'],
    ['non-numeric port', 'http://evil.example:http/'],
    ['whitespace', 'http://evil.example/a b'],
    ['backslash', 'http://evil.example\\@good.example/'],
    ['IPv6 zone', 'http://[fe80::1%25eth0]/'],
    ['hxxp not at start', 'see hxxp://evil.example'],
  ])('refuses %s (%j)', (_name, raw) => {
    refused(T.URL, raw);
  });

  it('names the refused scheme', () => {
    expect(refused(T.URL, 'javascript:alert(1)')).toMatch(/'javascript:' is not allowed/);
    expect(refused(T.URL, 'DATA:text/plain,x')).toMatch(/'data:' is not allowed/);
    expect(refused(T.URL, 'http://evil_host.example/')).toMatch(/URL host is not valid/);
  });
});

describe('normaliseIndicator: EMAIL', () => {
  it.each([
    ['alice@evil.example', 'alice@evil.example'],
    ['Alice.Smith@EVIL.Example', 'Alice.Smith@evil.example'],
    ['alice+ballots@evil.example', 'alice+ballots@evil.example'],
    ["o'brien@evil.example", "o'brien@evil.example"],
    ['a_b-c!#$%&*/=?^`{|}~@evil.example', 'a_b-c!#$%&*/=?^`{|}~@evil.example'],
    ['alice@bücher.de', 'alice@xn--bcher-kva.de'],
    ['alice@evil.example.', 'alice@evil.example'],
    ['alice[@]evil[.]example', 'alice@evil.example'],
    ['alice[at]evil[dot]example', 'alice@evil.example'],
    ['alice[AT]evil(.)example', 'alice@evil.example'],
    [`${'a'.repeat(64)}@evil.example`, `${'a'.repeat(64)}@evil.example`],
  ])('accepts %s', (raw, value) => {
    expect(accepted(T.EMAIL, raw)).toEqual({ value, network: null });
  });

  it.each([
    ['no @', 'alice.evil.example'],
    ['empty local part', '@evil.example'],
    ['empty domain', 'alice@'],
    ['two @', 'alice@bob@evil.example'],
    ['local part of 65', `${'a'.repeat(65)}@evil.example`],
    ['space in local part', 'alice smith@evil.example'],
    ['angle brackets', '<alice@evil.example>'],
    ['display name', 'Alice <alice@evil.example>'],
    ['quoted local part', '"alice"@evil.example'],
    ['leading dot', '.alice@evil.example'],
    ['trailing dot', 'alice.@evil.example'],
    ['double dot', 'al..ice@evil.example'],
    ['comma', 'alice,bob@evil.example'],
    ['non-ASCII local part', 'ålice@evil.example'],
    ['single-label domain', 'alice@localhost'],
    ['IP-literal domain', 'alice@[203.0.113.7]'],
    ['IP domain', 'alice@203.0.113.7'],
    ['bad domain label', 'alice@-evil.example'],
    ['mailto scheme', 'mailto:alice@evil.example'],
    ['over 254 in total', `${'a'.repeat(64)}@${'abcdefghi.'.repeat(19)}example`],
  ])('refuses %s (%j)', (_name, raw) => {
    refused(T.EMAIL, raw);
  });

  it('names the part that is wrong', () => {
    expect(refused(T.EMAIL, 'alice@localhost')).toMatch(/E-mail domain is not valid/);
    expect(refused(T.EMAIL, '@evil.example')).toMatch(/empty local part/);
    expect(refused(T.EMAIL, 'al..ice@evil.example')).toMatch(/doubled dot/);
  });
});

describe('normaliseIndicator: hashes', () => {
  const md5 = 'd41d8cd98f00b204e9800998ecf8427e';
  const sha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
  const sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

  it.each([
    [T.MD5, md5],
    [T.MD5, md5.toUpperCase()],
    [T.SHA1, sha1],
    [T.SHA1, sha1.toUpperCase()],
    [T.SHA256, sha256],
    [T.SHA256, sha256.toUpperCase()],
    [T.SHA256, ` ${sha256.slice(0, 10).toUpperCase()}${sha256.slice(10)}\n`],
  ])('accepts %s %s in lower case', (type, raw) => {
    expect(accepted(type, raw)).toEqual({ value: raw.trim().toLowerCase(), network: null });
  });

  it.each([
    [T.MD5, md5.slice(1)],
    [T.MD5, `${md5}0`],
    [T.MD5, sha1],
    [T.MD5, `${md5.slice(1)}g`],
    [T.MD5, `0x${md5.slice(2)}`],
    [T.SHA1, sha1.slice(1)],
    [T.SHA1, md5],
    [T.SHA1, sha256],
    [T.SHA1, `${sha1.slice(0, 20)} ${sha1.slice(20)}`],
    [T.SHA256, sha256.slice(1)],
    [T.SHA256, `${sha256}a`],
    [T.SHA256, sha1],
    [T.SHA256, `${sha256.slice(1)}z`],
    [T.SHA256, sha256.replace(/(..)/g, '$1:').slice(0, -1)],
  ])('refuses %s %j', (type, raw) => {
    refused(type, raw);
  });

  it('says whether the length or the characters are wrong', () => {
    expect(refused(T.MD5, sha1)).toBe('MD5 hash must be 32 hex digits, not 40.');
    expect(refused(T.SHA256, `${sha256.slice(1)}z`)).toMatch(/not hexadecimal/);
  });
});

describe('normaliseIndicator: CVE', () => {
  it.each([
    ['CVE-2024-1234', 'CVE-2024-1234'],
    ['cve-2024-1234', 'CVE-2024-1234'],
    ['Cve-2021-44228', 'CVE-2021-44228'],
    ['CVE-1999-0001', 'CVE-1999-0001'],
    ['CVE-2100-1234567', 'CVE-2100-1234567'],
    ['CVE-2024-0042', 'CVE-2024-0042'],
    ['  CVE-2014-0160  ', 'CVE-2014-0160'],
  ])('accepts %s', (raw, value) => {
    expect(accepted(T.CVE, raw)).toEqual({ value, network: null });
  });

  it.each([
    'CVE-1998-1234',
    'CVE-2101-1234',
    'CVE-2024-123',
    'CVE-2024-12345678',
    'CVE-2024-01234',
    'CVE-24-1234',
    'CVE 2024 1234',
    'CVE_2024_1234',
    'CVE-2024-1234a',
    '2024-1234',
    'CAN-2024-1234',
    'CVE-2024-',
  ])('refuses %j', (raw) => {
    refused(T.CVE, raw);
  });

  it('names the bad part', () => {
    expect(refused(T.CVE, 'CVE-1998-1234')).toMatch(/year 1998/);
    expect(refused(T.CVE, 'CVE-2024-123')).toMatch(/4 to 7 digits/);
  });
});

describe('normaliseIndicator never throws', () => {
  const nasty = [
    '%',
    '%%',
    '[',
    ']',
    '::::',
    '/',
    '@',
    '@@',
    'http://',
    'http://[',
    'http://[::1',
    'xn--',
    '\ud800',
    '🔥.example',
    '1/1/1',
    'a'.repeat(MAX_INDICATOR_LENGTH + 1),
  ];
  it.each(Object.values(IndicatorType))('for odd %s input', (type) => {
    for (const raw of nasty) expect(() => normaliseIndicator(type, raw)).not.toThrow();
  });
});

describe('detectIndicatorType', () => {
  it.each([
    ['203.0.113.7', T.IPV4],
    ['203[.]0[.]113[.]7', T.IPV4],
    ['2001:db8::1', T.IPV6],
    ['::ffff:192.0.2.1', T.IPV6],
    ['203.0.113.0/24', T.CIDR],
    ['2001:db8::/32', T.CIDR],
    ['evil.example', T.DOMAIN],
    ['EVIL[.]example', T.DOMAIN],
    ['bücher.de', T.DOMAIN],
    ['http://evil.example/login', T.URL],
    ['hxxps[:]//evil[.]example', T.URL],
    ['alice@evil.example', T.EMAIL],
    ['alice[at]evil[dot]example', T.EMAIL],
    ['d41d8cd98f00b204e9800998ecf8427e', T.MD5],
    ['DA39A3EE5E6B4B0D3255BFEF95601890AFD80709', T.SHA1],
    ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', T.SHA256],
    ['CVE-2024-1234', T.CVE],
    ['cve-2021-44228', T.CVE],
  ])('detects %s as %s', (raw, type) => {
    expect(detectIndicatorType(raw)).toBe(type);
  });

  it.each([
    '',
    '   ',
    'ballot',
    'election security',
    'phishing',
    'deadbeef',
    'localhost',
    '01.2.3.4',
    '1.2.3',
    'CVE-1234',
    'evil.example/path',
    'javascript:alert(1)',
    'd41d8cd98f00b204e9800998ecf8427',
    '#hashtag',
  ])('returns null for %j', (raw) => {
    expect(detectIndicatorType(raw)).toBeNull();
  });
});
