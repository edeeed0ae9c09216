import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Role, Tier } from '@bulwark/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { API_KEY_ROLES } from '@bulwark/domain';
import { PageArgs } from '@api/graphql/pagination';

@InputType()
export class CreateApiKeyInput {
  @Field()
  @IsString()
  @Length(1, 100)
  name!: string;

  @Field(() => [Role], { description: 'VIEWER and/or ANALYST.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(API_KEY_ROLES, { each: true, message: 'an API key may hold VIEWER and ANALYST only' })
  roles!: Role[];

  @Field(() => Tier, { description: "At most the organization's vetted tier." })
  @IsEnum(Tier)
  clearance!: Tier;

  @Field(() => Date, { nullable: true, description: 'When the key stops working; at most two years ahead.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  expiresAt?: Date;
}

@InputType()
export class ApiKeyIdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class RotateApiKeyInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, {
    defaultValue: 0,
    description:
      'Keep the old key working this many seconds (at most 7 days), so a partner can switch without downtime.',
  })
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 3600)
  expireOldAfterSeconds = 0;
}

@ArgsType()
export class ApiKeysArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only keys that are (or are not) active.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
