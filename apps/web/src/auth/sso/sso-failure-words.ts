/**
 * The reasons the server gives in `/sign-in?sso=<code>` when single sign-on did not end in a session, in words a
 * county clerk can act on. They never say whether an email has an account, nor where.
 */
const WORDS: Readonly<Record<string, string>> = {
  expired:
    'The sign-in through your organization took too long, or was started in another browser or tab. Try again from this page.',
  state_mismatch:
    'The answer from your organization’s sign-in did not match the request this browser made, so Bulwark refused it for your safety. Try again from this page.',
  denied:
    'Your organization’s sign-in did not let you through: it was cancelled, or it refused. Try again, or sign in with your Bulwark password.',
  invalid_response:
    'Your organization’s sign-in sent an answer Bulwark could not verify, so you were not signed in. Try again; if it happens again, tell your organization’s Bulwark administrator.',
  email_not_verified:
    'Your organization’s sign-in did not confirm your email address. Ask your IT team to check your account there.',
  not_allowed:
    'That account cannot sign in to Bulwark this way. Check that you used your work account, or ask your organization’s Bulwark administrator.',
  unavailable:
    'Your organization’s sign-in cannot be reached right now. Try again later, or sign in with your Bulwark password.',
  rate_limited: 'Too many sign-in attempts from this network. Wait a few minutes, then try again.',
  error: 'Bulwark ran into a problem finishing the sign-in. Try again in a moment.',
};

export function ssoFailureWords(code: string): string {
  return (
    WORDS[code] ??
    'Signing in through your organization did not work. Try again, or sign in with your Bulwark password.'
  );
}
