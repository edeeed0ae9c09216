import { Injectable } from '@nestjs/common';
import { Tier } from '@bulwark/domain';
import {
  describeRecipientRefusal,
  organizationRecipientFit,
  personRecipientFit,
  type RecipientFit,
  RecipientRefusal,
} from '@bulwark/policy';
import type { EntityManager } from 'typeorm';
import { badInput } from '@api/common/app-errors';
import type { Organization } from '@api/modules/organizations/models/organization.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import type { User } from '@api/modules/users/models/user.model';
import { UsersService } from '@api/modules/users/users.service';
import type { Audience } from './audience-rules';

export interface OrganizationVerdict {
  readonly organization: Organization;
  readonly fit: RecipientFit;
}

export interface PersonVerdict {
  readonly person: User;
  readonly organization: Organization;
  readonly fit: RecipientFit;
}

export interface RecipientVerdicts {
  readonly organizations: OrganizationVerdict[];
  readonly people: PersonVerdict[];
}

/** How the publish error words a refusal: "is not active", "is vetted GREEN, below AMBER", … */
function refusalClause(tier: Tier, fit: RecipientFit, standing: 'vetted' | 'cleared'): string {
  if (fit.fits) return 'fits';
  switch (fit.refusal) {
    case RecipientRefusal.DEACTIVATED:
      return 'is not active';
    case RecipientRefusal.VETTING_BELOW_TIER:
    case RecipientRefusal.CLEARANCE_BELOW_TIER:
      return `is ${standing} ${fit.held ?? ''}, below ${tier}`;
    case RecipientRefusal.NOT_ADDRESSED_BY_TIER:
      return `does not fit: ${describeRecipientRefusal(tier, fit) ?? ''}`;
  }
}

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
   * naming it. Nobody is dropped silently. The decision is libs/policy's, the same one recipientOptions shows.
   */
  async requireCleared(audience: Audience, manager: EntityManager): Promise<void> {
    const problems: string[] = [];
    const verdicts = await this.verdicts(audience.tier, audience.recipientOrgIds, audience.recipientUserIds, manager);
    for (const { organization, fit } of verdicts.organizations) {
      if (fit.fits) continue;
      problems.push(`${organization.name} ${refusalClause(audience.tier, fit, 'vetted')}`);
    }
    for (const { person, fit } of verdicts.people) {
      if (fit.fits) continue;
      const who = `${person.displayName} <${person.email}>`;
      problems.push(`${who} ${refusalClause(audience.tier, fit, 'cleared')}`);
    }
    if (problems.length > 0) {
      throw badInput(`Cannot publish to every recipient: ${problems.join('; ')}.`, [
        { field: audience.tier === Tier.RED ? 'recipientUserIds' : 'recipientOrganizationIds', problems },
      ]);
    }
  }

  /**
   * R7's verdict on each recipient that exists, in the order given: organizations as recipient organizations,
   * people as named recipients (libs/policy decides). Unknown ids are left out.
   */
  async verdicts(
    tier: Tier,
    organizationIds: readonly string[],
    userIds: readonly string[],
    manager?: EntityManager,
  ): Promise<RecipientVerdicts> {
    const organizations = (await this.organizations.byIds(organizationIds, manager)).filter(
      (organization): organization is Organization => organization !== null,
    );
    const users = (await this.users.byIds(userIds, manager)).filter((user): user is User => user !== null);
    return {
      organizations: organizations.map((organization) => this.organizationVerdict(tier, organization)),
      people: await this.personVerdicts(tier, users, manager),
    };
  }

  organizationVerdict(tier: Tier, organization: Organization): OrganizationVerdict {
    return { organization, fit: organizationRecipientFit(tier, organization) };
  }

  /** Reads each person's organization (their clearance is capped by its vetting, R6), in one query. */
  async personVerdicts(tier: Tier, people: readonly User[], manager?: EntityManager): Promise<PersonVerdict[]> {
    const organizations = await this.organizations.byIds(
      people.map((person) => person.organizationId),
      manager,
    );
    const verdicts: PersonVerdict[] = [];
    people.forEach((person, i) => {
      const organization = organizations[i];
      if (organization)
        verdicts.push({ person, organization, fit: personRecipientFit(tier, { ...person, organization }) });
    });
    return verdicts;
  }
}
