import type { MailKind, Tier } from '@bulwark/domain';

/** An outbox row a worker has claimed (MailOutboxRepository.claimDue). */
export interface QueuedMail {
  readonly id: string;
  readonly kind: MailKind;
  readonly subscriptionId: string | null;
  readonly userId: string | null;
  readonly mailboxId: string | null;
  readonly organizationId: string;
  /** An IMMEDIATE or RETRACTION mail's bulletin. */
  readonly bulletinId: string | null;
  readonly eventSequence: string | null;
  /** `<uuid@domain>`, fixed when queued. */
  readonly messageId: string;
  /** Attempts before this one. */
  readonly attempts: number;
}

/** A mail as it goes out, decided for its recipient as they are at sending time (R17). */
export interface ComposedMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The highest tier among what it carries: the marking in the subject and at the top of the body. */
  readonly tier: Tier;
  /** The bulletins it carries; the outbox keeps only these as its items (who to tell of a retraction). */
  readonly bulletinIds: readonly string[];
  /** One-click unsubscribe from the subscription that made it (List-Unsubscribe); null for a retraction. */
  readonly unsubscribeUrl: string | null;
}

/** What the composer decided: send this, or skip with a reason the delivery record shows. */
export type Composition =
  { readonly kind: 'send'; readonly mail: ComposedMail } | { readonly kind: 'skip'; readonly reason: string };
