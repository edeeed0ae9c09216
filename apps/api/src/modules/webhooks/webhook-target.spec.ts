import { describe, expect, it } from 'vitest';
import { classifyAddress, embeddedIpv4, parseTarget, refusalOfAddresses, type TargetRules } from './webhook-target';

const STRICT: TargetRules = { allowHttpLoopback: false, allowPrivateTargets: false };
const DEVELOPMENT: TargetRules = { allowHttpLoopback: true, allowPrivateTargets: false };
const INTERNAL: TargetRules = { allowHttpLoopback: false, allowPrivateTargets: true };

function target(url: string) {
  const parsed = parseTarget(url);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return parsed;
}

describe('classifyAddress', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.10', 'private'],
    ['100.64.0.1', 'private'], // CGNAT
    ['169.254.169.254', 'private'], // link-local: cloud metadata
    ['198.18.0.1', 'private'],
    ['fd00::1', 'private'],
    ['fe80::1', 'private'],
    ['0.0.0.0', 'forbidden'],
    ['::', 'forbidden'],
    ['224.0.0.1', 'forbidden'],
    ['255.255.255.255', 'forbidden'],
    ['ff02::1', 'forbidden'],
    ['::ffff:127.0.0.1', 'loopback'], // IPv4-mapped
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:a9fe:a9fe', 'private'], // 169.254.169.254
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::10.0.0.1', 'private'], // NAT64
    ['2002:c0a8:0101::1', 'private'], // 6to4 of 192.168.1.1
    ['not an address', 'forbidden'],
  ])('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it('reads the IPv4 address inside mapped, NAT64 and 6to4 forms only', () => {
    expect(embeddedIpv4('::ffff:1.2.3.4')).toBe('1.2.3.4');
    expect(embeddedIpv4('64:ff9b::102:304')).toBe('1.2.3.4');
    expect(embeddedIpv4('2001:db8::1')).toBeNull();
    expect(embeddedIpv4('1.2.3.4')).toBeNull();
  });
});

describe('parseTarget', () => {
  it.each([
    ['not a url', 'not a URL'],
    ['ftp://example.com/hook', 'must be https://'],
    ['javascript:alert(1)', 'must be https://'],
    ['https://user:pass@example.com/hook', 'must not contain credentials'],
    [`https://example.com/${'a'.repeat(2048)}`, 'at most 2048 characters'],
  ])('refuses %s', (url, problem) => {
    expect(parseTarget(url)).toEqual({ problem });
  });

  it('normalises numeric IPv4 hosts the way a client would connect to them', () => {
    expect(target('http://2130706433/').host).toBe('127.0.0.1');
    expect(target('http://0x7f.1/').host).toBe('127.0.0.1');
    expect(target('https://[::1]:8443/x?y=1')).toMatchObject({ host: '::1', port: 8443, secure: true });
  });
});

describe('refusalOfAddresses', () => {
  it('takes https to public addresses', () => {
    expect(refusalOfAddresses(target('https://example.com/'), ['93.184.216.34'], STRICT)).toBeNull();
  });

  it('refuses a host with any private address among its answers', () => {
    expect(refusalOfAddresses(target('https://example.com/'), ['93.184.216.34', '10.0.0.1'], STRICT)).toMatch(
      /private/,
    );
  });

  it('refuses loopback unless allowed, and http except to loopback when allowed', () => {
    expect(refusalOfAddresses(target('http://127.0.0.1:9/'), ['127.0.0.1'], STRICT)).toMatch(/loopback/);
    expect(refusalOfAddresses(target('http://127.0.0.1:9/'), ['127.0.0.1'], DEVELOPMENT)).toBeNull();
    expect(refusalOfAddresses(target('https://localhost/'), ['::1', '127.0.0.1'], DEVELOPMENT)).toBeNull();
    expect(refusalOfAddresses(target('http://example.com/'), ['93.184.216.34'], DEVELOPMENT)).toMatch(/https/);
    expect(refusalOfAddresses(target('http://10.0.0.1/'), ['10.0.0.1'], INTERNAL)).toMatch(/https/);
  });

  it('takes private targets over https only when allowed, and never multicast or unspecified ones', () => {
    expect(refusalOfAddresses(target('https://10.0.0.1/'), ['10.0.0.1'], DEVELOPMENT)).toMatch(/private/);
    expect(refusalOfAddresses(target('https://10.0.0.1/'), ['10.0.0.1'], INTERNAL)).toBeNull();
    expect(refusalOfAddresses(target('https://0.0.0.0/'), ['0.0.0.0'], INTERNAL)).toMatch(/non-routable/);
  });

  it('refuses a host that resolves to nothing', () => {
    expect(refusalOfAddresses(target('https://example.com/'), [], STRICT)).toMatch(/does not resolve/);
  });
});
