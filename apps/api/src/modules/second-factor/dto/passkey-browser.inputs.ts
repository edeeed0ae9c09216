import { IsString, Length } from 'class-validator';

/** The body of POST /auth/session/passkey: beginPasskeySignIn's token and the browser's answer. */
export class BrowserPasskeySignInInput {
  @IsString()
  @Length(1, 128)
  challengeToken!: string;

  /** AuthenticationResponseJSON as JSON text. */
  @IsString()
  @Length(2, 16_384)
  response!: string;
}

/** The body of POST /auth/session/enrolment/passkey: the enrolment challenge login gave, and the new passkey. */
export class BrowserPasskeyEnrolmentInput {
  @IsString()
  @Length(1, 128)
  challengeToken!: string;

  /** RegistrationResponseJSON as JSON text. */
  @IsString()
  @Length(2, 16_384)
  response!: string;

  @IsString()
  @Length(1, 60)
  name!: string;
}
