import type { BulletinStatus, OrganizationKind } from '@web/graphql/generated/graphql';
import { STATE_NAMES } from '@web/features/feed/bulletin-labels';

interface Sender {
  readonly name: string;
  readonly shortName: string;
  readonly kind: OrganizationKind;
}

/** "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * Agencies and ISACs by the acronym every official knows (CISA, FBI, EI-ISAC); state and local offices by their
 * name, because their codes (GA-SOS) mean nothing to a reader.
 */
function senderName(sender: Sender): string {
  return sender.kind === 'FEDERAL' || sender.kind === 'ISAC' ? sender.shortName : sender.name;
}

/** "From CISA", or for a joint bulletin every originator: "Joint bulletin from CISA and FBI". */
export function senderLine(senders: readonly Sender[]): string {
  if (senders.length === 0) return '';
  const names = listInWords(senders.map(senderName));
  return senders.length > 1 ? `Joint bulletin from ${names}` : `From ${names}`;
}

/** Jurisdiction codes in words; none means the whole country. */
export function jurisdictionsInWords(codes: readonly string[]): string {
  return codes.length === 0 ? 'National' : codes.map((code) => STATE_NAMES[code] ?? code).join(', ');
}

/** Where the bulletin stands, in words; a published bulletin past its expiry says so. */
export function statusInWords(status: BulletinStatus, expiresAt: string | null | undefined, now: Date): string {
  switch (status) {
    case 'DRAFT':
      return 'Draft, not published';
    case 'IN_REVIEW':
      return 'In review, not published';
    case 'RETRACTED':
      return 'Retracted';
    case 'PUBLISHED':
      return expiresAt && new Date(expiresAt).getTime() <= now.getTime() ? 'Expired' : 'In effect';
  }
}

export interface AcknowledgementWords {
  /** What needs doing, when something changed since the reader last acted; null otherwise. */
  readonly headline: string | null;
  readonly detail: string;
}

/**
 * The reader's receipt in words. `acknowledgedRevision` is the newest revision the page knows the reader
 * acknowledged (null when it does not know): only then can it say an amendment came after their acknowledgement.
 */
export function acknowledgementInWords(
  bulletin: { readonly acknowledgedByMe: boolean; readonly revision: number },
  acknowledgedRevision: number | null,
): AcknowledgementWords {
  const { revision } = bulletin;
  if (bulletin.acknowledgedByMe) return { headline: null, detail: `You acknowledged revision ${revision}.` };
  if (acknowledgedRevision !== null && acknowledgedRevision < revision)
    return {
      headline: 'Amended since you acknowledged — acknowledge the new revision',
      detail: `You acknowledged revision ${acknowledgedRevision}; this is revision ${revision}.`,
    };
  if (revision > 1)
    return {
      headline: null,
      detail: `This is revision ${revision}: it needs its own acknowledgement, even if you acknowledged an earlier one.`,
    };
  return { headline: null, detail: 'Tells the sender you have received this bulletin.' };
}
