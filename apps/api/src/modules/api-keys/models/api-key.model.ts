import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role, Tier } from '@bulwark/domain';
import { ConnectionType } from '@api/graphql/pagination';

@ObjectType({
  description: "A partner system's key. The secret is shown once, at creation or rotation, and never stored.",
})
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The public part of the key (`bwk_<prefix>_…`), to recognise it in logs.' })
  prefix!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => Tier)
  clearance!: Tier;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Recorded at most once a minute.' })
  lastUsedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The key this one replaced by rotation.' })
  rotatedFromId!: string | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Neither revoked nor expired.' })
  active!: boolean;

  organizationId!: string;
}

@ObjectType()
export class ApiKeyWithSecret {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field({ description: 'Send as `X-Api-Key`. Shown only now.' })
  secret!: string;
}

export const ApiKeyConnection = ConnectionType(ApiKey, 'ApiKey');
