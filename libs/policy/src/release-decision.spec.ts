import { describe, expect, it } from 'vitest';
import { Role, Tier } from '@bulwark/domain';
import { decideRelease, ReleaseRefusal } from './release-decision';
import { aRevision, anApiKey, aUser, ORG, USER } from './testing/policy.factories';

const publisher = (userId: string, organizationId: string = ORG.cisa) =>
  aUser(userId, organizationId, { roles: [Role.PUBLISHER] });

describe('decideRelease (R10)', () => {
  it('lets a publisher of an originating organization release what another person wrote', () => {
    expect(decideRelease(publisher(USER.colleague), aRevision({ tier: Tier.AMBER_STRICT }))).toEqual({
      allowed: true,
      publisherUserId: USER.colleague,
    });
  });

  it('refuses anyone but a publisher of an originating organization, API keys included', () => {
    const refused = { allowed: false, refusal: ReleaseRefusal.NOT_ORIGINATOR_PUBLISHER };
    expect(decideRelease(aUser(USER.colleague, ORG.cisa, { roles: [Role.ANALYST] }), aRevision())).toEqual(refused);
    expect(decideRelease(publisher(USER.outsider, ORG.fbi), aRevision())).toEqual(refused);
    expect(decideRelease(anApiKey(ORG.cisa, { roles: [Role.PUBLISHER] }), aRevision())).toEqual(refused);
  });

  it('R10: the author does not release AMBER_STRICT or RED, but may release a lower tier', () => {
    for (const tier of [Tier.AMBER_STRICT, Tier.RED]) {
      expect(decideRelease(publisher(USER.author), aRevision({ tier, approverUserId: null }))).toEqual({
        allowed: false,
        refusal: ReleaseRefusal.WROTE_IT,
      });
    }
    expect(decideRelease(publisher(USER.author), aRevision({ tier: Tier.AMBER })).allowed).toBe(true);
  });

  it('R10: a RED revision with a named approver is released by that approver only', () => {
    const red = aRevision({ tier: Tier.RED, approverUserId: USER.approver });
    expect(decideRelease(publisher(USER.colleague), red)).toEqual({
      allowed: false,
      refusal: ReleaseRefusal.NOT_NAMED_APPROVER,
    });
    expect(decideRelease(publisher(USER.approver), red).allowed).toBe(true);
  });
});
