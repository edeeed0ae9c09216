import { Field, ID, InputType } from '@nestjs/graphql';
import { Tier } from '@bulwark/domain';
import { IsEnum, IsIn, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class DraftBulletinFromIncidentInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => Tier, {
    nullable: true,
    defaultValue: Tier.GREEN,
    description: "The draft bulletin's tier: GREEN by default, so every office can be warned. Editable in the draft.",
  })
  @IsOptional()
  @IsEnum(Tier)
  @IsIn([Tier.CLEAR, Tier.GREEN, Tier.AMBER, Tier.AMBER_STRICT], {
    message:
      'a draft from a report is CLEAR, GREEN, AMBER or AMBER_STRICT; RED needs named recipients, chosen in the draft',
  })
  tier?: Tier;
}
