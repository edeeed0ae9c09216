import type { SecretBox } from '@api/auth/secret-box';
import { parseCookieHeader, serializeCookie } from '@api/modules/sessions/session-cookies';
import type { AuthorizationChecks } from './oidc-relying-party';

/** The sign-in in progress in one browser: sealed, httpOnly, sent back only to the SSO routes. */
export const SSO_FLOW_COOKIE = 'bulwark_sso';
export const SSO_PATH = '/auth/sso';
/** Long enough to sign in at the provider (and maybe enrol there), short enough not to linger. */
export const SSO_FLOW_TTL_SECONDS = 600;
const SEAL_CONTEXT = 'sso-flow';
/** A sealed flow is ~300 characters. */
const MAX_COOKIE = 1024;

export interface SsoFlow extends AuthorizationChecks {
  readonly organizationId: string;
  /** Epoch milliseconds. */
  readonly startedAt: number;
}

export function sealFlow(box: SecretBox, flow: SsoFlow): string {
  return box.seal(JSON.stringify(flow), SEAL_CONTEXT);
}

/** The flow this browser started, or null: none, altered, sealed under another key, or too old. */
export function openFlow(box: SecretBox, cookieHeader: string | undefined): SsoFlow | null {
  const sealed = parseCookieHeader(cookieHeader).get(SSO_FLOW_COOKIE);
  if (!sealed || sealed.length > MAX_COOKIE) return null;
  let flow: Partial<SsoFlow>;
  try {
    flow = JSON.parse(box.open(sealed, SEAL_CONTEXT)) as Partial<SsoFlow>;
  } catch {
    return null;
  }
  const { organizationId, state, nonce, codeVerifier, startedAt } = flow;
  if (!organizationId || !state || !nonce || !codeVerifier || typeof startedAt !== 'number') return null;
  if (Date.now() - startedAt > SSO_FLOW_TTL_SECONDS * 1000) return null;
  return { organizationId, state, nonce, codeVerifier, startedAt };
}

/**
 * SameSite=Lax: the provider sends the browser back with a top-level GET from its own site, which a Strict cookie
 * would not ride along. Null deletes it.
 */
export function flowCookie(sealed: string | null, secure: boolean): string {
  return serializeCookie(SSO_FLOW_COOKIE, sealed ?? '', {
    path: SSO_PATH,
    httpOnly: true,
    secure,
    maxAgeSeconds: sealed ? SSO_FLOW_TTL_SECONDS : 0,
    sameSite: 'Lax',
  });
}
