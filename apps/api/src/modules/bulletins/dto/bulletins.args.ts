import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { BulletinStatus } from '@bulwark/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '@api/graphql/pagination';
import { ContentFilterFields } from './content-filter.input';

// Letters, digits, spaces and the punctuation people type in threat names; no control characters.
const SEARCH_TEXT = /^[^\p{Cc}]+$/u;

@InputType({ description: 'Every field narrows the list; lists inside a field mean "any of".' })
export class BulletinFilter extends ContentFilterFields {
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
