import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import { notFound } from '@api/common/app-errors';
import { Organization } from '@api/modules/organizations/models/organization.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { User } from '@api/modules/users/models/user.model';
import { ResetSecondFactorsInput, SetOrganizationSignInPolicyInput } from './dto/second-factor.inputs';
import { SecondFactorAdminService } from './second-factor-admin.service';

@Resolver()
export class SignInPolicyResolver {
  constructor(
    private readonly admin: SecondFactorAdminService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => Organization, {
    description:
      "Whether every member needs a second factor, and whether passkeys alone may sign in. Your own organization's (any, for a platform administrator).",
  })
  async setOrganizationSignInPolicy(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: SetOrganizationSignInPolicyInput,
  ): Promise<Organization> {
    await this.admin.setSignInPolicy(viewer, input);
    const organization = await this.organizations.get(input.organizationId);
    if (!organization) throw notFound('Organization');
    return organization;
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => User, {
    description:
      "Removes a member's authenticator app, passkeys and recovery codes (never shown) and ends their sessions; they enrol again at their next sign-in.",
  })
  resetSecondFactors(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: ResetSecondFactorsInput,
  ): Promise<User> {
    return this.admin.reset(viewer, input.userId);
  }
}
