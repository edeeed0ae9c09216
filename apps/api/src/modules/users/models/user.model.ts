import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role, Tier } from '@bulwark/domain';
import { ConnectionType } from '@api/graphql/pagination';

@ObjectType({
  description: 'A person with an account. Seen by themselves and by administrators of their organization.',
})
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => Tier, { description: 'As granted. What applies is the lower of this and the organization vetting.' })
  clearance!: Tier;

  @Field()
  active!: boolean;

  @Field(() => Date, { nullable: true, description: 'Set while repeated failed sign-ins keep the account locked.' })
  lockedUntil!: Date | null;

  @Field(() => Date, { nullable: true })
  lastSignInAt!: Date | null;

  @Field()
  createdAt!: Date;

  organizationId!: string;
}

export const UserConnection = ConnectionType(User, 'User');
