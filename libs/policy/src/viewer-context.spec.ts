import { describe, expect, it } from 'vitest';
import { Role, Tier } from '@bulwark/domain';
import { ANONYMOUS_VIEWER, effectiveClearance, mayReadTier, type ViewerContext } from './viewer-context';

const activeAmberUser: ViewerContext = {
  kind: 'USER',
  userId: 'u1',
  apiKeyId: null,
  organizationId: 'o1',
  organizationAncestorIds: [],
  roles: [Role.VIEWER],
  clearance: Tier.AMBER,
  active: true,
};

describe('viewer clearance (R6, R8)', () => {
  it('R1: an anonymous viewer reads CLEAR only', () => {
    expect(effectiveClearance(ANONYMOUS_VIEWER)).toBe(Tier.CLEAR);
    expect(mayReadTier(ANONYMOUS_VIEWER, Tier.CLEAR)).toBe(true);
    expect(mayReadTier(ANONYMOUS_VIEWER, Tier.GREEN)).toBe(false);
  });

  it('R6: an active user reads up to their clearance and no higher', () => {
    expect(mayReadTier(activeAmberUser, Tier.AMBER)).toBe(true);
    expect(mayReadTier(activeAmberUser, Tier.AMBER_STRICT)).toBe(false);
  });

  it('R8: a deactivated user reads nothing beyond CLEAR', () => {
    const deactivated = { ...activeAmberUser, active: false };
    expect(effectiveClearance(deactivated)).toBe(Tier.CLEAR);
    expect(mayReadTier(deactivated, Tier.GREEN)).toBe(false);
  });
});
