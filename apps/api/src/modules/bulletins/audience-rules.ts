import { type Tier, tierCovers } from '@bulwark/domain';
import type { ViewerContext } from '@bulwark/policy';
import { addressingOf, RecipientAddressing } from '@bulwark/policy';
import { badInput } from '@api/common/app-errors';

export interface Audience {
  readonly tier: Tier;
  readonly recipientOrgIds: readonly string[];
  readonly recipientUserIds: readonly string[];
}

/**
 * Who a tier is addressed to: CLEAR and GREEN to everyone they reach (no recipients), AMBER and AMBER_STRICT to
 * named organizations, RED to named people (R3–R5; libs/policy's addressingOf). Anything else is refused, never silently dropped.
 */
export function checkAudienceShape({ tier, recipientOrgIds, recipientUserIds }: Audience): void {
  const fail = (field: string, problem: string) => badInput(`${problem}.`, [{ field, problems: [problem] }]);
  const addressing = addressingOf(tier);
  if (addressing === RecipientAddressing.NONE) {
    if (recipientOrgIds.length > 0)
      throw fail('recipientOrganizationIds', `${tier} bulletins take no recipient organizations`);
    if (recipientUserIds.length > 0) throw fail('recipientUserIds', `${tier} bulletins take no named recipients`);
  } else if (addressing === RecipientAddressing.PEOPLE) {
    if (recipientUserIds.length === 0)
      throw fail('recipientUserIds', 'RED bulletins need at least one named recipient');
    if (recipientOrgIds.length > 0)
      throw fail('recipientOrganizationIds', 'RED bulletins go to named people, not organizations');
  } else {
    if (recipientOrgIds.length === 0)
      throw fail('recipientOrganizationIds', `${tier} bulletins need at least one recipient organization`);
    if (recipientUserIds.length > 0)
      throw fail('recipientUserIds', `${tier} bulletins go to organizations, not named people`);
  }
}

/** A writer works at or below their own clearance (R6): for a draft's tier, and for the recipients offered for it. */
export function requireWriterClearance(viewer: ViewerContext, tier: Tier): void {
  if (!tierCovers(viewer.clearance, tier)) {
    throw badInput(`You cannot write at ${tier}: your clearance is ${viewer.clearance}.`, [
      { field: 'tier', problems: ['above your clearance'] },
    ]);
  }
}
