import { Field, ID, InputType } from '@nestjs/graphql';
import { Role, Tier } from '@bulwark/domain';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsRoleSet, PASSWORD_MAX, PASSWORD_MIN } from './user-fields';

@InputType()
export class CreateUserInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the administrator's own organization." })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @Field(() => [Role])
  @IsRoleSet()
  roles!: Role[];

  @Field(() => Tier, { description: "At most the organization's vetted tier." })
  @IsEnum(Tier)
  clearance!: Tier;

  @Field({
    description: `The first password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters; hand it over out of band.`,
  })
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX)
  initialPassword!: string;
}
