import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@bulwark/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@api/graphql/pagination';

@InputType()
export class UserFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => String, { nullable: true, description: 'Part of the email or name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;
}
