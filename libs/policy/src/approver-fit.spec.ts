import { describe, expect, it } from 'vitest';
import { Role, Tier } from '@bulwark/domain';
import { ApproverRefusal, approverFit, describeApproverRefusal } from './approver-fit';
import { needsSecondPublisher } from './release-decision';
import { ORG, USER } from './testing/policy.factories';

const red = { tier: Tier.RED, originatorOrgIds: [ORG.cisa, ORG.fbi], authorUserId: USER.author };

function candidate(overrides: Partial<Parameters<typeof approverFit>[1]> = {}): Parameters<typeof approverFit>[1] {
  return {
    userId: USER.approver,
    organizationId: ORG.cisa,
    roles: [Role.PUBLISHER],
    active: true,
    clearance: Tier.RED,
    organization: { active: true, vettedTier: Tier.RED },
    ...overrides,
  };
}

describe('approverFit (R10, R11)', () => {
  it('fits a cleared, active publisher of any originating organization who is not the author', () => {
    expect(approverFit(red, candidate())).toEqual({ fits: true });
    expect(approverFit(red, candidate({ organizationId: ORG.fbi })).fits).toBe(true);
  });

  it('R10: refuses the author, and anyone not a publisher of an originating organization', () => {
    expect(approverFit(red, candidate({ userId: USER.author }))).toEqual({
      fits: false,
      refusal: ApproverRefusal.WROTE_IT,
      held: null,
    });
    for (const other of [candidate({ roles: [Role.ANALYST] }), candidate({ organizationId: ORG.georgia })]) {
      expect(approverFit(red, other)).toMatchObject({ fits: false, refusal: ApproverRefusal.NOT_ORIGINATOR_PUBLISHER });
    }
  });

  it('R6: refuses an effective clearance below the tier, naming it (capped by the vetting)', () => {
    const amber = approverFit(red, candidate({ clearance: Tier.AMBER }));
    expect(amber).toEqual({ fits: false, refusal: ApproverRefusal.CLEARANCE_BELOW_TIER, held: Tier.AMBER });
    expect(describeApproverRefusal(amber)).toBe('clearance AMBER');
    const capped = approverFit(red, candidate({ organization: { active: true, vettedTier: Tier.AMBER_STRICT } }));
    expect(capped).toMatchObject({ held: Tier.AMBER_STRICT });
    const strict = { ...red, tier: Tier.AMBER_STRICT };
    expect(approverFit(strict, candidate({ clearance: Tier.AMBER_STRICT })).fits).toBe(true);
  });

  it('R8: refuses a deactivated person or one of a deactivated organization', () => {
    for (const off of [
      candidate({ active: false }),
      candidate({ organization: { active: false, vettedTier: Tier.RED } }),
    ]) {
      expect(approverFit(red, off)).toEqual({ fits: false, refusal: ApproverRefusal.DEACTIVATED, held: null });
    }
  });

  it('names an approver on AMBER_STRICT and RED only: the tiers that wait for a second publisher', () => {
    expect([Tier.CLEAR, Tier.GREEN, Tier.AMBER, Tier.AMBER_STRICT, Tier.RED].map(needsSecondPublisher)).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});
