import { OrganizationKind, type Tier, tierCovers } from '@bulwark/domain';

/** What choosing a recipient looks at of an organization. */
export interface RecipientStanding {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly active: boolean;
  readonly vettedTier: Tier;
  readonly acceptsIncidentReports: boolean;
}

/** The reporter's organization and its ancestors, nearest first. */
export interface ReportingOffice {
  readonly organizationId: string;
  readonly ancestorIds: readonly string[];
}

/** Kinds any office may report to; states and counties only receive from their own descendants. */
const NATIONAL_RECIPIENTS: readonly OrganizationKind[] = [OrganizationKind.FEDERAL, OrganizationKind.ISAC];

/**
 * Why `organization` cannot receive a report of `office` at `tier`, as a clause after its name, or null when it
 * can: active, accepting reports, vetted at least the tier (as R7 for bulletins), and a federal agency, an ISAC, or
 * the reporter's own state (an ancestor: a county reports to its own state, not another).
 */
export function recipientRefusal(organization: RecipientStanding, office: ReportingOffice, tier: Tier): string | null {
  if (organization.id === office.organizationId) return 'is your own organization';
  if (!organization.active) return 'is not active';
  if (!organization.acceptsIncidentReports) return 'does not accept incident reports';
  const eligible = NATIONAL_RECIPIENTS.includes(organization.kind) || office.ancestorIds.includes(organization.id);
  if (!eligible) return 'is not one your organization may report to (a federal agency, an ISAC or your own state)';
  if (!tierCovers(organization.vettedTier, tier)) return `is vetted ${organization.vettedTier}, below ${tier}`;
  return null;
}
