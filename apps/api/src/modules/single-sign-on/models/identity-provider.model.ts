import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ClientSecretSource {
  /** Given by OIDC_CLIENT_SECRETS: takes precedence over one stored. */
  CONFIGURATION = 'CONFIGURATION',
  /** Stored sealed (AES-256-GCM under SECRET_KEY). */
  DATABASE = 'DATABASE',
  /** A public client: PKCE only. */
  NONE = 'NONE',
}

registerEnumType(ClientSecretSource, { name: 'ClientSecretSource' });

@ObjectType({
  description:
    "The OpenID Connect provider an organization's members sign in through. The client secret is never shown.",
})
export class IdentityProvider {
  @Field(() => ID)
  organizationId!: string;

  @Field({ description: 'Its issuer identifier; discovery reads <issuer>/.well-known/openid-configuration.' })
  issuer!: string;

  @Field()
  clientId!: string;

  @Field(() => ClientSecretSource)
  clientSecretSource!: ClientSecretSource;

  @Field({ description: "Whether the provider's `amr` claim (mfa, hwk, pwd+otp …) counts as the second factor." })
  amrSatisfiesSecondFactor!: boolean;

  @Field()
  enabled!: boolean;

  @Field({ description: 'The redirect URI to register for this client at the provider.' })
  redirectUri!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
