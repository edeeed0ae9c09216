/** TLP 2.0 sharing tiers, ordered from least to most restricted (DOMAIN.md, "Tiers"). */
export enum Tier {
  CLEAR = 'CLEAR',
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  AMBER_STRICT = 'AMBER_STRICT',
  RED = 'RED',
}

export const TIERS_IN_ORDER: readonly Tier[] = [Tier.CLEAR, Tier.GREEN, Tier.AMBER, Tier.AMBER_STRICT, Tier.RED];

export function tierRank(tier: Tier): number {
  return TIERS_IN_ORDER.indexOf(tier);
}

/** True when `held` is at least as high as `required` (R6). */
export function tierCovers(held: Tier, required: Tier): boolean {
  return tierRank(held) >= tierRank(required);
}

/** Every tier at or below `ceiling`, lowest first. */
export function tiersUpTo(ceiling: Tier): Tier[] {
  return TIERS_IN_ORDER.slice(0, tierRank(ceiling) + 1);
}

/** The lower of two tiers: a clearance capped by a vetting (R6). */
export function lowerTier(a: Tier, b: Tier): Tier {
  return tierRank(a) <= tierRank(b) ? a : b;
}
