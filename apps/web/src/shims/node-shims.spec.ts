import { describe, expect, it } from 'vitest';
import * as shimNet from './node-net';
import * as shimUrl from './node-url';

/**
 * The browser shims against Node's own functions, input by input. Node's are loaded with getBuiltinModule, not an
 * import: this project aliases `node:net` and `node:url` to the shims themselves. The shims parse with the test
 * environment's WHATWG URL (jsdom's), as a browser parses with its own.
 */
interface NodeNet {
  isIP(input: string): number;
  isIPv4(input: string): boolean;
  isIPv6(input: string): boolean;
}
interface NodeUrl {
  domainToASCII(domain: string): string;
}
const { process } = globalThis as unknown as { process: { getBuiltinModule(id: string): unknown } };
const nodeNet = process.getBuiltinModule('node:net') as NodeNet;
const nodeUrl = process.getBuiltinModule('node:url') as NodeUrl;

const ADDRESSES = [
  '',
  ' ',
  '1.2.3.4',
  '0.0.0.0',
  '255.255.255.255',
  '256.1.1.1',
  '1.2.3.256',
  '01.2.3.4',
  '1.2.3.04',
  '00.0.0.0',
  '1.2.3',
  '1.2.3.4.5',
  '1.2.3.4.',
  '.1.2.3.4',
  ' 1.2.3.4',
  '1.2.3.4 ',
  '1.2.3.4\n',
  '0x7f.0.0.1',
  '127.1',
  '2130706433',
  '1e1.1.1.1',
  '１.２.３.４',
  '1.2.3.4/32',
  '1.2.3.4:80',
  '1.2.3.4%eth0',
  '::',
  '::1',
  ':::1',
  '::1:',
  '1::',
  '1:',
  ':1',
  '2001:db8::1',
  '2001:DB8::1',
  '2001:0db8:0000:0000:0000:0000:0000:0001',
  '2001:db8:0:0:0:0:0:1',
  '2001:db8:0:0:0:0:0:0:1',
  '2001:db8:0:0:0:0:1',
  '2001:db8::1::1',
  '12345::1',
  '2001:db8:00000::1',
  'g::1',
  '2001:db8::g',
  '2001:db8::/32',
  '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7::',
  '::2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:8:9',
  '::ffff:1.2.3.4',
  '::FFFF:1.2.3.4',
  '::ffff:01.2.3.4',
  '::ffff:1.2.3',
  '::ffff:255.255.255.256',
  '::1.2.3.4',
  '64:ff9b::192.0.2.33',
  '1:2:3:4:5:6:1.2.3.4',
  '1:2:3:4:5:6:7:1.2.3.4',
  '1.2.3.4::',
  'fe80::1%eth0',
  'fe80::1%25eth0',
  'fe80::1%1',
  'fe80::1%',
  'fe80::1%eth0%1',
  'fe80::1%eth 0',
  'fe80::1%/a',
  'fe80::1%[',
  'fe80::1%eth0]',
  '::%x',
  '[::1]',
  '[::1',
  '::1]',
  '[1.2.3.4]',
  'localhost',
  'example.com',
];

const DOMAINS = [
  '',
  ' ',
  '.',
  '..',
  'example.com',
  'EXAMPLE.COM',
  'Example.Com',
  'example.com.',
  'example.com..',
  '.example.com',
  'a..b',
  'bücher.de',
  'BÜCHER.DE',
  'xn--bcher-kva.de',
  'XN--BCHER-KVA.DE',
  'xn--zz.de',
  'xn--.de',
  'xn--a.com',
  'xn--ls8h.la',
  '😀.la',
  '☃.net',
  'münchen',
  'faß.de',
  'ß',
  'İ.com',
  'e\u0301.com',
  'exam\u00ADple.com',
  'a\u200Bb.com',
  'ＥＸＡＭＰＬＥ．ｃｏｍ',
  '\u0660\u06F0.com',
  'ex ample.com',
  'a\tb.com',
  'a\nb.com',
  'exa_mple.com',
  '-example.com',
  'example-.com',
  'ab--c.com',
  '*.example.com',
  'a.b/c',
  'exa#mple.com',
  'ex?ample.com',
  'ex\\ample.com',
  'a@b.com',
  'a:80',
  'example.com:443',
  '[::1]',
  '[::1',
  '1.2.3.4',
  '0x7f.1',
  '127.1',
  '999.1.1.1',
  '1.2.3.4.5',
  '%41.com',
  'ex%2Eample.com',
  '%zz.com',
  'ex^ample.com',
  'ex|ample.com',
  'ex<ample.com',
  'ex*ample.com',
  `${'a'.repeat(63)}.com`,
  `${'a'.repeat(64)}.com`,
  `${'a.'.repeat(130)}com`,
];

describe('the browser shims of node:net', () => {
  it.each(ADDRESSES)('answer as Node does for %j', (input) => {
    expect({ isIP: shimNet.isIP(input), isIPv4: shimNet.isIPv4(input), isIPv6: shimNet.isIPv6(input) }).toEqual({
      isIP: nodeNet.isIP(input),
      isIPv4: nodeNet.isIPv4(input),
      isIPv6: nodeNet.isIPv6(input),
    });
  });
});

describe('the browser shim of node:url', () => {
  it.each(DOMAINS)('domainToASCII(%j) is what Node says', (input) => {
    expect(shimUrl.domainToASCII(input)).toBe(nodeUrl.domainToASCII(input));
  });

  it('the list holds inputs Node refuses and ones it maps', () => {
    expect(nodeUrl.domainToASCII('ex ample.com')).toBe('');
    expect(nodeUrl.domainToASCII('BÜCHER.DE')).toBe('xn--bcher-kva.de');
  });
});
