import { type Role, Tier, tierCovers } from '@bulwark/domain';

/**
 * Who is asking, as the policy sees them. Built fresh for every request and every push (R8, R17):
 * a viewer is never cached past the moment it is evaluated.
 */
export interface ViewerContext {
  readonly kind: 'USER' | 'API_KEY' | 'ANONYMOUS';
  readonly userId: string | null;
  readonly apiKeyId: string | null;
  readonly organizationId: string | null;
  /** The viewer's organization's ancestors, nearest first (a county's state, then its state's parent …). */
  readonly organizationAncestorIds: readonly string[];
  readonly roles: readonly Role[];
  /** Effective clearance: already capped at the organization's vetted tier. */
  readonly clearance: Tier;
  /** False for a deactivated user, a revoked or expired key, or a deactivated organization (R8). */
  readonly active: boolean;
}

export const ANONYMOUS_VIEWER: ViewerContext = Object.freeze({
  kind: 'ANONYMOUS',
  userId: null,
  apiKeyId: null,
  organizationId: null,
  organizationAncestorIds: [],
  roles: [],
  clearance: Tier.CLEAR,
  active: false,
});

/**
 * The highest tier this viewer may read at all (R6, R8): an inactive or anonymous viewer reads CLEAR only.
 */
export function effectiveClearance(viewer: ViewerContext): Tier {
  if (!viewer.active || viewer.kind === 'ANONYMOUS') return Tier.CLEAR;
  return viewer.clearance;
}

export function mayReadTier(viewer: ViewerContext, tier: Tier): boolean {
  return tierCovers(effectiveClearance(viewer), tier);
}
