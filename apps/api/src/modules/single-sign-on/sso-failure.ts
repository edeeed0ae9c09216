/**
 * Why a single sign-on did not end in a session. The audit trail records the reason (SIGN_IN_FAILED, `SSO_…`); the
 * browser is sent to the portal's sign-in page with the coarser `code`, which never tells whether an email has an
 * account, or in which organization.
 */
export const SSO_FAILURES = {
  /** No start on record in this browser (no cookie, expired, unreadable): also a callback nobody started here. */
  FLOW_EXPIRED: 'expired',
  STATE_MISMATCH: 'state_mismatch',
  /** The identity provider answered with an error (the person cancelled, the provider refused). */
  IDP_ERROR: 'denied',
  /** The code exchange or the id_token did not verify: signature, issuer, audience, expiry, nonce, PKCE. */
  TOKEN_INVALID: 'invalid_response',
  EMAIL_NOT_VERIFIED: 'email_not_verified',
  UNKNOWN_EMAIL: 'not_allowed',
  /** The email is a member's of another organization: never signed in through this organization's provider. */
  OTHER_ORGANIZATION: 'not_allowed',
  USER_DEACTIVATED: 'not_allowed',
  ORGANIZATION_DEACTIVATED: 'not_allowed',
  LOCKED: 'not_allowed',
  /** No enabled provider for the organization, or the provider could not be reached. */
  PROVIDER_UNAVAILABLE: 'unavailable',
} as const;

export type SsoFailureReason = keyof typeof SSO_FAILURES;
/** The `sso` parameter of the portal's /sign-in address. */
export type SsoFailureCode = (typeof SSO_FAILURES)[SsoFailureReason];

/** The member an assertion named, when there is one: the failure is on their record, for their administrators. */
export interface ClaimedAccount {
  readonly id: string;
  readonly organizationId: string;
}

export class SsoFailure extends Error {
  constructor(
    readonly reason: SsoFailureReason,
    /** For the audit record only (never shown): the provider's error code, openid-client's check that failed … */
    readonly details: Readonly<Record<string, string>> = {},
    readonly account: ClaimedAccount | null = null,
  ) {
    super(`single sign-on failed: ${reason}`);
    this.name = 'SsoFailure';
  }

  get code(): SsoFailureCode {
    return SSO_FAILURES[this.reason];
  }
}
