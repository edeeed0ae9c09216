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
