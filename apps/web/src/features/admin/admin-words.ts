import { TLP } from '@web/components/tlp/tlp';
import { TIER_ORDER } from '@web/features/feed/bulletin-labels';
import type { Tier } from '@web/graphql/generated/graphql';

const rank = (tier: Tier) => TIER_ORDER.indexOf(tier);

/** Whether `ceiling` allows `tier` (R6: a clearance at most the organization's vetting). */
export function tierWithin(tier: Tier, ceiling: Tier): boolean {
  return rank(tier) <= rank(ceiling);
}

/** The lower of two tiers. */
export function lowerTier(a: Tier, b: Tier): Tier {
  return rank(a) <= rank(b) ? a : b;
}

export const tierLabel = (tier: Tier): string => TLP[tier].label;

/** What an organization's vetting means for the clearances granted in it, in words, for beside the field. */
export function vettingCap(organization: string, vettedTier: Tier): string {
  return `${organization} is vetted ${tierLabel(vettedTier)}, so no one in it can be cleared above that.`;
}

/** Seconds of overlap offered when a key or signing secret is rotated (the API allows up to 7 days). */
export const OVERLAP_CHOICES: readonly { value: string; label: string }[] = [
  { value: '0', label: 'Stop the old one now' },
  { value: '3600', label: 'Keep the old one working for 1 hour' },
  { value: '86400', label: 'Keep the old one working for 24 hours' },
  { value: '604800', label: 'Keep the old one working for 7 days' },
];

/** "1 hour", "24 hours", "7 days": how long the old secret still works. */
export function overlapInWords(seconds: number): string {
  if (seconds === 0) return 'now';
  if (seconds < 86_400) return `in ${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  return `in ${seconds / 86_400} day${seconds === 86_400 ? '' : 's'}`;
}
