import { recoveryCodeHash } from '@api/modules/second-factor/recovery-codes';
import type { Tokens } from './identity-factories';
import { attemptCompleteSignIn, signInEnrollingUnder } from './second-factor-client';
import type { TestApp } from './test-app';

/**
 * The second step of a test's sign-in, through the real API, for tests that are not about signing in: a user who
 * must enrol enrols an authenticator app under the challenge; a user with a factor completes with a recovery code
 * given to them just now (a code from their app would be refused as a replay at the second sign-in within 30 s).
 */
export async function secondStep(
  t: TestApp,
  email: string,
  challenge: { challengeToken: string; enrolmentRequired: boolean },
): Promise<Tokens> {
  if (challenge.enrolmentRequired) return signInEnrollingUnder(t, email, challenge.challengeToken);
  const recoveryCode = `test-${crypto.randomUUID()}`;
  await t.dataSource.query(
    'INSERT INTO recovery_codes (user_id, code_hash) SELECT id, $2 FROM users WHERE email = $1',
    [email.trim().toLowerCase(), recoveryCodeHash(recoveryCode)],
  );
  const response = await attemptCompleteSignIn(t, { challengeToken: challenge.challengeToken, recoveryCode });
  const session = response.data?.completeSignIn;
  if (!session?.accessToken || !session.refreshToken)
    throw new Error(`second step of ${email} failed: ${JSON.stringify(response.errors)}`);
  return { accessToken: session.accessToken, refreshToken: session.refreshToken };
}
