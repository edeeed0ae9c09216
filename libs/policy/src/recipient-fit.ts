import { lowerTier, Tier, tierCovers } from '@bulwark/domain';

/**
 * R7: who may be a recipient of a bulletin at a tier. One decision for the publish path (which refuses, naming
 * each recipient that does not fit) and for the compose page's options (which says why one is not offered).
 */

/** What a tier is addressed to (R3–R5): nobody by name, organizations, or named people. */
export enum RecipientAddressing {
  /** CLEAR and GREEN reach everyone they reach: they name no recipients. */
  NONE = 'NONE',
  /** AMBER and AMBER_STRICT name organizations. */
  ORGANIZATIONS = 'ORGANIZATIONS',
  /** RED names people. */
  PEOPLE = 'PEOPLE',
}

export function addressingOf(tier: Tier): RecipientAddressing {
  if (tier === Tier.CLEAR || tier === Tier.GREEN) return RecipientAddressing.NONE;
  return tier === Tier.RED ? RecipientAddressing.PEOPLE : RecipientAddressing.ORGANIZATIONS;
}

/** Why a recipient does not fit a tier. */
export enum RecipientRefusal {
  /** The organization, or the person or their organization, is deactivated (R8). */
  DEACTIVATED = 'DEACTIVATED',
  /** The organization's vetting is below the tier (R6, R7). */
  VETTING_BELOW_TIER = 'VETTING_BELOW_TIER',
  /** The person's clearance, capped by their organization's vetting, is below the tier (R6, R7). */
  CLEARANCE_BELOW_TIER = 'CLEARANCE_BELOW_TIER',
  /** The tier is not addressed to this kind of recipient: organizations on RED, people on AMBER, anyone on GREEN. */
  NOT_ADDRESSED_BY_TIER = 'NOT_ADDRESSED_BY_TIER',
}

export interface OrganizationStanding {
  readonly active: boolean;
  readonly vettedTier: Tier;
}

export interface PersonStanding {
  readonly active: boolean;
  /** As granted; what applies is the lower of this and the organization's vetting (R6). */
  readonly clearance: Tier;
  readonly organization: OrganizationStanding;
}

export type RecipientFit =
  | { readonly fits: true }
  | {
      readonly fits: false;
      readonly refusal: RecipientRefusal;
      /** The vetting or effective clearance that fell short; null for the other refusals. */
      readonly held: Tier | null;
    };

const FITS: RecipientFit = Object.freeze({ fits: true });

function refused(refusal: RecipientRefusal, held: Tier | null = null): RecipientFit {
  return { fits: false, refusal, held };
}

/** May this organization receive a bulletin at `tier` as a recipient organization (R3, R4, R7)? */
export function organizationRecipientFit(tier: Tier, organization: OrganizationStanding): RecipientFit {
  if (addressingOf(tier) !== RecipientAddressing.ORGANIZATIONS) return refused(RecipientRefusal.NOT_ADDRESSED_BY_TIER);
  if (!organization.active) return refused(RecipientRefusal.DEACTIVATED);
  if (!tierCovers(organization.vettedTier, tier))
    return refused(RecipientRefusal.VETTING_BELOW_TIER, organization.vettedTier);
  return FITS;
}

/** May this person receive a bulletin at `tier` as a named recipient (R5, R6, R7, R8)? */
export function personRecipientFit(tier: Tier, person: PersonStanding): RecipientFit {
  if (addressingOf(tier) !== RecipientAddressing.PEOPLE) return refused(RecipientRefusal.NOT_ADDRESSED_BY_TIER);
  return personStandingFit(tier, person);
}

/**
 * Whether this person's standing lets them read `tier` at all (R6, R8): active, in an active organization, with a
 * clearance capped by its vetting that covers the tier. What a named recipient needs besides being addressed, and
 * what a named approver needs (approver-fit.ts).
 */
export function personStandingFit(tier: Tier, person: PersonStanding): RecipientFit {
  if (!person.active || !person.organization.active) return refused(RecipientRefusal.DEACTIVATED);
  const effective = lowerTier(person.clearance, person.organization.vettedTier);
  if (!tierCovers(effective, tier)) return refused(RecipientRefusal.CLEARANCE_BELOW_TIER, effective);
  return FITS;
}

/** The refusal in a few words, for people: "vetted GREEN", "clearance AMBER", "deactivated". */
export function describeRecipientRefusal(tier: Tier, fit: RecipientFit): string | null {
  if (fit.fits) return null;
  switch (fit.refusal) {
    case RecipientRefusal.DEACTIVATED:
      return 'deactivated';
    case RecipientRefusal.VETTING_BELOW_TIER:
      return `vetted ${fit.held ?? ''}`.trim();
    case RecipientRefusal.CLEARANCE_BELOW_TIER:
      return `clearance ${fit.held ?? ''}`.trim();
    case RecipientRefusal.NOT_ADDRESSED_BY_TIER:
      switch (addressingOf(tier)) {
        case RecipientAddressing.NONE:
          return `${tier} names no recipients`;
        case RecipientAddressing.PEOPLE:
          return `${tier} goes to named people, not organizations`;
        case RecipientAddressing.ORGANIZATIONS:
          return `${tier} goes to organizations, not named people`;
      }
  }
}
