import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { SsoFailure } from './sso-failure';

/** One organization's client at its provider, as sign-in uses it. */
export interface ProviderClient {
  readonly organizationId: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string | null;
  /** Changes with the stored settings (their updated_at): a changed provider is discovered afresh. */
  readonly version: string;
}

/** What the callback must check the answer against; kept by the browser, sealed (sso-flow-cookie.ts). */
export interface AuthorizationChecks {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export const SSO_CALLBACK_PATH = '/auth/sso/callback';
const SCOPE = 'openid email';
/** Discovery documents and signing keys change rarely; a changed provider setting re-discovers at once anyway. */
const DISCOVERY_TTL_MS = 10 * 60 * 1000;
const HTTP_TIMEOUT_SECONDS = 10;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether the issuer's address is one Bulwark will talk to: https, or http to this machine outside production. */
export function issuerAllowed(issuer: string, isProduction: boolean): boolean {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return false;
  }
  if (url.search || url.hash || url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && !isProduction && LOOPBACK_HOSTS.has(url.hostname);
}

/**
 * Bulwark as an OpenID Connect relying party, through openid-client: authorization code flow with PKCE (S256),
 * state and nonce; the id_token's signature is verified against the provider's published keys (non-repudiation
 * checks on, which openid-client leaves off by default for TLS-delivered tokens), and its issuer, audience, expiry
 * and nonce are checked.
 */
@Injectable()
export class OidcRelyingParty {
  readonly redirectUri: string;
  private readonly discovered = new Map<
    string,
    { version: string; expiresAt: number; config: Promise<oidc.Configuration> }
  >();

  constructor(@Inject(APP_CONFIG) private readonly appConfig: AppConfig) {
    this.redirectUri = new URL(SSO_CALLBACK_PATH, appConfig.auth.publicUrl).toString();
  }

  /** Where to send the browser, and what its answer must then match. */
  async authorizationRequest(client: ProviderClient): Promise<{ url: string; checks: AuthorizationChecks }> {
    const config = await this.configuration(client);
    const checks = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: SCOPE,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.toString(), checks };
  }

  /** Redeems the code of the callback's `query`; the verified id_token's claims. */
  async redeem(client: ProviderClient, query: URLSearchParams, checks: AuthorizationChecks): Promise<oidc.IDToken> {
    const config = await this.configuration(client);
    // The address the provider sent the browser to, rebuilt from configuration: never from the request's Host.
    const callback = new URL(this.redirectUri);
    for (const [name, value] of query) callback.searchParams.append(name, value);
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new SsoFailure('TOKEN_INVALID', { check: 'id_token missing' });
      return claims;
    } catch (error) {
      throw redeemFailure(error);
    }
  }

  private configuration(client: ProviderClient): Promise<oidc.Configuration> {
    const cached = this.discovered.get(client.organizationId);
    if (cached && cached.version === client.version && cached.expiresAt > Date.now()) return cached.config;
    const config = this.discover(client);
    this.discovered.set(client.organizationId, {
      version: client.version,
      expiresAt: Date.now() + DISCOVERY_TTL_MS,
      config,
    });
    // A provider that could not be reached is asked again next time, not in ten minutes.
    config.catch(() => {
      if (this.discovered.get(client.organizationId)?.config === config) this.discovered.delete(client.organizationId);
    });
    return config;
  }

  private async discover(client: ProviderClient): Promise<oidc.Configuration> {
    if (!issuerAllowed(client.issuer, this.appConfig.isProduction))
      throw new SsoFailure('PROVIDER_UNAVAILABLE', { check: 'issuer address not allowed' });
    const insecure = new URL(client.issuer).protocol === 'http:';
    const execute = [oidc.enableNonRepudiationChecks, ...(insecure ? [oidc.allowInsecureRequests] : [])];
    let metadata: oidc.ServerMetadata;
    try {
      const discovered = await oidc.discovery(new URL(client.issuer), client.clientId, undefined, oidc.None(), {
        execute,
        timeout: HTTP_TIMEOUT_SECONDS,
      });
      metadata = discovered.serverMetadata();
    } catch (error) {
      throw new SsoFailure('PROVIDER_UNAVAILABLE', { check: 'discovery', error: describe(error) });
    }
    const config = new oidc.Configuration(metadata, client.clientId, undefined, clientAuthentication(metadata, client));
    for (const step of execute) step(config);
    config.timeout = HTTP_TIMEOUT_SECONDS;
    return config;
  }
}

/** client_secret_basic, OpenID Connect's default, unless the provider offers only client_secret_post. */
function clientAuthentication(metadata: oidc.ServerMetadata, client: ProviderClient): oidc.ClientAuth {
  if (!client.clientSecret) return oidc.None();
  const methods = metadata.token_endpoint_auth_methods_supported;
  if (methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post'))
    return oidc.ClientSecretPost(client.clientSecret);
  return oidc.ClientSecretBasic(client.clientSecret);
}

function describe(error: unknown): string {
  if (error instanceof oidc.ClientError && error.code) return error.code;
  if (error instanceof Error) return error.message.slice(0, 200);
  return 'unknown';
}

function redeemFailure(error: unknown): SsoFailure {
  if (error instanceof SsoFailure) return error;
  if (error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError)
    return new SsoFailure('IDP_ERROR', { error: error.error });
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return new SsoFailure('TOKEN_INVALID', { check: `${describe(error)}${cause}`.slice(0, 200) });
}
