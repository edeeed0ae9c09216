import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApproverRefusal } from '@bulwark/policy';
import { ConnectionType } from '@api/graphql/pagination';

registerEnumType(ApproverRefusal, {
  name: 'ApproverRefusal',
  description: 'Why a person may not be named approver of an AMBER_STRICT or RED revision (R10).',
  valuesMap: {
    DEACTIVATED: { description: 'The person or their organization is deactivated.' },
    CLEARANCE_BELOW_TIER: {
      description: "The person's clearance (capped by their organization's vetting) is below the tier.",
    },
    NOT_ORIGINATOR_PUBLISHER: { description: 'Not a publisher of an originating organization.' },
    WROTE_IT: { description: 'The author of the revision: the two-person rule needs someone else.' },
  },
});

/**
 * A publisher of one of a bulletin's originating organizations, and whether they may be named its approver. What it
 * shows is what recipientOptions shows a writer cleared for RED about the same person (name, email, organization,
 * a clearance only as the reason they are not offered); that they publish for an originating organization is what
 * the question is.
 */
@ObjectType({
  description: 'A possible approver of an AMBER_STRICT or RED revision, and whether submitting would accept them.',
})
export class ApproverOption {
  @Field(() => ID, { description: 'The user id, for approverUserId.' })
  id!: string;

  @Field({ description: 'Their display name.' })
  name!: string;

  @Field({ description: 'Their email, to tell namesakes apart.' })
  email!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  organizationName!: string;

  @Field({ description: 'True when submitBulletin (or amendBulletin) would accept them as approver.' })
  offered!: boolean;

  @Field(() => ApproverRefusal, { nullable: true, description: 'Why not, when not offered.' })
  reason!: ApproverRefusal | null;

  @Field(() => String, {
    nullable: true,
    description: 'The same in words, e.g. "clearance AMBER", "the author: a second publisher is needed".',
  })
  reasonText!: string | null;
}

export const ApproverOptionConnection = ConnectionType(ApproverOption, 'ApproverOption');
