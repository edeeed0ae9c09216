import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Tier } from '@bulwark/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { PageArgs } from '@api/graphql/pagination';

export const MAX_RECHECKED_IDS = 100;

@ArgsType()
export class RecipientOptionsArgs extends PageArgs {
  @Field(() => Tier, { description: 'The tier of the bulletin being written.' })
  @IsEnum(Tier)
  tier!: Tier;

  @Field(() => String, {
    nullable: true,
    description: 'Part of a name (and for people, an email), case-insensitive. Not with ids.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => [ID], {
    nullable: true,
    description: `Re-check exactly these organizations and people (a draft's recipients) against the tier, in this order, all on one page (at most ${MAX_RECHECKED_IDS}); ids that name nobody are left out. Not with search or after.`,
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RECHECKED_IDS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids?: string[];
}
