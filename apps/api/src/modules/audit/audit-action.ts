import { registerEnumType } from '@nestjs/graphql';

/** What an audit record says happened. Stored as text, so adding an action needs no migration. */
export enum AuditAction {
  SIGN_IN = 'SIGN_IN',
  SIGN_IN_FAILED = 'SIGN_IN_FAILED',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  SIGN_OUT = 'SIGN_OUT',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  /** A second factor (details.method: TOTP or WEBAUTHN) was enrolled and confirmed. */
  SECOND_FACTOR_ENROLLED = 'SECOND_FACTOR_ENROLLED',
  SECOND_FACTOR_REMOVED = 'SECOND_FACTOR_REMOVED',
  /** A user renamed one of their passkeys (details: passkeyId, name). */
  PASSKEY_RENAMED = 'PASSKEY_RENAMED',
  /** An administrator removed all of a member's second factors and ended their sessions. */
  SECOND_FACTORS_RESET = 'SECOND_FACTORS_RESET',
  /** New recovery codes replaced the old (the codes themselves are never recorded). */
  RECOVERY_CODES_GENERATED = 'RECOVERY_CODES_GENERATED',
  /** An organization's requireSecondFactor / allowPasswordless changed (details: before, after). */
  SIGN_IN_POLICY_CHANGED = 'SIGN_IN_POLICY_CHANGED',
  /** A user ended one of their own sessions (target: the session). */
  SESSION_ENDED = 'SESSION_ENDED',
  /** A user ended all their sessions but the current one (target: the user; details: the session ids). */
  OTHER_SESSIONS_ENDED = 'OTHER_SESSIONS_ENDED',
  /** An administrator ended all of a member's sessions (target: the member; details: the session ids). */
  USER_SESSIONS_ENDED = 'USER_SESSIONS_ENDED',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  PASSWORD_CHANGE_FAILED = 'PASSWORD_CHANGE_FAILED',
  USER_CREATED = 'USER_CREATED',
  USER_UPDATED = 'USER_UPDATED',
  USER_DEACTIVATED = 'USER_DEACTIVATED',
  USER_REACTIVATED = 'USER_REACTIVATED',
  ORGANIZATION_CREATED = 'ORGANIZATION_CREATED',
  ORGANIZATION_UPDATED = 'ORGANIZATION_UPDATED',
  ORGANIZATION_VETTED = 'ORGANIZATION_VETTED',
  ORGANIZATION_DEACTIVATED = 'ORGANIZATION_DEACTIVATED',
  ORGANIZATION_REACTIVATED = 'ORGANIZATION_REACTIVATED',
  /** An organization's single-sign-on provider set or changed (target: the organization; never the secret). */
  IDENTITY_PROVIDER_CHANGED = 'IDENTITY_PROVIDER_CHANGED',
  API_KEY_CREATED = 'API_KEY_CREATED',
  API_KEY_REVOKED = 'API_KEY_REVOKED',
  API_KEY_ROTATED = 'API_KEY_ROTATED',
  BULLETIN_CREATED = 'BULLETIN_CREATED',
  BULLETIN_UPDATED = 'BULLETIN_UPDATED',
  BULLETIN_SUBMITTED = 'BULLETIN_SUBMITTED',
  BULLETIN_RETURNED = 'BULLETIN_RETURNED',
  BULLETIN_PUBLISHED = 'BULLETIN_PUBLISHED',
  BULLETIN_AMENDED = 'BULLETIN_AMENDED',
  BULLETIN_RETRACTED = 'BULLETIN_RETRACTED',
  BULLETIN_ACKNOWLEDGED = 'BULLETIN_ACKNOWLEDGED',
  BULLETIN_READ = 'BULLETIN_READ',
  ACCESS_DENIED = 'ACCESS_DENIED',
  BULLETIN_NOTE_ADDED = 'BULLETIN_NOTE_ADDED',
  BULLETIN_NOTE_DELETED = 'BULLETIN_NOTE_DELETED',
  FEED_CREATED = 'FEED_CREATED',
  FEED_UPDATED = 'FEED_UPDATED',
  FEED_DELETED = 'FEED_DELETED',
  WEBHOOK_CREATED = 'WEBHOOK_CREATED',
  WEBHOOK_UPDATED = 'WEBHOOK_UPDATED',
  WEBHOOK_DISABLED = 'WEBHOOK_DISABLED',
  WEBHOOK_ENABLED = 'WEBHOOK_ENABLED',
  WEBHOOK_SECRET_ROTATED = 'WEBHOOK_SECRET_ROTATED',
  WEBHOOK_DELETED = 'WEBHOOK_DELETED',
  /** A user changed when a saved feed of theirs is mailed (target: the feed; details: before, after). */
  FEED_MAIL_DELIVERY_CHANGED = 'FEED_MAIL_DELIVERY_CHANGED',
  /** How much of a bulletin an organization's mail carries changed (target: the organization; before, after). */
  ORGANIZATION_MAIL_DETAIL_CHANGED = 'ORGANIZATION_MAIL_DETAIL_CHANGED',
  ORGANIZATION_MAILBOX_CREATED = 'ORGANIZATION_MAILBOX_CREATED',
  ORGANIZATION_MAILBOX_UPDATED = 'ORGANIZATION_MAILBOX_UPDATED',
  ORGANIZATION_MAILBOX_DELETED = 'ORGANIZATION_MAILBOX_DELETED',
  MAILBOX_SUBSCRIPTION_CREATED = 'MAILBOX_SUBSCRIPTION_CREATED',
  MAILBOX_SUBSCRIPTION_UPDATED = 'MAILBOX_SUBSCRIPTION_UPDATED',
  MAILBOX_SUBSCRIPTION_DELETED = 'MAILBOX_SUBSCRIPTION_DELETED',
  INCIDENT_REPORTED = 'INCIDENT_REPORTED',
  INCIDENT_ASSIGNED = 'INCIDENT_ASSIGNED',
  INCIDENT_STATUS_CHANGED = 'INCIDENT_STATUS_CHANGED',
  INCIDENT_COMMENTED = 'INCIDENT_COMMENTED',
  INCIDENT_BULLETIN_DRAFTED = 'INCIDENT_BULLETIN_DRAFTED',
  /** A read of an AMBER_STRICT incident report, as BULLETIN_READ is for bulletins (R18). */
  INCIDENT_READ = 'INCIDENT_READ',
}

