import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "The signed-in user's second factors (never their secrets)." })
export class SecondFactorStatus {
  @Field({ description: 'A second factor is required of this user (their roles or their organization say so).' })
  required!: boolean;

  @Field({ description: 'An authenticator app is enrolled and confirmed.' })
  totp!: boolean;

  @Field(() => Int)
  recoveryCodesLeft!: number;

  /** Whose factors these are: resolved fields (passkeys) load from it. */
  userId!: string;
}
