import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { PageArgs } from '@api/graphql/pagination';
import { BulletinEventFilter } from '@api/modules/events/dto/bulletin-events.args';

@InputType()
export class CreateFeedInput {
  @Field()
  @IsString()
  @Length(1, 100)
  name!: string;

  @Field(() => BulletinEventFilter)
  @ValidateNested()
  @Type(() => BulletinEventFilter)
  filter!: BulletinEventFilter;
}

@InputType()
export class UpdateFeedInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @Field(() => BulletinEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BulletinEventFilter)
  filter?: BulletinEventFilter;
}

@InputType()
export class FeedIdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class FeedItemsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  feedId!: string;
}
