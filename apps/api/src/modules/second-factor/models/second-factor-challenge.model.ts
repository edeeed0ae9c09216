import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

/** A kind of second step: what a session records as its second factor, and what a challenge offers. */
export enum SecondFactorMethod {
  TOTP = 'TOTP',
  WEBAUTHN = 'WEBAUTHN',
  RECOVERY_CODE = 'RECOVERY_CODE',
}
registerEnumType(SecondFactorMethod, {
  name: 'SecondFactorMethod',
  valuesMap: {
    TOTP: { description: 'A six-digit code from an authenticator app (RFC 6238).' },
    WEBAUTHN: { description: 'A passkey or security key.' },
    RECOVERY_CODE: { description: 'One of the single-use recovery codes shown at enrolment.' },
  },
});

@ObjectType({
  description:
    'The password was right and a second step is due: complete it with completeSignIn, or, when enrolmentRequired, enrol a first factor with this token.',
})
export class SecondFactorChallenge {
  @Field({ description: 'Single-use and short-lived. Not an access token: it opens nothing else.' })
  challengeToken!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => [SecondFactorMethod], { description: 'The factors this user has; empty when enrolmentRequired.' })
  methods!: SecondFactorMethod[];

  @Field({
    description:
      'The user must have a second factor and has none: the token works only for beginTotpEnrolment/confirmTotpEnrolment and passkey registration, and confirming the first factor signs in.',
  })
  enrolmentRequired!: boolean;
}
