import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: "An organization whose members sign in through its identity provider: the portal's SSO button.",
})
export class SingleSignOnOption {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  organizationName!: string;

  @Field({ description: 'Where the browser goes (a full-page navigation) to sign in through the provider.' })
  startUrl!: string;
}
