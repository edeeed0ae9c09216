import { registerEnumType } from '@nestjs/graphql';

/** What an audit record says happened. Stored as text, so adding an action needs no migration. */
export enum AuditAction {
  SIGN_IN = 'SIGN_IN',
  SIGN_IN_FAILED = 'SIGN_IN_FAILED',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  SIGN_OUT = 'SIGN_OUT',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
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
