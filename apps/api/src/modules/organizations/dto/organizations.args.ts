import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { OrganizationKind } from '@bulwark/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@api/graphql/pagination';

@InputType()
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 2)
  jurisdiction?: string;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this organization.' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'Part of the name or short name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationFilter)
  filter?: OrganizationFilter;
}
