import { Secret, TOTP } from 'otpauth';
import { BENCH_PASSWORD } from './generate';

export const JSON_HEADERS = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' } as const;

export function authHeaders(token?: string): Record<string, string> {
  return { ...JSON_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

/** One GraphQL operation over HTTP; GraphQL errors throw. */
export async function graphql<T>(url: string, query: string, variables?: unknown, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: authHeaders(token),
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/**
 * A publisher or administrator (who must have a second factor, and in a fresh bench community has none) enrols an
 * authenticator app under the sign-in's challenge, as the portal would; the bench signs each account in once.
 */
export async function signIn(url: string, email: string): Promise<string> {
  const { login } = await graphql<{
    login: { accessToken: string | null; secondFactor: { challengeToken: string; enrolmentRequired: boolean } | null };
  }>(
    url,
    'mutation($input: LoginInput!) { login(input: $input) { accessToken secondFactor { challengeToken enrolmentRequired } } }',
    { input: { email, password: BENCH_PASSWORD } },
  );
  if (login.accessToken) return login.accessToken;
  if (!login.secondFactor?.enrolmentRequired) throw new Error(`${email} has a second factor: the bench cannot sign in`);
  const challengeToken = login.secondFactor.challengeToken;
  const { beginTotpEnrolment } = await graphql<{ beginTotpEnrolment: { secret: string } }>(
    url,
    'mutation($input: EnrolmentChallengeInput) { beginTotpEnrolment(input: $input) { secret } }',
    { input: { challengeToken } },
  );
  const code = TOTP.generate({ secret: Secret.fromBase32(beginTotpEnrolment.secret) });
  const { confirmTotpEnrolment } = await graphql<{ confirmTotpEnrolment: { session: { accessToken: string } } }>(
    url,
    'mutation($input: ConfirmTotpEnrolmentInput!) { confirmTotpEnrolment(input: $input) { session { accessToken } } }',
    { input: { challengeToken, code } },
  );
  return confirmTotpEnrolment.session.accessToken;
}

/** Signs in many users, a few at a time (each login verifies an argon2id hash: CPU-bound). */
export async function signInAll(url: string, emails: readonly string[], parallel = 4): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  let next = 0;
  const worker = async () => {
    while (next < emails.length) {
      const email = emails[next++];
      tokens.set(email, await signIn(url, email));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return tokens;
}
