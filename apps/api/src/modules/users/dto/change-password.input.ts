import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';
import { PASSWORD_MAX, PASSWORD_MIN } from './user-fields';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX)
  currentPassword!: string;

  @Field()
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX)
  newPassword!: string;
}
