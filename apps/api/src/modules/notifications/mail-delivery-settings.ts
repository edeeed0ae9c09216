import { MailDigest, type Severity } from '@bulwark/domain';
import { nextDigestAt } from './digest-schedule';

/** A subscription's delivery settings as stored. */
export interface StoredDelivery {
  readonly immediateMinSeverity: Severity | null;
  readonly digest: MailDigest;
  readonly digestHour: number;
  readonly timeZone: string;
  readonly nextDigestAt: Date | null;
}

/** What a caller asks for (MailDeliveryInput, validated). */
export interface RequestedDelivery {
  readonly immediateMinSeverity?: Severity | null;
  readonly digest: MailDigest;
  readonly digestHour: number;
  readonly timeZone: string;
}

export interface DeliveryChange {
  readonly delivery: StoredDelivery;
  /** It mails nothing before and something now: its cursor moves to the event log's head (no backlog mail). */
  readonly activated: boolean;
  /** It no longer has a digest: the bulletins gathered for one would never be sent. */
  readonly digestDropped: boolean;
}

/** No row and a row that mails nothing are the same to a recipient. */
export const NO_DELIVERY: StoredDelivery = {
  immediateMinSeverity: null,
  digest: MailDigest.NONE,
  digestHour: 7,
  timeZone: 'UTC',
  nextDigestAt: null,
};

export function mailsAnything(delivery: Pick<StoredDelivery, 'immediateMinSeverity' | 'digest'>): boolean {
  return delivery.immediateMinSeverity !== null || delivery.digest !== MailDigest.NONE;
}

/** The zone as Intl names it ("america/new_york" → "America/New_York"); the input was validated with Intl. */
export function canonicalTimeZone(timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
}

/**
 * The settings to store when `requested` replaces `before` at `now`. The next digest keeps its time unless the
 * schedule changed or the subscription starts mailing now; then it is the next occurrence after `now`.
 */
export function changeDelivery(before: StoredDelivery | null, requested: RequestedDelivery, now: Date): DeliveryChange {
  const previous = before ?? NO_DELIVERY;
  const immediateMinSeverity = requested.immediateMinSeverity ?? null;
  const timeZone = canonicalTimeZone(requested.timeZone);
  const { digest, digestHour } = requested;
  const activated = !mailsAnything(previous) && mailsAnything({ immediateMinSeverity, digest });
  const scheduleKept =
    !activated &&
    previous.digest === digest &&
    previous.nextDigestAt !== null &&
    (digest !== MailDigest.DAILY || (previous.digestHour === digestHour && previous.timeZone === timeZone));
  return {
    delivery: {
      immediateMinSeverity,
      digest,
      digestHour,
      timeZone,
      nextDigestAt: scheduleKept ? previous.nextDigestAt : nextDigestAt(digest, digestHour, timeZone, now),
    },
    activated,
    digestDropped: digest === MailDigest.NONE && previous.digest !== MailDigest.NONE,
  };
}

/** The settings as the audit trail records them. */
export function deliveryDetails(delivery: StoredDelivery): Record<string, unknown> {
  return {
    immediateMinSeverity: delivery.immediateMinSeverity,
    digest: delivery.digest,
    digestHour: delivery.digestHour,
    timeZone: delivery.timeZone,
  };
}
