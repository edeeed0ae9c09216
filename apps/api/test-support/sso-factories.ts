import type { BrowserResponse, CookieBrowser } from './cookie-browser';
import { freeLoopbackPort } from './free-port';
import {
  type OidcTestAccount,
  type OidcTestProvider,
  signInAtProvider,
  startOidcTestProvider,
} from './oidc-test-provider';
import { startTestApp, type TestApp } from './test-app';

export interface SsoBench {
  readonly t: TestApp;
  readonly idp: OidcTestProvider;
  /** The provider's accounts by login name: add to it at any time. */
  readonly accounts: Record<string, OidcTestAccount>;
  close(): Promise<void>;
}

/**
 * The application and a real OpenID Provider that knows it: the app listens where its PUBLIC_URL says (the
 * provider's client is registered with that callback). `env` may use the provider (its client secret).
 */
export async function startSsoBench(env: (idp: OidcTestProvider) => Record<string, string> = () => ({})) {
  const port = await freeLoopbackPort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const accounts: Record<string, OidcTestAccount> = {};
  const idp = await startOidcTestProvider({ redirectUri: `${publicUrl}/auth/sso/callback`, accounts });
  const t = await startTestApp({ PORT: String(port), PUBLIC_URL: publicUrl, ...env(idp) });
  return {
    t,
    idp,
    accounts,
    async close() {
      await t.close();
      await idp.close();
    },
  } satisfies SsoBench;
}

export interface IdentityProviderSettings {
  clientSecret?: string | null;
  amrSatisfiesSecondFactor?: boolean;
  enabled?: boolean;
}

const SET_IDENTITY_PROVIDER = `mutation Set($input: SetIdentityProviderInput!) {
  setIdentityProvider(input: $input) { organizationId clientSecretSource amrSatisfiesSecondFactor enabled }
}`;

/** Binds `organizationId` to the bench's provider, as a platform administrator (`platformToken`). */
export async function bindIdentityProvider(
  bench: SsoBench,
  platformToken: string,
  organizationId: string,
  settings: IdentityProviderSettings = {},
): Promise<void> {
  const { clientSecret = bench.idp.clientSecret, ...rest } = settings;
  await bench.t.gql.data(
    SET_IDENTITY_PROVIDER,
    {
      input: {
        organizationId,
        issuer: bench.idp.issuer,
        clientId: bench.idp.clientId,
        ...(clientSecret ? { clientSecret } : { removeClientSecret: true }),
        amrSatisfiesSecondFactor: false,
        enabled: true,
        ...rest,
      },
    },
    { token: platformToken },
  );
}

/** The app's start address for an organization, as the public `singleSignOn` query gives it to the portal. */
export async function ssoStartUrl(t: TestApp, email: string): Promise<string> {
  const { singleSignOn } = await t.gql.data<{ singleSignOn: { startUrl: string }[] }>(
    'query Sso($email: String) { singleSignOn(email: $email) { startUrl } }',
    { email },
  );
  const option = singleSignOn[0];
  if (!option) throw new Error(`no single sign-on for ${email}`);
  return option.startUrl;
}

/** From the start address through the provider (as `login`) and back: the app's answer to its callback. */
export async function ssoSignIn(
  bench: SsoBench,
  browser: CookieBrowser,
  startUrl: string,
  login: string,
): Promise<BrowserResponse> {
  return browser.get(await signInAtProvider(browser, bench.idp, startUrl, login));
}

/** What the portal does on load: POST /auth/session/refresh with the CSRF cookie echoed; the access token. */
export async function refreshInBrowser(t: TestApp, browser: CookieBrowser): Promise<string> {
  const csrf = browser.cookie('bulwark_csrf', `${t.url}/`);
  const response = await browser.request(`${t.url}/auth/session/refresh`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf ?? '' },
    body: '{}',
  });
  if (response.status !== 200) throw new Error(`refresh failed: ${response.status} ${response.body}`);
  return (JSON.parse(response.body) as { accessToken: string }).accessToken;
}
