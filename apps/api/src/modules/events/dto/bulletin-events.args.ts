import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { BulletinEventType } from '@bulwark/domain';
import { ContentFilterFields } from '@api/modules/bulletins/dto/content-filter.input';

/** What a feed or a subscription matches. Every list means "any of"; fields combine with AND. */
@InputType()
export class BulletinEventFilter extends ContentFilterFields {
  @Field(() => [BulletinEventType], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsEnum(BulletinEventType, { each: true })
  types?: BulletinEventType[];
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
