import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganizationKind } from '@bulwark/domain';
import { RecipientRefusal } from '@bulwark/policy';
import { ConnectionType } from '@api/graphql/pagination';

export enum RecipientKind {
  ORGANIZATION = 'ORGANIZATION',
  PERSON = 'PERSON',
}

registerEnumType(RecipientKind, { name: 'RecipientKind' });
registerEnumType(RecipientRefusal, {
  name: 'RecipientRefusal',
  description: 'Why a recipient may not receive a bulletin at a tier (R7).',
  valuesMap: {
    DEACTIVATED: { description: 'The organization, or the person or their organization, is deactivated.' },
    VETTING_BELOW_TIER: { description: "The organization's vetting is below the tier." },
    CLEARANCE_BELOW_TIER: {
      description: "The person's clearance (capped by their organization's vetting) is below the tier.",
    },
    NOT_ADDRESSED_BY_TIER: {
      description:
        'The tier does not go to this kind of recipient: organizations on RED, people on AMBER, anyone on CLEAR or GREEN.',
    },
  },
});

/**
 * A possible recipient of a bulletin at a tier, with R7's verdict. What it shows is what a drafter may see already:
 * organizations are the community directory (`organizations`: name, kind, parent, vetting, active); people are shown
 * only to a person cleared for RED who may write RED, with name, email and organization, which the named recipients'
 * acknowledgement report and R7's publish errors show as well; a person's clearance appears only as the reason they
 * are not offered, as publishing would say it.
 */
@ObjectType({ description: 'A possible recipient at the tier asked for, and whether publishing would accept it (R7).' })
export class RecipientOption {
  @Field(() => ID, { description: 'The organization id (recipientOrganizationIds) or user id (recipientUserIds).' })
  id!: string;

  @Field(() => RecipientKind)
  kind!: RecipientKind;

  @Field({ description: "The organization's name, or the person's display name." })
  name!: string;

  @Field({ description: 'True when publishing at this tier would accept this recipient.' })
  offered!: boolean;

  @Field(() => RecipientRefusal, { nullable: true, description: 'Why not, when not offered.' })
  reason!: RecipientRefusal | null;

  @Field(() => String, {
    nullable: true,
    description: 'The same in words, e.g. "vetted GREEN", "clearance AMBER", "deactivated".',
  })
  reasonText!: string | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'Organizations: FEDERAL, ISAC, STATE, LOCAL, …' })
  organizationKind!: OrganizationKind | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Organizations: the parent (a county’s state), to draw the tree. Null at the top.',
  })
  parentId!: string | null;

  @Field(() => String, { nullable: true, description: 'People: their email, to tell namesakes apart.' })
  email!: string | null;

  @Field(() => ID, { nullable: true, description: "People: their organization's id." })
  organizationId!: string | null;

  @Field(() => String, { nullable: true, description: "People: their organization's name." })
  organizationName!: string | null;
}

export const RecipientOptionConnection = ConnectionType(RecipientOption, 'RecipientOption');
