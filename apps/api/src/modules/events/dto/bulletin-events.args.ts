import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Category, Severity, Tier } from '@bulwark/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsJurisdiction } from '@api/modules/organizations/dto/organization-fields';
import { BulletinEventType } from '../entities/bulletin-event.entity';

/** What a feed or a subscription matches. Every list means "any of"; fields combine with AND. */
@InputType()
export class BulletinEventFilter {
  @Field(() => [BulletinEventType], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsEnum(BulletinEventType, { each: true })
  types?: BulletinEventType[];

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
}

@ArgsType()
export class BulletinEventsArgs {
  @Field(() => Float, {
    nullable: true,
    description:
      'The last sequence you received: first every event after it that you may read, in order, then live ones.',
  })
  @IsOptional()
  @IsInt({ message: 'since must be a whole sequence number' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  since?: number;

  @Field(() => BulletinEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BulletinEventFilter)
  filter?: BulletinEventFilter;

  @Field(() => ID, { nullable: true, description: 'One of your saved feeds; its filter is used instead of `filter`.' })
  @IsOptional()
  @IsUUID()
  feedId?: string;
}
