import type { AuditAction, AuditOutcome } from '@web/graphql/generated/graphql';

/**
 * The trail's actions in words. Partial on purpose: an action added to the API later is shown by its name until it
 * is given words here.
 */
export const AUDIT_ACTION_LABELS: Readonly<Partial<Record<AuditAction, string>>> = {
  SIGN_IN: 'Signed in',
  SIGN_IN_FAILED: 'Sign-in failed',
  ACCOUNT_LOCKED: 'Account locked',
  SIGN_OUT: 'Signed out',
  REFRESH_TOKEN_REUSED: 'Session token reused (session ended)',
  PASSWORD_CHANGED: 'Password changed',
  PASSWORD_CHANGE_FAILED: 'Password change failed',
  USER_CREATED: 'User created',
  USER_UPDATED: 'User changed',
  USER_DEACTIVATED: 'User deactivated',
  USER_REACTIVATED: 'User reactivated',
  ORGANIZATION_CREATED: 'Organization created',
  ORGANIZATION_UPDATED: 'Organization changed',
  ORGANIZATION_VETTED: 'Organization vetting changed',
  ORGANIZATION_DEACTIVATED: 'Organization deactivated',
  ORGANIZATION_REACTIVATED: 'Organization reactivated',
  API_KEY_CREATED: 'API key created',
  API_KEY_REVOKED: 'API key revoked',
  API_KEY_ROTATED: 'API key rotated',
  BULLETIN_CREATED: 'Bulletin drafted',
  BULLETIN_UPDATED: 'Draft changed',
  BULLETIN_SUBMITTED: 'Sent for review',
  BULLETIN_RETURNED: 'Returned to its author',
  BULLETIN_PUBLISHED: 'Bulletin published',
  BULLETIN_AMENDED: 'Bulletin amended',
  BULLETIN_RETRACTED: 'Bulletin retracted',
  BULLETIN_ACKNOWLEDGED: 'Bulletin acknowledged',
  BULLETIN_READ: 'Restricted bulletin read',
  ACCESS_DENIED: 'Access refused',
  FEED_CREATED: 'Feed created',
  FEED_UPDATED: 'Feed changed',
  FEED_DELETED: 'Feed deleted',
  WEBHOOK_CREATED: 'Webhook registered',
  WEBHOOK_UPDATED: 'Webhook changed',
  WEBHOOK_DISABLED: 'Webhook disabled',
  WEBHOOK_ENABLED: 'Webhook enabled',
  WEBHOOK_SECRET_ROTATED: 'Webhook secret rotated',
  WEBHOOK_DELETED: 'Webhook deleted',
};

export const OUTCOME_LABELS: Readonly<Record<AuditOutcome, string>> = {
  ALLOWED: 'Allowed',
  DENIED: 'Refused',
  FAILED: 'Failed',
};

export function actionInWords(action: string): string {
  return AUDIT_ACTION_LABELS[action as AuditAction] ?? action;
}

/** A datetime-local field's value ("2026-12-05T09:30") as the instant it names in the reader's zone, or null. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function valueInWords(value: unknown): string {
  if (Array.isArray(value)) return value.map(valueInWords).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A record's details (a JSON object) as "email: …; roles: PUBLISHER, VIEWER", or the text as it came. */
export function detailsInWords(details: string): string {
  try {
    const parsed: unknown = JSON.parse(details);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return details;
    const entries = Object.entries(parsed);
    return entries.length === 0 ? '—' : entries.map(([key, value]) => `${key}: ${valueInWords(value)}`).join('; ');
  } catch {
    return details;
  }
}
