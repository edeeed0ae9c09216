import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

/** A sign-in or enrolment challenge token is 43 characters (randomToken); anything much longer is not ours. */
const MAX_TOKEN = 128;
/** A PublicKeyCredential as JSON: ids, client data, authenticator data and signature, base64url. */
const MAX_WEBAUTHN_RESPONSE = 16_384;

@InputType({ description: 'The second step of a sign-in: the challenge token and exactly one proof.' })
export class CompleteSignInInput {
  @Field()
  @IsString()
  @Length(1, MAX_TOKEN)
  challengeToken!: string;

  @Field(() => String, { nullable: true, description: 'The current six-digit code of the authenticator app.' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  totpCode?: string | null;

  @Field(() => String, { nullable: true, description: 'One unused recovery code (dashes and case do not matter).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  recoveryCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The passkey assertion (AuthenticationResponseJSON) as a JSON string; see beginSecondFactorWebauthn.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_WEBAUTHN_RESPONSE)
  webauthnResponse?: string | null;
}

@InputType({
  description:
    'Enrolment by a signed-in user needs nothing; a user signing in who must enrol first gives the challenge token login returned.',
})
export class EnrolmentChallengeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, MAX_TOKEN)
  challengeToken?: string | null;
}

@InputType()
export class ConfirmTotpEnrolmentInput extends EnrolmentChallengeInput {
  @Field({ description: 'The code the app shows now.' })
  @IsString()
  @Length(1, 16)
  code!: string;
}

@InputType({ description: 'Leave a field out to keep it as it is.' })
export class SetOrganizationSignInPolicyInput {
  @Field(() => ID)
  @IsUUID()
  organizationId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Every member needs a second factor (publishers and administrators always do).',
  })
  @IsOptional()
  @IsBoolean()
  requireSecondFactor?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Members may sign in with a passkey alone.' })
  @IsOptional()
  @IsBoolean()
  allowPasswordless?: boolean | null;
}

@InputType()
export class ResetSecondFactorsInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;
}

@ArgsType()
export class DemoSignInCodeArgs {
  @Field()
  @IsString()
  @Length(1, MAX_TOKEN)
  challengeToken!: string;
}
