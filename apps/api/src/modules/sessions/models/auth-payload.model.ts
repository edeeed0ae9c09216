import { Field, ObjectType } from '@nestjs/graphql';
import { SecondFactorChallenge } from '@api/modules/second-factor/models/second-factor-challenge.model';
import { Viewer } from '@api/modules/viewer/models/viewer.model';

@ObjectType({
  description:
    'A signed-in session (a short-lived access token and a single-use refresh token), or, from login, the second step still to take (secondFactor): never both.',
})
export class AuthPayload {
  @Field(() => String, {
    nullable: true,
    description: 'Send as `Authorization: Bearer <accessToken>`. Null while a second step is due.',
  })
  accessToken!: string | null;

  @Field(() => Date, { nullable: true })
  accessTokenExpiresAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Use once, with refreshSession, for a new pair. Using it twice ends the session.',
  })
  refreshToken!: string | null;

  @Field(() => Date, { nullable: true })
  refreshTokenExpiresAt!: Date | null;

  @Field(() => Viewer, { nullable: true })
  viewer!: Viewer | null;

  @Field(() => SecondFactorChallenge, {
    nullable: true,
    description: 'Set instead of the tokens when the password was right and a second factor is due.',
  })
  secondFactor!: SecondFactorChallenge | null;
}

/** An AuthPayload that is a session: what every sign-in path ends with (SessionsService.issueSession). */
export interface IssuedSession extends AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  viewer: Viewer;
  secondFactor: null;
}

/** An AuthPayload that asks for a second step instead (login, and single sign-on). */
export interface PendingSignIn extends AuthPayload {
  accessToken: null;
  accessTokenExpiresAt: null;
  refreshToken: null;
  refreshTokenExpiresAt: null;
  viewer: null;
  secondFactor: SecondFactorChallenge;
}
