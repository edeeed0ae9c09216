import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** How a session's first step was made. */
export enum SignInMethod {
  PASSWORD = 'PASSWORD',
  PASSKEY = 'PASSKEY',
  SSO = 'SSO',
}

/** What satisfied a session's second step. */
export enum SessionSecondFactor {
  TOTP = 'TOTP',
  WEBAUTHN = 'WEBAUTHN',
  RECOVERY_CODE = 'RECOVERY_CODE',
  IDENTITY_PROVIDER = 'IDENTITY_PROVIDER',
}

registerEnumType(SignInMethod, { name: 'SignInMethod' });
registerEnumType(SessionSecondFactor, {
  name: 'SessionSecondFactor',
  description: "IDENTITY_PROVIDER: the organization's identity provider said it asked for one (SSO).",
});

@ObjectType({ description: 'A sign-in that has not ended: where it came from, and when it was used.' })
export class ActiveSession {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The session this request is made with.' })
  current!: boolean;

  @Field(() => SignInMethod)
  signInMethod!: SignInMethod;

  @Field(() => SessionSecondFactor, { nullable: true, description: 'Null when no second step was taken.' })
  secondFactor!: SessionSecondFactor | null;

  @Field({ description: 'Read from the user agent at sign-in: "Chrome on Windows", "curl", "Unknown device".' })
  device!: string;

  @Field(() => String, { nullable: true, description: 'As the client sent it at sign-in.' })
  userAgent!: string | null;

  @Field(() => String, { nullable: true, description: 'The address it signed in from.' })
  ipAddress!: string | null;

  @Field()
  startedAt!: Date;

  @Field({ description: 'Its last refresh or request, recorded at most once a minute.' })
  lastUsedAt!: Date;

  @Field({ description: 'When it ends unless ended before; refreshing does not extend it.' })
  expiresAt!: Date;
}
