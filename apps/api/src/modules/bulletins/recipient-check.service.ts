import { Injectable } from '@nestjs/common';
import { lowerTier, Tier, tierCovers } from '@bulwark/domain';
import type { EntityManager } from 'typeorm';
import { badInput } from '@api/common/app-errors';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { UsersService } from '@api/modules/users/users.service';
import type { Audience } from './audience-rules';

/** Recipients, organizations and people, looked up for a bulletin being written or published. */
@Injectable()
export class RecipientCheckService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  /** Every id names an existing organization or user (on create, update and amend). */
  async requireKnown(audience: Audience, originatorOrgIds: readonly string[], manager?: EntityManager): Promise<void> {
    const orgIds = [...new Set([...audience.recipientOrgIds, ...originatorOrgIds])];
    const organizations = await this.organizations.byIds(orgIds, manager);
    const unknownOrg = orgIds.find((_, i) => organizations[i] === null);
    if (unknownOrg) {
      const field = originatorOrgIds.includes(unknownOrg) ? 'originatorOrganizationIds' : 'recipientOrganizationIds';
      throw badInput(`Unknown organization ${unknownOrg}.`, [{ field, problems: ['unknown organization'] }]);
    }
    const users = await this.users.byIds(audience.recipientUserIds, manager);
    const unknownUser = audience.recipientUserIds.find((_, i) => users[i] === null);
    if (unknownUser)
      throw badInput(`Unknown recipient ${unknownUser}.`, [{ field: 'recipientUserIds', problems: ['unknown user'] }]);
  }

  /**
   * R7: publishing refuses a recipient whose vetting or clearance is below the tier, or who is not active,
   * naming it. Nobody is dropped silently.
   */
  async requireCleared(audience: Audience, manager: EntityManager): Promise<void> {
    const problems: string[] = [];
    const organizations = await this.organizations.byIds(audience.recipientOrgIds, manager);
    for (const organization of organizations) {
      if (!organization) continue;
      if (!organization.active) problems.push(`${organization.name} is not active`);
      else if (!tierCovers(organization.vettedTier, audience.tier)) {
        problems.push(`${organization.name} is vetted ${organization.vettedTier}, below ${audience.tier}`);
      }
    }
    const users = await this.users.byIds(audience.recipientUserIds, manager);
    const userOrgs = await this.organizations.byIds(
      users.map((user) => user?.organizationId ?? ''),
      manager,
    );
    users.forEach((user, i) => {
      const organization = userOrgs[i];
      if (!user || !organization) return;
      const effective = lowerTier(user.clearance, organization.vettedTier);
      if (!user.active || !organization.active) problems.push(`${user.displayName} <${user.email}> is not active`);
      else if (!tierCovers(effective, audience.tier)) {
        problems.push(`${user.displayName} <${user.email}> is cleared ${effective}, below ${audience.tier}`);
      }
    });
    if (problems.length > 0) {
      throw badInput(`Cannot publish to every recipient: ${problems.join('; ')}.`, [
        { field: audience.tier === Tier.RED ? 'recipientUserIds' : 'recipientOrganizationIds', problems },
      ]);
    }
  }
}
