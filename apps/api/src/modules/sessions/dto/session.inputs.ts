import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  // Not @IsEmail: a malformed address must get the same answer as a wrong one, in the same time.
  @Field()
  @IsString()
  @Length(1, 254)
  email!: string;

  @Field()
  @IsString()
  @Length(1, 128)
  password!: string;
}

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsString()
  @MaxLength(128)
  refreshToken!: string;
}
