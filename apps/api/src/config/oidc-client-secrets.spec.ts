import { describe, expect, it } from 'vitest';
import { parseOidcClientSecrets } from './oidc-client-secrets';

describe('parseOidcClientSecrets', () => {
  it('reads secrets by organization short name; none when unset', () => {
    expect(parseOidcClientSecrets(undefined).size).toBe(0);
    expect(parseOidcClientSecrets('{"CISA":"s3cret","GA-SOS":"x"}')).toEqual(
      new Map([
        ['CISA', 's3cret'],
        ['GA-SOS', 'x'],
      ]),
    );
  });

  it('refuses what is not an object of short names to non-empty strings, without echoing a secret', () => {
    expect(() => parseOidcClientSecrets('not json s3cret')).toThrow(/JSON object/);
    expect(() => parseOidcClientSecrets('["s3cret"]')).toThrow(/JSON object/);
    expect(() => parseOidcClientSecrets('{"cisa":"s3cret"}')).toThrow(/"cisa" is not an organization short name/);
    expect(() => parseOidcClientSecrets('{"CISA":""}')).toThrow(/secret of CISA/);
    expect(() => parseOidcClientSecrets('{"CISA":42}')).toThrow(/secret of CISA/);
    try {
      parseOidcClientSecrets('{"CISA":"s3cret", "bad":"s3cret"}');
    } catch (error) {
      expect(String(error)).not.toContain('s3cret');
    }
  });
});
