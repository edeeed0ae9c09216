import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

/** A PublicKeyCredential as JSON: a few hundred bytes to a few kilobytes (credential ids are at most 1023 bytes). */
const MAX_RESPONSE = 16_384;
const MAX_TOKEN = 128;

@InputType()
export class BeginPasskeyRegistrationInput {
  @Field({
    nullable: true,
    description: 'An enrolment challenge token (login answered enrolmentRequired); without it, the signed-in user.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TOKEN)
  challengeToken?: string;
}

@InputType()
export class FinishPasskeyRegistrationInput {
  @Field({ description: "The browser's RegistrationResponseJSON (startRegistration's result) as JSON text." })
  @IsString()
  @Length(2, MAX_RESPONSE)
  response!: string;

  @Field({ description: 'A name for it, e.g. "YubiKey 5C" or "MacBook Touch ID".' })
  @IsString()
  @Length(1, 60)
  name!: string;

  @Field({ nullable: true, description: 'The enrolment challenge token given to beginPasskeyRegistration, if any.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TOKEN)
  challengeToken?: string;
}

@InputType()
export class RenamePasskeyInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsString()
  @Length(1, 60)
  name!: string;
}

@InputType()
export class PasskeyIdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class WebauthnChallengeInput {
  @Field({ description: "The sign-in's challenge token (login's secondFactor.challengeToken)." })
  @IsString()
  @Length(1, MAX_TOKEN)
  challengeToken!: string;
}

@InputType()
export class FinishPasskeySignInInput {
  @Field({ description: "beginPasskeySignIn's challengeToken." })
  @IsString()
  @Length(1, MAX_TOKEN)
  challengeToken!: string;

  @Field({ description: "The browser's AuthenticationResponseJSON (startAuthentication's result) as JSON text." })
  @IsString()
  @Length(2, MAX_RESPONSE)
  response!: string;
}
