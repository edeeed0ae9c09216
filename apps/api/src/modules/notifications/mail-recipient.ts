import { type MailDetail, Role, type Tier } from '@bulwark/domain';
import type { ViewerContext } from '@bulwark/policy';
import { viewerFromRow } from '@api/auth/viewer-factory';

/** Who one mail goes to, read fresh from the database each time it is needed (R8, R17). */
interface RecipientFacts {
  /** The user's or the mailbox's id. */
  readonly subject_id: string;
  readonly address: string;
  /** A user's own clearance; a mailbox has none but its organization's vetting. */
  readonly clearance: Tier;
  readonly subject_active: boolean;
  readonly organization_id: string;
  readonly organization_active: boolean;
  readonly vetted_tier: Tier;
  readonly ancestor_ids: string[];
  /** How much of a bulletin the organization lets mail carry. */
  readonly mail_detail: MailDetail;
}

export interface UserRecipientRow extends RecipientFacts {
  readonly kind: 'USER';
  readonly roles: Role[];
}

export interface MailboxRecipientRow extends RecipientFacts {
  readonly kind: 'MAILBOX';
}

export type RecipientRow = UserRecipientRow | MailboxRecipientRow;

/** A deactivated user, mailbox or organization is mailed nothing at all, not even CLEAR. */
export function isReachable(row: RecipientRow): boolean {
  return row.subject_active && row.organization_active;
}

/**
 * The viewer a recipient reads as. A user: exactly as they would sign in (auth's viewerFromRow). A mailbox: a
 * role-less VIEWER of its organization at the organization's vetted tier, and no person: it is never a named RED
 * recipient, author or approver, and reads no draft (so it is built as a non-user, like a webhook's key).
 */
export function recipientViewer(row: RecipientRow): ViewerContext {
  if (row.kind === 'USER') return viewerFromRow({ ...row, credential_valid: true }, 'USER', null);
  return {
    kind: 'API_KEY',
    userId: null,
    apiKeyId: null,
    organizationId: row.organization_id,
    organizationAncestorIds: row.ancestor_ids,
    roles: [Role.VIEWER],
    clearance: row.vetted_tier,
    active: isReachable(row),
  };
}
