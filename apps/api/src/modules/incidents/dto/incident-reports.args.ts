import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IncidentCategory, IncidentStatus, VotingImpact } from '@bulwark/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_PAGE_SIZE } from '@api/graphql/pagination';
import { IsJurisdiction } from '@api/modules/organizations/dto/organization-fields';
import { IncidentScope } from '../models/incident-enums';

@InputType({ description: 'Every field narrows the list; lists inside a field mean "any of".' })
export class IncidentReportFilter {
  @Field(() => IncidentScope, { nullable: true, description: 'Absent: every report you may read.' })
  @IsOptional()
  @IsEnum(IncidentScope)
  scope?: IncidentScope | null;

  @Field(() => [IncidentStatus], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(IncidentStatus, { each: true })
  statuses?: IncidentStatus[] | null;

  @Field(() => [VotingImpact], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsEnum(VotingImpact, { each: true })
  impacts?: VotingImpact[] | null;

  @Field(() => [IncidentCategory], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsEnum(IncidentCategory, { each: true })
  categories?: IncidentCategory[] | null;

  @Field(() => [String], { nullable: true, description: 'State codes.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(56)
  @IsJurisdiction({ each: true })
  jurisdictions?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text in the title, the description, the location or the reference, any case (2 to 200 characters).',
  })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  @Matches(/\S/, { message: 'search must not be blank' })
  search?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Reports naming this indicator (normalised as stored, defanged forms accepted); an IP also finds the CIDR blocks that contain it.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2048)
  indicator?: string | null;
}

@ArgsType()
export class IncidentReportsArgs {
  @Field(() => Int, { defaultValue: 25, description: `How many reports, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 25;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string | null;

  @Field(() => IncidentReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IncidentReportFilter)
  filter?: IncidentReportFilter | null;
}
