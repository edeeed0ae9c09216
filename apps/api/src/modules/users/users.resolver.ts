import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires, SignedIn } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { GqlContext, RequestViewer } from '@api/auth/request-viewer';
import type { Connection } from '@api/graphql/pagination';
import { UuidArg } from '@api/graphql/uuid-arg.pipe';
import { Organization } from '@api/modules/organizations/models/organization.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { ChangePasswordInput } from './dto/change-password.input';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput, UserIdInput } from './dto/update-user.input';
import { UsersArgs } from './dto/users.args';
import { User, UserConnection } from './models/user.model';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Requires(Permission.ORG_USERS_MANAGE)
  @Query(() => UserConnection, { description: "Your organization's users (every user, for a platform administrator)." })
  users(@CurrentViewer() viewer: RequestViewer, @Args() args: UsersArgs): Promise<Connection<User>> {
    return this.service.list(viewer, args);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Query(() => User, { nullable: true })
  user(
    @CurrentViewer() viewer: RequestViewer,
    @Args('id', { type: () => ID }, UuidArg) id: string,
  ): Promise<User | null> {
    return this.service.getManaged(viewer, id);
  }

  @ResolveField(() => Organization)
  async organization(@Parent() user: User, @Context() ctx: GqlContext): Promise<Organization> {
    const organization = await this.organizations.loadById(ctx.loaders, user.organizationId);
    if (!organization) throw new Error(`user ${user.id} has no organization`);
    return organization;
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => User)
  createUser(@CurrentViewer() viewer: RequestViewer, @Args('input') input: CreateUserInput): Promise<User> {
    return this.service.create(viewer, input);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => User)
  updateUser(@CurrentViewer() viewer: RequestViewer, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.service.update(viewer, input);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => User, { description: 'Effective on their next request, on every channel (R8); their sessions end.' })
  deactivateUser(@CurrentViewer() viewer: RequestViewer, @Args('input') input: UserIdInput): Promise<User> {
    return this.service.setActive(viewer, input.id, false);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => User)
  reactivateUser(@CurrentViewer() viewer: RequestViewer, @Args('input') input: UserIdInput): Promise<User> {
    return this.service.setActive(viewer, input.id, true);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Change your own password.' })
  changePassword(@CurrentViewer() viewer: RequestViewer, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.service.changePassword(viewer, input);
  }
}
