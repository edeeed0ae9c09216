import { Field, ID, InputType } from '@nestjs/graphql';
import { Role, Tier } from '@bulwark/domain';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsRoleSet } from './user-fields';

@InputType({ description: 'Only the fields given change. Nobody changes their own roles or clearance.' })
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @IsRoleSet()
  roles?: Role[];

  @Field(() => Tier, { nullable: true })
  @IsOptional()
  @IsEnum(Tier)
  clearance?: Tier;
}

@InputType()
export class UserIdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
