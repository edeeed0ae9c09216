import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bindIdentityProvider,
  CookieBrowser,
  createOfficeWithAdmin,
  createOrganization,
  createUser,
  DEMO,
  errorOf,
  refreshInBrowser,
  type SsoBench,
  ssoSignIn,
  ssoStartUrl,
  startSsoBench,
  tokenOf,
  uniqueTag,
} from '@bulwark/testing';

const SET = `mutation Set($input: SetIdentityProviderInput!) {
  setIdentityProvider(input: $input) { organizationId issuer clientId clientSecretSource amrSatisfiesSecondFactor enabled redirectUri }
}`;
const GET = `query Get($organizationId: ID!) {
  identityProvider(organizationId: $organizationId) { organizationId issuer clientId clientSecretSource enabled }
}`;
const OPTIONS = `query Options($email: String, $organizationShortName: String) {
  singleSignOn(email: $email, organizationShortName: $organizationShortName) { organizationId organizationName startUrl }
}`;

describe('identity providers: binding, reading, finding', () => {
  let bench: SsoBench;
  let platformToken: string;
  const configuredShortName = `SSO-CONF-${uniqueTag().toUpperCase()}`;

  beforeAll(async () => {
    // One organization takes its client secret from configuration, by short name, before it even exists.
    bench = await startSsoBench((idp) => ({
      OIDC_CLIENT_SECRETS: JSON.stringify({ [configuredShortName]: idp.clientSecret }),
    }));
    platformToken = await tokenOf(bench.t, DEMO.platformAdmin);
  });

  afterAll(async () => {
    await bench?.close();
  });

  const input = (organizationId: string, extra: Record<string, unknown> = {}) => ({
    organizationId,
    issuer: bench.idp.issuer,
    clientId: bench.idp.clientId,
    ...extra,
  });

  it('is bound by a platform administrator; the secret is sealed at rest, never shown, never audited', async () => {
    const { t } = bench;
    const { office, admin } = await createOfficeWithAdmin(t, platformToken);
    const secret = `secret-${uniqueTag()}-${uniqueTag()}`;
    const { setIdentityProvider } = await t.gql.data<{ setIdentityProvider: Record<string, unknown> }>(
      SET,
      { input: input(office.id, { clientSecret: secret, amrSatisfiesSecondFactor: true }) },
      { token: platformToken },
    );
    expect(setIdentityProvider).toEqual({
      organizationId: office.id,
      issuer: bench.idp.issuer,
      clientId: bench.idp.clientId,
      clientSecretSource: 'DATABASE',
      amrSatisfiesSecondFactor: true,
      enabled: true,
      redirectUri: `${t.config.auth.publicUrl}/auth/sso/callback`,
    });
    const [stored] = await t.dataSource.query(
      'SELECT client_secret_ciphertext FROM identity_providers WHERE organization_id = $1',
      [office.id],
    );
    expect(stored.client_secret_ciphertext).toMatch(/^v1\./);
    expect(stored.client_secret_ciphertext).not.toContain(secret);
    const audit = await t.dataSource.query(
      "SELECT actor_user_id, target_id, details::text AS details FROM audit_events WHERE action = 'IDENTITY_PROVIDER_CHANGED' AND target_id = $1",
      [office.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].details).not.toContain(secret);
    expect(JSON.parse(audit[0].details)).toMatchObject({ clientSecret: 'REPLACED', before: null });

    // Its own administrator reads the binding (not the secret) but may not change it.
    const { identityProvider } = await t.gql.data<{ identityProvider: Record<string, unknown> }>(
      GET,
      { organizationId: office.id },
      { token: admin.accessToken },
    );
    expect(identityProvider).toMatchObject({ organizationId: office.id, clientSecretSource: 'DATABASE' });
    const refused = await t.gql.request(
      SET,
      { input: input(office.id, { issuer: 'https://evil.example' }) },
      {
        token: admin.accessToken,
      },
    );
    expect(errorOf(refused).code).toBe('FORBIDDEN');

    // Another organization's binding does not exist for them.
    const other = await createOrganization(t, platformToken);
    await bindIdentityProvider(bench, platformToken, other.id);
    const hidden = await t.gql.request(GET, { organizationId: other.id }, { token: admin.accessToken });
    expect(errorOf(hidden).code).toBe('NOT_FOUND');
  });

  it('refuses an issuer Bulwark will not talk to, and an unknown organization', async () => {
    const { t } = bench;
    const office = await createOrganization(t, platformToken);
    for (const issuer of ['http://idp.example.com', 'https://idp.example.com?tenant=1', 'not a url']) {
      const answer = await t.gql.request(SET, { input: input(office.id, { issuer }) }, { token: platformToken });
      expect(errorOf(answer).code).toBe('BAD_USER_INPUT');
    }
    const unknown = await t.gql.request(
      SET,
      { input: input('00000000-0000-4000-8000-000000000000') },
      {
        token: platformToken,
      },
    );
    expect(errorOf(unknown).code).toBe('NOT_FOUND');
  });

  it("tells the sign-in page, by the typed email's domain or by organization, where to start; and nothing else", async () => {
    const { t } = bench;
    const tag = uniqueTag();
    const office = await createOrganization(t, platformToken, { name: `Office With SSO ${tag}` });
    await createUser(t, platformToken, { organizationId: office.id, email: `someone@sso-lookup-${tag}.demo` });
    await bindIdentityProvider(bench, platformToken, office.id);
    const expected = [
      {
        organizationId: office.id,
        organizationName: `Office With SSO ${tag}`,
        startUrl: `${t.config.auth.publicUrl}/auth/sso/${office.id}/start`,
      },
    ];
    // Any address at the domain, whether or not it has an account.
    const byEmail = await t.gql.data<{ singleSignOn: unknown[] }>(OPTIONS, { email: `NOBODY@SSO-LOOKUP-${tag}.demo` });
    expect(byEmail.singleSignOn).toEqual(expected);
    const byOrganization = await t.gql.data<{ singleSignOn: unknown[] }>(OPTIONS, {
      organizationShortName: office.shortName,
    });
    expect(byOrganization.singleSignOn).toEqual(expected);
    const elsewhere = await t.gql.data<{ singleSignOn: unknown[] }>(OPTIONS, { email: `someone@nowhere-${tag}.demo` });
    expect(elsewhere.singleSignOn).toEqual([]);
    expect(errorOf(await t.gql.request(OPTIONS, {})).code).toBe('BAD_USER_INPUT');

    // A disabled binding is not offered, and its start address leads back to the sign-in page.
    await bindIdentityProvider(bench, platformToken, office.id, { enabled: false });
    const disabled = await t.gql.data<{ singleSignOn: unknown[] }>(OPTIONS, {
      email: `someone@sso-lookup-${tag}.demo`,
    });
    expect(disabled.singleSignOn).toEqual([]);
    const start = await new CookieBrowser().get(expected[0]?.startUrl ?? '');
    expect(start.location).toBe(`${t.config.auth.publicUrl}/sign-in?sso=unavailable`);
  });

  it('signs in with a client secret from configuration (OIDC_CLIENT_SECRETS), none stored', async () => {
    const { t } = bench;
    const office = await createOrganization(t, platformToken, { shortName: configuredShortName });
    const carol = await createUser(t, platformToken, {
      organizationId: office.id,
      email: `carol@${configuredShortName.toLowerCase()}.demo`,
    });
    bench.accounts['carol'] = { email: carol.email };
    await bindIdentityProvider(bench, platformToken, office.id, { clientSecret: null });
    const { identityProvider } = await t.gql.data<{ identityProvider: { clientSecretSource: string } }>(
      GET,
      { organizationId: office.id },
      { token: platformToken },
    );
    expect(identityProvider.clientSecretSource).toBe('CONFIGURATION');

    const browser = new CookieBrowser();
    const landed = await ssoSignIn(bench, browser, await ssoStartUrl(t, carol.email), 'carol');
    expect(landed.location).toBe(`${t.config.auth.publicUrl}/`);
    const { viewer } = await t.gql.data<{ viewer: { user: { id: string } } }>(
      '{ viewer { user { id } } }',
      {},
      { token: await refreshInBrowser(t, browser) },
    );
    expect(viewer.user.id).toBe(carol.id);
  });
});
