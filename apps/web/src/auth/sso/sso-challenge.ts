import type { SecondFactorChallenge, SecondFactorMethod } from '@web/auth/browser-session';

const METHODS = new Set<string>(['TOTP', 'WEBAUTHN', 'RECOVERY_CODE']);

/**
 * The second step a single sign-on still needs, as the server puts it in the sign-in page's fragment
 * (`#challenge=…&methods=TOTP,WEBAUTHN&enrolmentRequired=false&expiresAt=…`): never sent to a server, nor in a
 * Referer. Null when the fragment holds none, or not a whole one.
 */
export function challengeFromFragment(hash: string): SecondFactorChallenge | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const challengeToken = params.get('challenge');
  const expiresAt = params.get('expiresAt');
  const enrolmentRequired = params.get('enrolmentRequired');
  if (!challengeToken || !expiresAt || Number.isNaN(Date.parse(expiresAt))) return null;
  if (enrolmentRequired !== 'true' && enrolmentRequired !== 'false') return null;
  const methods = (params.get('methods') ?? '')
    .split(',')
    .filter((method): method is SecondFactorMethod => METHODS.has(method));
  return { challengeToken, expiresAt, methods, enrolmentRequired: enrolmentRequired === 'true' };
}
