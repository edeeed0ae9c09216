import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganizationKind, Tier } from '@bulwark/domain';
import { ConnectionType } from '@api/graphql/pagination';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';

@PushScoped(PushScope.SHARED)
@ObjectType({
  description: 'An agency, information sharing center, election office, vendor or the platform operators.',
})
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Upper-case code used in bulletin reference numbers, e.g. CISA.' })
  shortName!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'US state or territory code.' })
  jurisdiction!: string | null;

  @Field(() => Tier, { description: 'The highest tier any member may ever read.' })
  vettedTier!: Tier;

  @Field()
  active!: boolean;

  @Field({ description: 'Reporters may send it incident reports (set by platform administrators).' })
  acceptsIncidentReports!: boolean;

  @Field()
  createdAt!: Date;

  @Field({ description: 'When its name, kind, place in the tree, vetting or standing last changed.' })
  updatedAt!: Date;

  /** Resolved through a loader; not a column exposed as-is. */
  parentId!: string | null;

  /** The sign-in policy: resolved fields, shown to its own members and to platform administrators only. */
  requireSecondFactor!: boolean;
  allowPasswordless!: boolean;
}

export const OrganizationConnection = ConnectionType(Organization, 'Organization');
