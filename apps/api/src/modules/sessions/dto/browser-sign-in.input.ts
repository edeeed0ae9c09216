import { IsString, Length } from 'class-validator';

/** The body of POST /auth/session. Not @IsEmail: a malformed address gets the same answer as a wrong one. */
export class BrowserSignInInput {
  @IsString()
  @Length(1, 254)
  email!: string;

  @IsString()
  @Length(1, 128)
  password!: string;
}

/** The body of POST /auth/session/enrolment/totp: the enrolment challenge login gave, and the app's first code. */
export class BrowserTotpEnrolmentInput {
  @IsString()
  @Length(1, 128)
  challengeToken!: string;

  @IsString()
  @Length(1, 16)
  code!: string;
}
