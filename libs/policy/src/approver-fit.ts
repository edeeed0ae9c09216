import { BulletinStatus, type Role, type Tier } from '@bulwark/domain';
import { type PersonStanding, personStandingFit, RecipientRefusal } from './recipient-fit';
import { decideRelease, ReleaseRefusal } from './release-decision';

/**
 * R10, R11: who may be named approver of an AMBER_STRICT or RED revision (a draft submitted for review, or a
 * pending amendment). One decision for submitBulletin and amendBulletin, which refuse an unfit approver, and for
 * the compose page's approver options, which say why one is not offered. The approver must be able to release it
 * (decideRelease: a publisher of an originating organization who is not its author) and to read it (R6, R8:
 * personStandingFit, the standing a named recipient needs).
 */

/** Why a person may not be named approver. */
export enum ApproverRefusal {
  /** The person or their organization is deactivated (R8). */
  DEACTIVATED = 'DEACTIVATED',
  /** Their clearance, capped by their organization's vetting, is below the tier (R6). */
  CLEARANCE_BELOW_TIER = 'CLEARANCE_BELOW_TIER',
  /** Not a PUBLISHER of an originating organization. */
  NOT_ORIGINATOR_PUBLISHER = 'NOT_ORIGINATOR_PUBLISHER',
  /** The author of the revision: the two-person rule needs someone else (R10). */
  WROTE_IT = 'WROTE_IT',
}

/** The revision an approver would release. */
export interface ApprovedRevision {
  readonly tier: Tier;
  readonly originatorOrgIds: readonly string[];
  readonly authorUserId: string;
}

/** A person who might be named approver, as stored: their granted clearance and their organization's standing. */
export interface ApproverCandidate extends PersonStanding {
  readonly userId: string;
  readonly organizationId: string;
  readonly roles: readonly Role[];
}

export type ApproverFit =
  | { readonly fits: true }
  | {
      readonly fits: false;
      readonly refusal: ApproverRefusal;
      /** The effective clearance that fell short; null for the other refusals. */
      readonly held: Tier | null;
    };

export function approverFit(revision: ApprovedRevision, candidate: ApproverCandidate): ApproverFit {
  const release = decideRelease(
    {
      kind: 'USER',
      userId: candidate.userId,
      apiKeyId: null,
      organizationId: candidate.organizationId,
      organizationAncestorIds: [],
      roles: candidate.roles,
      clearance: candidate.clearance,
      // Standing is personStandingFit's below, which names the reason; decideRelease judges role and authorship.
      active: true,
    },
    {
      ...revision,
      status: BulletinStatus.IN_REVIEW,
      recipientOrgIds: [],
      recipientUserIds: [],
      // As if named: the question is whether this candidate could release it once named.
      approverUserId: candidate.userId,
    },
  );
  if (!release.allowed) {
    const refusal =
      release.refusal === ReleaseRefusal.WROTE_IT ? ApproverRefusal.WROTE_IT : ApproverRefusal.NOT_ORIGINATOR_PUBLISHER;
    return { fits: false, refusal, held: null };
  }
  const standing = personStandingFit(revision.tier, candidate);
  if (standing.fits) return { fits: true };
  return standing.refusal === RecipientRefusal.DEACTIVATED
    ? { fits: false, refusal: ApproverRefusal.DEACTIVATED, held: null }
    : { fits: false, refusal: ApproverRefusal.CLEARANCE_BELOW_TIER, held: standing.held };
}

/** The refusal in a few words, as recipientOptions words its own: "clearance AMBER", "deactivated", … */
export function describeApproverRefusal(fit: ApproverFit): string | null {
  if (fit.fits) return null;
  switch (fit.refusal) {
    case ApproverRefusal.DEACTIVATED:
      return 'deactivated';
    case ApproverRefusal.CLEARANCE_BELOW_TIER:
      return `clearance ${fit.held ?? ''}`.trim();
    case ApproverRefusal.NOT_ORIGINATOR_PUBLISHER:
      return 'not a publisher of an originating organization';
    case ApproverRefusal.WROTE_IT:
      return 'the author: a second publisher is needed';
  }
}
