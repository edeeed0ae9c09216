import { describe, expect, it } from 'vitest';
import { issuerAllowed } from './oidc-relying-party';

describe('issuerAllowed', () => {
  it('takes https issuers, with or without a path', () => {
    expect(issuerAllowed('https://login.example.gov', true)).toBe(true);
    expect(issuerAllowed('https://login.example.gov/tenant/v2.0/', true)).toBe(true);
  });

  it('takes http only to this machine, and never in production', () => {
    expect(issuerAllowed('http://127.0.0.1:8080', false)).toBe(true);
    expect(issuerAllowed('http://localhost:8080', false)).toBe(true);
    expect(issuerAllowed('http://127.0.0.1:8080', true)).toBe(false);
    expect(issuerAllowed('http://login.example.gov', false)).toBe(false);
  });

  it('refuses what an issuer identifier may not have, and what is no address', () => {
    expect(issuerAllowed('https://login.example.gov?x=1', false)).toBe(false);
    expect(issuerAllowed('https://login.example.gov#x', false)).toBe(false);
    expect(issuerAllowed('https://user:pw@login.example.gov', false)).toBe(false);
    expect(issuerAllowed('ftp://login.example.gov', false)).toBe(false);
    expect(issuerAllowed('login.example.gov', false)).toBe(false);
  });
});
