import { Field, ID, InputType } from '@nestjs/graphql';
import { OrganizationKind, Tier } from '@bulwark/domain';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsJurisdiction, IsShortName } from './organization-fields';

@InputType()
export class CreateOrganizationInput {
  @Field()
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field()
  @IsShortName()
  shortName!: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsJurisdiction()
  jurisdiction?: string;

  @Field(() => Tier)
  @IsEnum(Tier)
  vettedTier!: Tier;
}
