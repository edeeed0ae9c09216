import { Role, Tier } from '@bulwark/domain';
import type { RevisionMarking } from './revision-marking';
import type { ViewerContext } from './viewer-context';

/** The two-person rule applies to these tiers (R10). */
export const TWO_PERSON_TIERS: readonly Tier[] = [Tier.AMBER_STRICT, Tier.RED];

export function needsSecondPublisher(tier: Tier): boolean {
  return TWO_PERSON_TIERS.includes(tier);
}

/** Why this viewer may not release (publish) this revision. */
export enum ReleaseRefusal {
  /** Not a person holding PUBLISHER in an originating organization. */
  NOT_ORIGINATOR_PUBLISHER = 'NOT_ORIGINATOR_PUBLISHER',
  /** AMBER_STRICT and RED are published by a publisher other than their author (R10). */
  WROTE_IT = 'WROTE_IT',
  /** A RED revision with a named approver is released by that approver alone (R10, R11). */
  NOT_NAMED_APPROVER = 'NOT_NAMED_APPROVER',
}

export type ReleaseDecision =
  | { readonly allowed: true; readonly publisherUserId: string }
  | { readonly allowed: false; readonly refusal: ReleaseRefusal };

/**
 * May this viewer make this revision current (publish a draft, release a pending amendment)? The viewer's own
 * part only: whether the viewer may see the revision at all is decideRead's (R11), and whether every recipient
 * fits the tier is R7's (recipient-fit.ts). publishBulletin and the review queue both ask this.
 */
export function decideRelease(viewer: ViewerContext, revision: RevisionMarking): ReleaseDecision {
  const isPublisher = viewer.kind === 'USER' && viewer.active && viewer.roles.includes(Role.PUBLISHER);
  const ofOriginator = viewer.organizationId !== null && revision.originatorOrgIds.includes(viewer.organizationId);
  if (!isPublisher || !ofOriginator || !viewer.userId) {
    return { allowed: false, refusal: ReleaseRefusal.NOT_ORIGINATOR_PUBLISHER };
  }
  if (needsSecondPublisher(revision.tier) && viewer.userId === revision.authorUserId) {
    return { allowed: false, refusal: ReleaseRefusal.WROTE_IT };
  }
  if (revision.tier === Tier.RED && revision.approverUserId && revision.approverUserId !== viewer.userId) {
    return { allowed: false, refusal: ReleaseRefusal.NOT_NAMED_APPROVER };
  }
  return { allowed: true, publisherUserId: viewer.userId };
}
