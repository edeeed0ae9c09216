import { Injectable } from '@nestjs/common';
import { AuditAction, AuditOutcome, AuditTargetType } from '@api/modules/audit/audit-action';
import { type AuditActor, AuditService, clipText } from '@api/modules/audit/audit.service';
import {
  type IssuedChallenge,
  SignInChallengeService,
  type SignInClient,
} from '@api/modules/second-factor/sign-in-challenge.service';
import type { AuthPayload } from '@api/modules/sessions/models/auth-payload.model';
import { SessionsService } from '@api/modules/sessions/sessions.service';
import { normaliseEmail, UsersService } from '@api/modules/users/users.service';
import { amrShowsMultipleFactors } from './amr';
import { IdentityProvidersService } from './identity-providers.service';
import { OidcRelyingParty } from './oidc-relying-party';
import type { SsoFlow } from './sso-flow-cookie';
import { type ClaimedAccount, SsoFailure } from './sso-failure';

export type SsoOutcome =
  | { readonly kind: 'signed-in'; readonly session: AuthPayload }
  /** A second factor is due (or must be enrolled): the browser continues on the portal's sign-in page. */
  | { readonly kind: 'second-step'; readonly challenge: IssuedChallenge };

/**
 * Sign-in through an organization's identity provider. The provider vouches for an email; Bulwark signs in the
 * ACTIVE member of THAT organization with that email, and nobody else: never a member of another organization,
 * never a new account, and nothing about the member (roles, clearance) changes.
 */
@Injectable()
export class SingleSignOnService {
  constructor(
    private readonly providers: IdentityProvidersService,
    private readonly relyingParty: OidcRelyingParty,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly challenges: SignInChallengeService,
    private readonly audit: AuditService,
  ) {}

  /** The provider's authorization address, and the flow the browser keeps until it comes back. */
  async start(organizationId: string): Promise<{ url: string; flow: SsoFlow }> {
    const provider = await this.providers.forSignIn(organizationId);
    if (!provider?.organizationActive) throw new SsoFailure('PROVIDER_UNAVAILABLE');
    const { url, checks } = await this.relyingParty.authorizationRequest(provider.client);
    return { url, flow: { organizationId, ...checks, startedAt: Date.now() } };
  }

  /** The provider's answer (the callback's query) to the flow this browser started; failures are audited. */
  async finish(flow: SsoFlow | null, query: URLSearchParams, client: SignInClient): Promise<SsoOutcome> {
    try {
      return await this.complete(flow, query, client);
    } catch (error) {
      if (error instanceof SsoFailure) await this.recordFailure(flow, error);
      throw error;
    }
  }

  private async complete(flow: SsoFlow | null, query: URLSearchParams, client: SignInClient): Promise<SsoOutcome> {
    if (!flow) throw new SsoFailure('FLOW_EXPIRED');
    const providerError = query.get('error');
    if (providerError) throw new SsoFailure('IDP_ERROR', { error: clipText(providerError, 100) });
    if (query.get('state') !== flow.state) throw new SsoFailure('STATE_MISMATCH');
    const provider = await this.providers.forSignIn(flow.organizationId);
    if (!provider) throw new SsoFailure('PROVIDER_UNAVAILABLE');

    const claims = await this.relyingParty.redeem(provider.client, query, flow);
    const email = typeof claims.email === 'string' ? normaliseEmail(claims.email) : '';
    if (!email || claims.email_verified !== true)
      throw new SsoFailure('EMAIL_NOT_VERIFIED', { email: clipText(email), subject: clipText(claims.sub) });
    const member = await this.memberOf(flow.organizationId, email);

    const how = { method: 'SSO', client } as const;
    const details = { issuer: provider.client.issuer };
    if (provider.amrSatisfiesSecondFactor && amrShowsMultipleFactors(claims.amr)) {
      const session = await this.sessions.issueSession(member, { ...how, secondFactor: 'IDENTITY_PROVIDER' }, details);
      return { kind: 'signed-in', session };
    }
    const challenge = await this.challenges.afterFirstStep(member.id, 'SSO', client);
    if (challenge) return { kind: 'second-step', challenge };
    const session = await this.sessions.issueSession(member, { ...how, secondFactor: null }, details);
    return { kind: 'signed-in', session };
  }

  /** The active, unlocked member of `organizationId` whose email this is; an SsoFailure otherwise. */
  private async memberOf(organizationId: string, email: string): Promise<ClaimedAccount> {
    const record = await this.users.signInRecord(email);
    const seen = { email: clipText(email) };
    if (!record) throw new SsoFailure('UNKNOWN_EMAIL', seen);
    const account = { id: record.id, organizationId: record.organizationId };
    if (record.organizationId !== organizationId)
      throw new SsoFailure('OTHER_ORGANIZATION', { ...seen, identityProviderOrganizationId: organizationId }, account);
    if (!record.organizationActive) throw new SsoFailure('ORGANIZATION_DEACTIVATED', seen, account);
    if (!record.active) throw new SsoFailure('USER_DEACTIVATED', seen, account);
    if (record.lockedUntil && record.lockedUntil > new Date()) throw new SsoFailure('LOCKED', seen, account);
    return account;
  }

  /**
   * SIGN_IN_FAILED with reason SSO_…: on the named member's record when there is one (their administrators see it),
   * else on the organization whose provider was used.
   */
  private recordFailure(flow: SsoFlow | null, failure: SsoFailure): Promise<void> {
    const account = failure.account;
    const actor: AuditActor = account
      ? { kind: 'USER', userId: account.id, apiKeyId: null, organizationId: account.organizationId }
      : { kind: 'ANONYMOUS', userId: null, apiKeyId: null, organizationId: flow?.organizationId ?? null };
    return this.audit.recordStandalone({
      actor,
      action: AuditAction.SIGN_IN_FAILED,
      outcome: AuditOutcome.FAILED,
      targetType: account ? AuditTargetType.USER : flow ? AuditTargetType.ORGANIZATION : undefined,
      targetId: account?.id ?? flow?.organizationId ?? null,
      details: { reason: `SSO_${failure.reason}`, ...failure.details },
    });
  }
}
