import { hkdfSync } from 'node:crypto';
import type { DatabaseEngine, SecretKeySetting, SignInSettings } from './app-config';
import type { EnvironmentVariables } from './environment-variables';
import { parseOidcClientSecrets } from './oidc-client-secrets';

/** A configuration problem, worded for one line on the console (load-config.ts prefixes it). */
export class SignInConfigError extends Error {}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The second-factor, passkey and single-sign-on settings. Production must name its public address and may not
 * turn the second-factor requirement off; a development server defaults to http://localhost:<port>.
 */
export function signInSettings(
  vars: EnvironmentVariables,
  isProduction: boolean,
  database: DatabaseEngine,
): SignInSettings {
  if (isProduction && !vars.PUBLIC_URL)
    throw new SignInConfigError('PUBLIC_URL must be set when NODE_ENV=production (passkeys and SSO are bound to it)');
  if (isProduction && !vars.SECOND_FACTOR_REQUIRED)
    throw new SignInConfigError('SECOND_FACTOR_REQUIRED cannot be false when NODE_ENV=production');
  const publicUrl = vars.PUBLIC_URL ?? `http://localhost:${vars.PORT}`;
  const rpId = vars.WEBAUTHN_RP_ID ?? new URL(publicUrl).hostname;
  const origins = (vars.WEBAUTHN_ORIGINS ?? publicUrl)
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) checkOrigin(origin, rpId, isProduction);
  return {
    publicUrl,
    secondFactorRequired: vars.SECOND_FACTOR_REQUIRED,
    challengeTtlSeconds: vars.SIGN_IN_CHALLENGE_TTL_SECONDS,
    webauthn: { rpId, rpName: vars.WEBAUTHN_RP_NAME, origins },
    oidcClientSecrets: oidcClientSecrets(vars.OIDC_CLIENT_SECRETS),
    secretKey: secretKey(vars, database),
  };
}

function oidcClientSecrets(raw: string | undefined): ReadonlyMap<string, string> {
  try {
    return parseOidcClientSecrets(raw);
  } catch (error) {
    throw new SignInConfigError((error as Error).message);
  }
}

/** A passkey made for `rpId` is only usable from an origin on that host or below it (WebAuthn §5.1.4.1). */
function checkOrigin(origin: string, rpId: string, isProduction: boolean): void {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new SignInConfigError(`WEBAUTHN_ORIGINS has "${origin}", which is not an origin`);
  }
  if (url.origin !== origin)
    throw new SignInConfigError(`WEBAUTHN_ORIGINS has "${origin}": write it as an origin, e.g. ${url.origin}`);
  if (url.hostname !== rpId && !url.hostname.endsWith(`.${rpId}`))
    throw new SignInConfigError(`WEBAUTHN_RP_ID "${rpId}" does not cover the origin ${origin}`);
  if (isProduction && url.protocol !== 'https:' && !LOOPBACK_HOSTS.has(url.hostname))
    throw new SignInConfigError(`${origin} must use https when NODE_ENV=production`);
}

/**
 * SECRET_KEY when given. Otherwise derived from JWT_SECRET (a stable secret of the deployment); without either, a
 * development server on a PGlite directory keeps a key file beside it (auth/secret-box.ts reads or makes it), so
 * its sealed secrets survive a restart, and any other makes a key for its process only.
 */
function secretKey(vars: EnvironmentVariables, database: DatabaseEngine): SecretKeySetting {
  if (vars.SECRET_KEY) return { source: 'SECRET_KEY', key: Buffer.from(vars.SECRET_KEY, 'base64') };
  if (vars.JWT_SECRET)
    return { source: 'JWT_SECRET', key: Buffer.from(hkdfSync('sha256', vars.JWT_SECRET, 'bulwark', 'secret-box', 32)) };
  if (database.kind === 'pglite-dir') return { source: 'FILE', path: `${database.dataDir}.secret-key` };
  return { source: 'GENERATED' };
}
