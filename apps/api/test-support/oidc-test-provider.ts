import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OidcContext } from 'oidc-provider';
import type { CookieBrowser } from './cookie-browser';

export interface OidcTestAccount {
  readonly email: string;
  /** Default true. */
  readonly emailVerified?: boolean;
  /** What the provider says it checked, in the id_token's `amr` (RFC 8176), e.g. ['pwd', 'mfa']. */
  readonly amr?: readonly string[];
}

/** Faults a test can put between the provider and the application. */
export type OidcTampering =
  /** The id_token in the token response gets these claims in its payload; its header and signature stay. */
  | { readonly kind: 'id-token-claims'; readonly claims: Readonly<Record<string, unknown>> }
  /** The authorization request reaches the provider with another nonce, so the id_token carries that one. */
  | { readonly kind: 'nonce' };

export interface OidcTestProviderOptions {
  /** The application's callback, registered as the client's only redirect_uri. */
  readonly redirectUri: string;
  /** By login name: what a person types on the provider's sign-in form. */
  readonly accounts: Readonly<Record<string, OidcTestAccount>>;
}

export interface OidcTestProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  /** From the next request on; null: none. */
  tamper(tampering: OidcTampering | null): void;
  close(): Promise<void>;
}

/** `amr` with `openid`: as real providers do, the id_token says how the person signed in there. */
const SCOPE_CLAIMS = { openid: ['sub', 'amr'], email: ['email', 'email_verified'] };

function signingKeys(): { keys: Record<string, unknown>[] } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  return { keys: [{ ...privateKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] };
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function withClaims(idToken: string, claims: Readonly<Record<string, unknown>>): string {
  const [header, payload, signature] = idToken.split('.');
  if (!header || !payload || signature === undefined) throw new Error('not a JWS');
  const altered = { ...(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as object), ...claims };
  return `${header}.${Buffer.from(JSON.stringify(altered)).toString('base64url')}.${signature}`;
}

/** Rewrites the JSON the token endpoint sends, on its way out. */
function alterTokenResponse(res: ServerResponse, claims: Readonly<Record<string, unknown>>): void {
  const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
  res.end = ((chunk?: unknown) => {
    if (res.statusCode !== 200 || (typeof chunk !== 'string' && !Buffer.isBuffer(chunk))) return end(chunk);
    const body = JSON.parse(chunk.toString()) as { id_token?: string };
    if (body.id_token) body.id_token = withClaims(body.id_token, claims);
    const text = JSON.stringify(body);
    res.setHeader('Content-Length', Buffer.byteLength(text));
    return end(text);
  }) as ServerResponse['end'];
}

/**
 * A real OpenID Provider (oidc-provider 9) on a loopback port: one confidential client (client_secret_basic,
 * PKCE required, code flow only) whose redirect_uri is the application's callback; fresh RS256 signing keys per
 * instance; a sign-in page where the test types a login name (no password: the provider's own authentication is
 * not what is under test) and consent given for the client, as for a first-party application.
 */
export async function startOidcTestProvider(options: OidcTestProviderOptions): Promise<OidcTestProvider> {
  // Loaded here, not with test-support: only the tests that start a provider pay for it.
  const { Provider } = await import('oidc-provider');
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = `bulwark-${randomBytes(4).toString('hex')}`;
  const clientSecret = randomBytes(24).toString('base64url');
  let tampering: OidcTampering | null = null;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: signingKeys(),
    cookies: { keys: [randomBytes(16).toString('hex')] },
    claims: SCOPE_CLAIMS,
    // Real providers (Entra ID, Okta, Login.gov) put email in the id_token of the code flow too.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = options.accounts[sub];
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => Promise.resolve({ sub, email: account.email, email_verified: account.emailVerified ?? true }),
      };
    },
    loadExistingGrant: async (ctx: OidcContext) => {
      const { client, session, result } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return provider.Grant.find(grantId);
      const grant = new provider.Grant({ accountId: session.accountId, clientId: client.clientId });
      grant.addOIDCScope('openid email');
      grant.addOIDCClaims(['email', 'email_verified']);
      await grant.save();
      return grant;
    },
  });
  const handle = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { uid } = await provider.interactionDetails(req, res);
    if (req.method === 'GET') {
      res.setHeader('Content-Type', 'text/html');
      res.end(`<form method="post" action="/interaction/${uid}"><input name="login"><button>Sign in</button></form>`);
      return;
    }
    const login = (await formBody(req)).get('login') ?? '';
    const account = options.accounts[login];
    if (!account) {
      res.statusCode = 400;
      res.end('unknown account');
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: login, ...(account.amr ? { amr: account.amr } : {}) } },
      { mergeWithLastSubmission: false },
    );
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname.startsWith('/interaction/')) {
      interaction(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    if (tampering?.kind === 'nonce' && url.pathname === '/auth' && url.searchParams.has('nonce')) {
      url.searchParams.set('nonce', randomBytes(16).toString('base64url'));
      req.url = `${url.pathname}${url.search}`;
    }
    if (tampering?.kind === 'id-token-claims' && url.pathname === '/token' && req.method === 'POST')
      alterTokenResponse(res, tampering.claims);
    handle(req, res);
  });

  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri: options.redirectUri,
    tamper(next) {
      tampering = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/**
 * A person's trip through the provider: from the application's start address, through the provider's sign-in
 * page (typing `login`, unless the browser is still signed in there), up to the application's callback address,
 * returned unvisited so a test may alter it.
 */
export async function signInAtProvider(
  browser: CookieBrowser,
  provider: OidcTestProvider,
  startUrl: string,
  login: string,
): Promise<string> {
  const backAtApplication = (next: URL) => next.toString().startsWith(provider.redirectUri);
  let response = await browser.follow(startUrl, backAtApplication);
  if (!response.location) {
    if (response.status !== 200 || !response.url.startsWith(`${provider.issuer}/interaction/`))
      throw new Error(`expected the provider's sign-in page, got ${response.status} at ${response.url}`);
    const submitted = await browser.submitForm(response.url, { login });
    if (!submitted.location) throw new Error(`sign-in at the provider failed: ${submitted.status} ${submitted.body}`);
    response = await browser.follow(submitted.location, backAtApplication);
  }
  if (!response.location || !backAtApplication(new URL(response.location)))
    throw new Error(`the provider did not send the browser back: ${response.status} ${response.body}`);
  return response.location;
}
