/** Organizations' short-name rule (organizations/dto/organization-fields.ts). */
const SHORT_NAME = /^[A-Z][A-Z0-9-]{1,23}$/;
const FORM = 'a JSON object {"ORG-SHORT-NAME": "client secret", …}';

/**
 * OIDC_CLIENT_SECRETS: identity-provider client secrets kept in the deployment's secret store rather than the
 * database, by organization short name. One given here takes precedence over one stored. Throws a one-line
 * message (never echoing a secret) when the value is malformed.
 */
export function parseOidcClientSecrets(raw: string | undefined): ReadonlyMap<string, string> {
  const secrets = new Map<string, string>();
  if (!raw) return secrets;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error(`OIDC_CLIENT_SECRETS must be ${FORM}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`OIDC_CLIENT_SECRETS must be ${FORM}`);
  for (const [shortName, secret] of Object.entries(parsed)) {
    if (!SHORT_NAME.test(shortName))
      throw new Error(`OIDC_CLIENT_SECRETS: "${shortName.slice(0, 30)}" is not an organization short name`);
    if (typeof secret !== 'string' || secret.length === 0 || secret.length > 1000)
      throw new Error(`OIDC_CLIENT_SECRETS: the secret of ${shortName} must be a string of 1 to 1000 characters`);
    secrets.set(shortName, secret);
  }
  return secrets;
}
