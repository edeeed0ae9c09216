import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Organization } from '@api/modules/organizations/models/organization.model';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';

@PushScoped(PushScope.SHARED)
@ObjectType({ description: 'A person expected to, or who did, acknowledge a bulletin.' })
export class Acknowledger {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;
}

@PushScoped(PushScope.SHARED)
@ObjectType()
export class OrganizationAcknowledgements {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => [Acknowledger])
  acknowledged!: Acknowledger[];

  @Field(() => [Acknowledger], { description: 'Recipients who may read it and have not acknowledged yet.' })
  pending!: Acknowledger[];
}

@PushScoped(PushScope.SHARED)
@ObjectType({
  description: 'Who received the current revision. Shown only to publishers of an originating organization.',
})
export class AcknowledgementReport {
  @Field(() => Int)
  revision!: number;

  @Field(() => Int)
  acknowledgedCount!: number;

  @Field(() => Int)
  pendingCount!: number;

  @Field(() => [OrganizationAcknowledgements])
  organizations!: OrganizationAcknowledgements[];
}
