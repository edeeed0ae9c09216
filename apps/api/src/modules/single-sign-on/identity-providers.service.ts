import { Inject, Injectable } from '@nestjs/common';
import { administers } from '@api/auth/organization-scope';
import type { RequestViewer } from '@api/auth/request-viewer';
import { SecretBox } from '@api/auth/secret-box';
import { badInput, notFound } from '@api/common/app-errors';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { normaliseEmail } from '@api/modules/users/users.service';
import type { SetIdentityProviderInput, SingleSignOnArgs } from './dto/identity-provider.inputs';
import { type IdentityProviderRow, IdentityProvidersRepository } from './identity-providers.repository';
import { ClientSecretSource, type IdentityProvider } from './models/identity-provider.model';
import type { SingleSignOnOption } from './models/single-sign-on-option.model';
import { issuerAllowed, OidcRelyingParty, type ProviderClient } from './oidc-relying-party';
import { SSO_PATH } from './sso-flow-cookie';

/** An email's domain as the lookup takes it: letters, digits, dashes and dots (no LIKE wildcard gets through). */
const EMAIL_DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/** What the callback needs of an organization's provider. */
export interface SignInProvider {
  readonly client: ProviderClient;
  readonly amrSatisfiesSecondFactor: boolean;
  readonly organizationActive: boolean;
}

/** Where a sealed client secret belongs: one copied into another organization's row does not open there. */
function secretContext(organizationId: string): string {
  return `identity-provider:${organizationId}`;
}

/**
 * Organizations' identity providers. Binding one is a platform administrator's act: a provider can sign in every
 * member of its organization, so an organization administrator who could point it elsewhere could become any of
 * them (and, with `amrSatisfiesSecondFactor`, pass their second factor). Organization administrators may read
 * their own organization's binding.
 */
@Injectable()
export class IdentityProvidersService {
  constructor(
    private readonly providers: IdentityProvidersRepository,
    private readonly organizations: OrganizationsService,
    private readonly relyingParty: OidcRelyingParty,
    private readonly secrets: SecretBox,
    private readonly audited: AuditedUnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Null when the organization has none; NOT_FOUND for an organization the viewer may not manage. */
  async get(viewer: RequestViewer, organizationId: string): Promise<IdentityProvider | null> {
    const organization = administers(viewer, organizationId) ? await this.organizations.get(organizationId) : null;
    if (!organization) throw notFound('Organization');
    const row = await this.providers.find(organizationId);
    return row && this.toModel(row, organization.shortName);
  }

  async set(viewer: RequestViewer, input: SetIdentityProviderInput): Promise<IdentityProvider> {
    const organization = await this.organizations.get(input.organizationId);
    if (!organization) throw notFound('Organization');
    // Kept exactly as given: discovery requires the provider's `issuer` to match it character for character.
    const issuer = input.issuer;
    if (!issuerAllowed(issuer, this.config.isProduction))
      throw badInput('The issuer must be an https address (http only to this machine, outside production).', [
        { field: 'issuer', problems: ['https address without query or fragment'] },
      ]);
    if (input.clientSecret && input.removeClientSecret)
      throw badInput('Give a new client secret or remove the stored one, not both.');
    const clientSecretCiphertext = input.clientSecret
      ? this.secrets.seal(input.clientSecret, secretContext(organization.id))
      : input.removeClientSecret
        ? null
        : undefined;
    const before = await this.providers.find(organization.id);
    return this.audited.run(async (manager) => {
      const row = await this.providers.upsert(
        {
          organizationId: organization.id,
          issuer,
          clientId: input.clientId,
          clientSecretCiphertext,
          amrSatisfiesSecondFactor: input.amrSatisfiesSecondFactor,
          enabled: input.enabled,
        },
        manager,
      );
      const provider = this.toModel(row, organization.shortName);
      return {
        result: provider,
        audit: {
          actor: viewer,
          action: AuditAction.IDENTITY_PROVIDER_CHANGED,
          targetType: AuditTargetType.ORGANIZATION,
          targetId: organization.id,
          details: {
            before: before && settingsOf(before),
            after: settingsOf(row),
            clientSecret: input.clientSecret ? 'REPLACED' : input.removeClientSecret ? 'REMOVED' : 'KEPT',
          },
        },
      };
    });
  }

  /**
   * For the sign-in page, anonymous: by the typed email's domain (organizations with an enabled provider and active
   * members at that domain) or by an organization's short name. Says nothing about whether the email has an account.
   */
  async options(args: SingleSignOnArgs): Promise<SingleSignOnOption[]> {
    if ([args.email, args.organizationShortName].filter(Boolean).length !== 1)
      throw badInput('Give either an email or an organization short name.');
    let rows;
    if (args.email) {
      const domain = normaliseEmail(args.email).split('@').pop() ?? '';
      rows = EMAIL_DOMAIN.test(domain) ? await this.providers.optionsForDomain(domain) : [];
    } else {
      const row = await this.providers.optionForShortName(args.organizationShortName ?? '');
      rows = row ? [row] : [];
    }
    return rows.map((row) => ({ organizationId: row.id, organizationName: row.name, startUrl: this.startUrl(row.id) }));
  }

  /** The organization's enabled provider, secret opened, for a sign-in through it; null when there is none. */
  async forSignIn(organizationId: string): Promise<SignInProvider | null> {
    const row = await this.providers.findForSignIn(organizationId);
    if (!row) return null;
    const configured = this.config.auth.oidcClientSecrets.get(row.organization_short_name);
    const clientSecret =
      configured ??
      (row.client_secret_ciphertext
        ? this.secrets.open(row.client_secret_ciphertext, secretContext(row.organization_id))
        : null);
    return {
      client: {
        organizationId: row.organization_id,
        issuer: row.issuer,
        clientId: row.client_id,
        clientSecret,
        version: `${row.updated_at.getTime()}:${configured ? 'configured' : 'stored'}`,
      },
      amrSatisfiesSecondFactor: row.amr_satisfies_second_factor,
      organizationActive: row.organization_active,
    };
  }

  startUrl(organizationId: string): string {
    return new URL(`${SSO_PATH}/${organizationId}/start`, this.config.auth.publicUrl).toString();
  }

  private toModel(row: IdentityProviderRow, organizationShortName: string): IdentityProvider {
    const source = this.config.auth.oidcClientSecrets.has(organizationShortName)
      ? ClientSecretSource.CONFIGURATION
      : row.client_secret_ciphertext
        ? ClientSecretSource.DATABASE
        : ClientSecretSource.NONE;
    return {
      organizationId: row.organization_id,
      issuer: row.issuer,
      clientId: row.client_id,
      clientSecretSource: source,
      amrSatisfiesSecondFactor: row.amr_satisfies_second_factor,
      enabled: row.enabled,
      redirectUri: this.relyingParty.redirectUri,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}

/** What IDENTITY_PROVIDER_CHANGED records: the binding, never the secret. */
function settingsOf(row: IdentityProviderRow): Record<string, unknown> {
  return {
    issuer: row.issuer,
    clientId: row.client_id,
    amrSatisfiesSecondFactor: row.amr_satisfies_second_factor,
    enabled: row.enabled,
  };
}
