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
