import { Field, ObjectType } from '@nestjs/graphql';
import { Viewer } from '@api/modules/viewer/models/viewer.model';

@ObjectType({ description: 'A signed-in session: a short-lived access token and a single-use refresh token.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Use once, with refreshSession, for a new pair. Using it twice ends the session.' })
  refreshToken!: string;

  @Field()
  refreshTokenExpiresAt!: Date;

  @Field(() => Viewer)
  viewer!: Viewer;
}
