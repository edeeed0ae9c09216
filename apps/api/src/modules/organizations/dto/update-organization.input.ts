import { Field, ID, InputType } from '@nestjs/graphql';
import { OrganizationKind } from '@bulwark/domain';
import { IsEnum, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { IsJurisdiction, IsShortName } from './organization-fields';

@InputType({ description: 'Only the fields given change. `parentId: null` detaches; `jurisdiction: null` clears it.' })
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsShortName()
  shortName?: string;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => ID, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID()
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsJurisdiction()
  jurisdiction?: string | null;
}
