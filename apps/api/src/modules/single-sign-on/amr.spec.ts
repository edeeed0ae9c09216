import { describe, expect, it } from 'vitest';
import { amrShowsMultipleFactors } from './amr';

describe('amrShowsMultipleFactors', () => {
  it('takes the provider at its word for "mfa", and a hardware key on its own', () => {
    expect(amrShowsMultipleFactors(['pwd', 'mfa'])).toBe(true);
    expect(amrShowsMultipleFactors(['mfa'])).toBe(true);
    expect(amrShowsMultipleFactors(['hwk'])).toBe(true);
  });

  it('counts a possession factor beside another method', () => {
    expect(amrShowsMultipleFactors(['pwd', 'otp'])).toBe(true);
    expect(amrShowsMultipleFactors(['pwd', 'sms'])).toBe(true);
  });

  it('refuses one factor, however named, and anything that is not a list of strings', () => {
    expect(amrShowsMultipleFactors(['pwd'])).toBe(false);
    expect(amrShowsMultipleFactors(['otp'])).toBe(false);
    expect(amrShowsMultipleFactors(['otp', 'otp'])).toBe(false);
    expect(amrShowsMultipleFactors(['pwd', 'kba'])).toBe(false);
    expect(amrShowsMultipleFactors(undefined)).toBe(false);
    expect(amrShowsMultipleFactors('mfa')).toBe(false);
    expect(amrShowsMultipleFactors([{ mfa: true }])).toBe(false);
  });
});
