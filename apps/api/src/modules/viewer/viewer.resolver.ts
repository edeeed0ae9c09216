import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { GqlContext, RequestViewer } from '@api/auth/request-viewer';
import { ApiKey } from '@api/modules/api-keys/models/api-key.model';
import { ApiKeysService } from '@api/modules/api-keys/api-keys.service';
import { Organization } from '@api/modules/organizations/models/organization.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { User } from '@api/modules/users/models/user.model';
import { UsersService } from '@api/modules/users/users.service';
import { toViewer, Viewer } from './models/viewer.model';

@Resolver(() => Viewer)
export class ViewerResolver {
  constructor(
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  @SignedIn()
  @Query(() => Viewer, {
    description: 'The signed-in user or API key, their organization, roles, clearance and permissions.',
  })
  viewer(@CurrentViewer() viewer: RequestViewer): Viewer {
    return toViewer(viewer);
  }

  @ResolveField(() => User, { nullable: true })
  user(@Parent() viewer: Viewer): Promise<User | null> | null {
    return viewer.userId ? this.users.getSelf(viewer.userId) : null;
  }

  @ResolveField(() => ApiKey, { nullable: true })
  apiKey(@Parent() viewer: Viewer): Promise<ApiKey | null> | null {
    return viewer.apiKeyId ? this.apiKeys.getById(viewer.apiKeyId) : null;
  }

  @ResolveField(() => Organization)
  async organization(@Parent() viewer: Viewer, @Context() ctx: GqlContext): Promise<Organization> {
    const organization = await this.organizations.loadById(ctx.loaders, viewer.organizationId);
    if (!organization) throw new Error('viewer without organization');
    return organization;
  }
}
