import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Public, Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import { IdentityProviderArgs, SetIdentityProviderInput, SingleSignOnArgs } from './dto/identity-provider.inputs';
import { IdentityProvidersService } from './identity-providers.service';
import { IdentityProvider } from './models/identity-provider.model';
import { SingleSignOnOption } from './models/single-sign-on-option.model';

@Resolver(() => IdentityProvider)
export class IdentityProvidersResolver {
  constructor(private readonly service: IdentityProvidersService) {}

  @Requires(Permission.ORG_USERS_MANAGE)
  @Query(() => IdentityProvider, {
    nullable: true,
    description: "An organization's identity provider (your own, or any for a platform administrator); null: none.",
  })
  identityProvider(
    @CurrentViewer() viewer: RequestViewer,
    @Args() args: IdentityProviderArgs,
  ): Promise<IdentityProvider | null> {
    return this.service.get(viewer, args.organizationId);
  }

  @Requires(Permission.ORGANIZATIONS_MANAGE)
  @Mutation(() => IdentityProvider, {
    description:
      'Binds an organization to an OpenID Connect provider, or changes the binding. Platform administrators only: the provider can sign in every member of the organization.',
  })
  setIdentityProvider(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: SetIdentityProviderInput,
  ): Promise<IdentityProvider> {
    return this.service.set(viewer, input);
  }

  @Public()
  @Query(() => [SingleSignOnOption], {
    description:
      "For the sign-in page: the organizations whose members at the typed email's domain (or the named organization) sign in through an identity provider. Says nothing about whether an account exists.",
  })
  singleSignOn(@Args() args: SingleSignOnArgs): Promise<SingleSignOnOption[]> {
    return this.service.options(args);
  }
}
