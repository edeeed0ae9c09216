import { Field, ID, InputType } from '@nestjs/graphql';
import { Tier } from '@bulwark/domain';
import { IsBoolean, IsEnum, IsUUID } from 'class-validator';

@InputType()
export class VetOrganizationInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Tier, {
    description: 'Lowering it lowers every member and key at once: clearance is read as the lower of the two.',
  })
  @IsEnum(Tier)
  vettedTier!: Tier;
}

@InputType()
export class OrganizationIdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class SetOrganizationAcceptsIncidentReportsInput {
  @Field(() => ID)
  @IsUUID()
  organizationId!: string;

  @Field({ description: 'Whether reporters may choose it as a recipient of incident reports.' })
  @IsBoolean()
  accepts!: boolean;
}
