import { describe, expect, it } from 'vitest';
import type { RequestViewer } from '@api/auth/request-viewer';
import { addressKey, emailKey, viewerKey } from './client-keys';

describe('addressKey', () => {
  it('keeps IPv4, also when IPv4-mapped', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('groups IPv6 by /64, however it is written', () => {
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64');
  });

  it('gives an unknown address one shared budget', () => {
    expect(addressKey(undefined)).toBe('unknown');
  });
});

describe('viewerKey and emailKey', () => {
  it('keys users and API keys apart, and nobody for the anonymous', () => {
    expect(viewerKey({ kind: 'USER', userId: 'u1', apiKeyId: null } as RequestViewer)).toBe('user:u1');
    expect(viewerKey({ kind: 'API_KEY', userId: null, apiKeyId: 'k1' } as RequestViewer)).toBe('key:k1');
    expect(viewerKey(undefined)).toBeNull();
  });

  it('hashes an email after normalising it, so the store never holds addresses', () => {
    expect(emailKey(' Admin@GA.demo ')).toBe(emailKey('admin@ga.demo'));
    expect(emailKey('admin@ga.demo')).not.toContain('ga.demo');
    expect(emailKey('a@x')).not.toBe(emailKey('b@x'));
  });
});
