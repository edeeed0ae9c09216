import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Tier } from '@bulwark/domain';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@api/graphql/pagination';

@ArgsType()
export class ApproverOptionsArgs extends PageArgs {
  @Field(() => ID, { description: 'The draft being submitted, or the published bulletin being amended.' })
  @IsUUID()
  bulletinId!: string;

  @Field(() => Tier, {
    nullable: true,
    description:
      "The tier of the revision to approve: AMBER_STRICT or RED. Default the bulletin's current tier (for an amendment, pass the amendment's).",
  })
  @IsOptional()
  @IsEnum(Tier)
  tier?: Tier;
}
