import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AuthPayload } from '@api/modules/sessions/models/auth-payload.model';

@ObjectType({ description: 'A passkey or security key of the signed-in user (WebAuthn). Its key never leaves it.' })
export class Passkey {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The name the user gave it, to tell their keys apart.' })
  name!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Its last accepted sign-in.' })
  lastUsedAt!: Date | null;

  @Field({ description: 'A synced passkey (backed up by its provider) rather than a single-device key.' })
  backedUp!: boolean;
}

@ObjectType()
export class PasskeyRegistration {
  @Field(() => Passkey)
  passkey!: Passkey;

  @Field(() => [String], {
    description:
      'Ten single-use recovery codes, shown this once (stored hashed), when this is the first factor. Empty otherwise.',
  })
  recoveryCodes!: string[];

  @Field(() => AuthPayload, {
    nullable: true,
    description: 'With an enrolment challenge token: the session this first factor completes.',
  })
  session!: AuthPayload | null;
}

@ObjectType({ description: 'A passwordless sign-in begun: pass the options to the browser, then finishPasskeySignIn.' })
export class PasskeySignInChallenge {
  @Field({ description: 'Single-use and short-lived; send it back with the passkey response.' })
  challengeToken!: string;

  @Field()
  expiresAt!: Date;

  @Field({
    description:
      "PublicKeyCredentialRequestOptionsJSON as JSON text: JSON.parse it for @simplewebauthn/browser's startAuthentication({ optionsJSON }).",
  })
  optionsJson!: string;
}
