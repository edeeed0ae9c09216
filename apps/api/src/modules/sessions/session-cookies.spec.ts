import { describe, expect, it } from 'vitest';
import { csrfMatches, csrfTokenFor, parseCookieHeader, sessionCookies } from './session-cookies';

describe('session cookies', () => {
  it('parses a Cookie header strictly: first of a name wins, malformed pairs are skipped', () => {
    const cookies = parseCookieHeader('a=1; bulwark_refresh=abc_-9; bad name=x; a=2; q="quoted"; v=semi,colon;;=x');
    expect(cookies.get('a')).toBe('1');
    expect(cookies.get('bulwark_refresh')).toBe('abc_-9');
    expect(cookies.get('q')).toBe('quoted');
    expect(cookies.has('bad name')).toBe(false);
    expect(cookies.has('v')).toBe(false); // a comma is not a cookie-octet
    expect(parseCookieHeader(undefined).size).toBe(0);
  });

  it('binds the CSRF token to the refresh token and the secret', () => {
    const token = csrfTokenFor('secret-1', 'refresh-1');
    expect(csrfMatches('secret-1', 'refresh-1', token)).toBe(true);
    expect(csrfMatches('secret-1', 'refresh-2', token)).toBe(false);
    expect(csrfMatches('secret-2', 'refresh-1', token)).toBe(false);
    expect(csrfMatches('secret-1', 'refresh-1', undefined)).toBe(false);
    expect(csrfMatches('secret-1', 'refresh-1', `${token}x`)).toBe(false);
  });

  it('sets an httpOnly refresh cookie on the session path and a readable CSRF cookie, both SameSite=Strict', () => {
    const [refresh, csrf] = sessionCookies('s', 'r', 600, false);
    expect(refresh).toBe('bulwark_refresh=r; Path=/auth/session; Max-Age=600; SameSite=Strict; HttpOnly');
    expect(csrf).toBe(`bulwark_csrf=${csrfTokenFor('s', 'r')}; Path=/; Max-Age=600; SameSite=Strict`);
    expect(sessionCookies('s', 'r', 600, true).every((cookie) => cookie.endsWith('; Secure'))).toBe(true);
  });

  it('deletes both when there is no token', () => {
    for (const cookie of sessionCookies('s', null, 600, false)) {
      expect(cookie).toContain('Max-Age=0');
      expect(cookie).toContain('Expires=Thu, 01 Jan 1970');
    }
  });
});
