import { Field, ObjectType } from '@nestjs/graphql';
import { AuthPayload } from '@api/modules/sessions/models/auth-payload.model';

@ObjectType({ description: 'A new authenticator-app seed, not usable until confirmed with a first code.' })
export class TotpEnrolment {
  @Field({ description: 'The seed in base32, for typing into the app by hand.' })
  secret!: string;

  @Field({ description: 'The otpauth:// URI the QR code holds.' })
  otpauthUri!: string;

  @Field({ description: 'The QR code of otpauthUri, as an SVG document.' })
  qrCodeSvg!: string;
}

@ObjectType()
export class TotpConfirmation {
  @Field(() => [String], {
    description:
      'Ten single-use recovery codes, shown this once (stored hashed). Empty when the user still had unused codes.',
  })
  recoveryCodes!: string[];

  @Field(() => AuthPayload, {
    nullable: true,
    description: 'With an enrolment challenge token: the session this first factor completes.',
  })
  session!: AuthPayload | null;
}
