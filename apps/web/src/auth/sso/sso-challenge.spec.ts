import { describe, expect, it } from 'vitest';
import { challengeFromFragment } from './sso-challenge';
import { ssoFailureWords } from './sso-failure-words';

describe('single sign-on on the sign-in page', () => {
  it('reads the second step a single sign-on left in the fragment', () => {
    expect(
      challengeFromFragment(
        '#challenge=tok-1&methods=TOTP%2CWEBAUTHN&enrolmentRequired=false&expiresAt=2026-12-06T10%3A05%3A00.000Z',
      ),
    ).toEqual({
      challengeToken: 'tok-1',
      methods: ['TOTP', 'WEBAUTHN'],
      enrolmentRequired: false,
      expiresAt: '2026-12-06T10:05:00.000Z',
    });
    expect(
      challengeFromFragment('#challenge=t&methods=&enrolmentRequired=true&expiresAt=2026-12-06T10:05:00Z')?.methods,
    ).toEqual([]);
  });

  it('ignores a fragment without a whole challenge, and methods it does not know', () => {
    expect(challengeFromFragment('')).toBeNull();
    expect(challengeFromFragment('#main')).toBeNull();
    expect(challengeFromFragment('#challenge=t&expiresAt=2026-12-06T10:05:00Z')).toBeNull();
    expect(challengeFromFragment('#challenge=t&enrolmentRequired=false&expiresAt=soon')).toBeNull();
    expect(
      challengeFromFragment('#challenge=t&methods=TOTP,SMS&enrolmentRequired=false&expiresAt=2026-12-06T10:05:00Z')
        ?.methods,
    ).toEqual(['TOTP']);
  });

  it('says why single sign-on failed in plain words, and something useful for a code it does not know', () => {
    expect(ssoFailureWords('not_allowed')).toMatch(/cannot sign in to Bulwark this way/);
    expect(ssoFailureWords('expired')).toMatch(/took too long/);
    expect(ssoFailureWords('unavailable')).toMatch(/cannot be reached/);
    expect(ssoFailureWords('something-new')).toMatch(/did not work\. Try again/);
  });
});
