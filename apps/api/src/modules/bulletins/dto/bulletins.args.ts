import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { BulletinStatus } from '@bulwark/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateBy,
  type ValidationArguments,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '@api/graphql/pagination';
import { BulletinOrder } from './bulletin-order';
import { ContentFilterFields } from './content-filter.input';

const CONTROL_CHARACTER = /\p{Cc}/u;
const SEARCH_SYNTAX =
  'Words to find in title, summary, body and tags, with English stemming ("phishing" also finds "phished"). ' +
  'Web-search syntax (PostgreSQL websearch_to_tsquery): every word must match; "OR" between words means either; ' +
  '"a quoted phrase" matches those words in order; a leading "-" excludes a word; other punctuation is ignored. ' +
  'Common words ("the", "and") are ignored, so a search of only those matches nothing. ' +
  'Results come newest first unless orderBy is RELEVANCE. 1 to 200 characters, at least one of them not a space.';

/** Search text: at least one non-space character, no control characters; each failure says which. */
function IsSearchText(): PropertyDecorator {
  return ValidateBy({
    name: 'isSearchText',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && /\S/u.test(value) && !CONTROL_CHARACTER.test(value),
      defaultMessage: (args?: ValidationArguments) =>
        typeof args?.value === 'string' && CONTROL_CHARACTER.test(args.value)
          ? 'search must not contain control characters'
          : 'search must contain a word to find: leave search out (or null) to list without searching',
    },
  });
}

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

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only bulletins you started (you created the draft), in the statuses asked for — `statuses: [DRAFT, IN_REVIEW]` for your drafts, sent back or not. Still only what you may read; an API key has written none. false or absent: no narrowing.',
  })
  @IsOptional()
  @IsBoolean()
  authoredByMe?: boolean;

  @Field(() => String, { nullable: true, description: SEARCH_SYNTAX })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsSearchText()
  search?: string;
}

@ArgsType()
export class BulletinsArgs extends PageArgs {
  @Field(() => BulletinOrder, {
    defaultValue: BulletinOrder.NEWEST,
    description: 'NEWEST (the default) or, with filter.search, RELEVANCE.',
  })
  @IsOptional()
  @IsEnum(BulletinOrder)
  orderBy?: BulletinOrder;

  @Field(() => BulletinFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BulletinFilter)
  filter?: BulletinFilter;
}