export enum AuditOutcome {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
  FAILED = 'FAILED',
}

export enum AuditActorKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
  ANONYMOUS = 'ANONYMOUS',
  /** Bulwark itself, by its own rule (a webhook disabled after a run of failed deliveries): no user, no key. */
  SYSTEM = 'SYSTEM',
}

export enum AuditTargetType {
  USER = 'USER',
  ORGANIZATION = 'ORGANIZATION',
  API_KEY = 'API_KEY',
  BULLETIN = 'BULLETIN',
  BULLETIN_NOTE = 'BULLETIN_NOTE',
  FEED = 'FEED',
  SESSION = 'SESSION',
  WEBHOOK = 'WEBHOOK',
  ORGANIZATION_MAILBOX = 'ORGANIZATION_MAILBOX',
  MAIL_SUBSCRIPTION = 'MAIL_SUBSCRIPTION',
  INCIDENT_REPORT = 'INCIDENT_REPORT',
}

registerEnumType(AuditAction, { name: 'AuditAction' });
registerEnumType(AuditOutcome, { name: 'AuditOutcome' });
registerEnumType(AuditActorKind, {
  name: 'AuditActorKind',
  valuesMap: {
    SYSTEM: {
      description:
        "Bulwark itself, by its own rule (a webhook disabled after a run of failed deliveries): no user or key. actorOrganizationId is the organization whose resource it acted on, so that organization's administrators read the record.",
    },
  },
});
registerEnumType(AuditTargetType, { name: 'AuditTargetType' });
