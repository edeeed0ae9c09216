import { Secret, TOTP } from 'otpauth';

/** What a GraphQL call over HTTP answers. */
export type GraphqlCall = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ data?: Record<string, any>; errors?: unknown }>;

/** The demo accounts' authenticator-app secret, published as the server's demo seed sets it (seed-demo-second-factors.ts). */
export const DEMO_TOTP_SECRET = 'BULWARKDEMOBULWARKDEMOBULWARKDEMO';

const SIGN_IN_FIELDS = 'accessToken secondFactor { challengeToken methods enrolmentRequired }';

function codeOf(secret: string): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret) });
}

/**
 * Signs in as a client of the built server would, second step included: a demo account with an authenticator app
 * answers with the demo app's code, an account that must enrol first enrols one under its challenge.
 */
export async function signInThroughSecondStep(call: GraphqlCall, email: string, password: string): Promise<string> {
  const login = await call(`mutation ($input: LoginInput!) { login(input: $input) { ${SIGN_IN_FIELDS} } }`, {
    input: { email, password },
  });
  const answer = login.data?.['login'] as
    | { accessToken: string | null; secondFactor: { challengeToken: string; enrolmentRequired: boolean } | null }
    | undefined;
  if (answer?.accessToken) return answer.accessToken;
  const challenge = answer?.secondFactor;
  if (!challenge) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(login.errors)}`);
  const result = challenge.enrolmentRequired
    ? await enrol(call, challenge.challengeToken)
    : await call(`mutation ($input: CompleteSignInInput!) { completeSignIn(input: $input) { accessToken } }`, {
        input: { challengeToken: challenge.challengeToken, totpCode: codeOf(DEMO_TOTP_SECRET) },
      });
  const token = (result.data?.['completeSignIn'] ?? result.data?.['confirmTotpEnrolment']?.session)?.accessToken as
    string | undefined;
  if (!token) throw new Error(`second step failed for ${email}: ${JSON.stringify(result.errors)}`);
  return token;
}

async function enrol(call: GraphqlCall, challengeToken: string) {
  const begun = await call(
    'mutation ($input: EnrolmentChallengeInput) { beginTotpEnrolment(input: $input) { secret } }',
    { input: { challengeToken } },
  );
  const secret = begun.data?.['beginTotpEnrolment']?.secret as string | undefined;
  if (!secret) throw new Error(`enrolment failed: ${JSON.stringify(begun.errors)}`);
  return call(
    'mutation ($input: ConfirmTotpEnrolmentInput!) { confirmTotpEnrolment(input: $input) { session { accessToken } } }',
    { input: { challengeToken, code: codeOf(secret) } },
  );
}
