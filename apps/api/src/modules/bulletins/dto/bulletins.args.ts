import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { BulletinStatus, Category, Severity, Tier } from '@bulwark/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '@api/graphql/pagination';
import { IsJurisdiction } from '@api/modules/organizations/dto/organization-fields';

// Letters, digits, spaces and the punctuation people type in threat names; no control characters.
const SEARCH_TEXT = /^[^\p{Cc}]+$/u;

@InputType({ description: 'Every field narrows the list; lists inside a field mean "any of".' })
export class BulletinFilter {
  @Field(() => [Tier], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(Tier, { each: true })
  tiers?: Tier[];

  @Field(() => [Category], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsEnum(Category, { each: true })
  categories?: Category[];

  @Field(() => Severity, { nullable: true, description: 'This severity and above.' })
  @IsOptional()
  @IsEnum(Severity)
  minSeverity?: Severity;

  @Field(() => [String], { nullable: true, description: 'Bulletins for any of these states, plus national ones.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(56)
  @IsJurisdiction({ each: true })
  jurisdictions?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  originatorIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(/^[a-z0-9][a-z0-9-]{0,49}$/, {
    each: true,
    message: 'each tag must be 1–50 lower-case letters, digits or dashes',
  })
  tags?: string[];

  @Field(() => [BulletinStatus], { nullable: true, description: 'Default: PUBLISHED.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsEnum(BulletinStatus, { each: true })
  statuses?: BulletinStatus[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  publishedAfter?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  publishedBefore?: Date;

  @Field(() => String, {
    nullable: true,
    description: 'An indicator: an IP (also finds CIDR blocks containing it), domain, URL, email, hash or CVE id.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2048)
  indicator?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Words to find in title, summary and body, ranked by relevance. Operators are not interpreted.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(SEARCH_TEXT, { message: 'search must not contain control characters' })
  search?: string;
}

@ArgsType()
export class BulletinsArgs extends PageArgs {
  @Field(() => BulletinFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BulletinFilter)
  filter?: BulletinFilter;
}
