import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer, OptionalViewer } from '@api/auth/current-viewer.decorator';
import type { GqlContext, RequestViewer } from '@api/auth/request-viewer';
import type { Connection } from '@api/graphql/pagination';
import { UuidArg } from '@api/graphql/uuid-arg.pipe';
import { CreateOrganizationInput } from './dto/create-organization.input';
import {
  OrganizationIdInput,
  SetOrganizationAcceptsIncidentReportsInput,
  VetOrganizationInput,
} from './dto/organization-state.input';
import { OrganizationsArgs } from './dto/organizations.args';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { Organization, OrganizationConnection } from './models/organization.model';
import { OrganizationsService } from './organizations.service';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Requires(Permission.ORGANIZATION_READ)
  @Query(() => OrganizationConnection, { description: 'The community directory, ordered by name.' })
  organizations(@Args() args: OrganizationsArgs): Promise<Connection<Organization>> {
    return this.service.list(args);
  }

  @Requires(Permission.ORGANIZATION_READ)
  @Query(() => Organization, { nullable: true })
  organization(@Args('id', { type: () => ID }, UuidArg) id: string): Promise<Organization | null> {
    return this.service.get(id);
  }

  @PushScoped(PushScope.SHARED)
  @ResolveField(() => Organization, { nullable: true })
  parent(@Parent() organization: Organization, @Context() ctx: GqlContext): Promise<Organization | null> | null {
    if (!organization.parentId) return null;
    return this.service.loadById(ctx.loaders, organization.parentId);
  }

  @PushScoped(PushScope.SHARED)
  @ResolveField(() => [Organization], { description: 'Direct children, e.g. the counties under a state office.' })
  children(@Parent() organization: Organization, @Context() ctx: GqlContext): Promise<Organization[]> {
    return this.service.loadChildren(ctx.loaders, organization.id);
  }

  @PushScoped(PushScope.ORGANIZATION)
  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Every member needs a second factor to sign in (publishers and administrators always do). Null unless you are a member or a platform administrator.',
  })
  requireSecondFactor(
    @Parent() organization: Organization,
    @OptionalViewer() viewer: RequestViewer | null,
  ): boolean | null {
    return seesSignInPolicy(viewer, organization) ? organization.requireSecondFactor : null;
  }

  @PushScoped(PushScope.ORGANIZATION)
  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Members may sign in with a passkey alone. Null unless you are a member or a platform administrator.',
  })
  allowPasswordless(
    @Parent() organization: Organization,
    @OptionalViewer() viewer: RequestViewer | null,
  ): boolean | null {
    return seesSignInPolicy(viewer, organization) ? organization.allowPasswordless : null;
  }

  @Requires(Permission.ORGANIZATIONS_MANAGE)
  @Mutation(() => Organization)
  createOrganization(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<Organization> {
    return this.service.create(viewer, input);
  }

  @Requires(Permission.ORGANIZATIONS_MANAGE)
  @Mutation(() => Organization, { description: 'Rename, re-kind or re-parent (no cycles).' })
  updateOrganization(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<Organization> {
    return this.service.update(viewer, input);
  }

  @Requires(Permission.ORGANIZATIONS_MANAGE)
  @Mutation(() => Organization, { description: 'Set the highest tier any member may read.' })
  vetOrganization(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: VetOrganizationInput,
  ): Promise<Organization> {
    return this.service.vet(viewer, input);
  }

  @Requires(Permission.ORGANIZATIONS_MANAGE)
  @Mutation(() => Organization, { description: 'Its members and keys read nothing beyond CLEAR from now on (R8).' })
  deactivateOrganization(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: OrganizationIdInput,
  ): Promise<Organization> {
    return this.service.setActive(viewer, input.id, false);
  }

  @Requires(Permission.ORGANIZATIONS_MANAGE)
  @Mutation(() => Organization)
  reactivateOrganization(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: OrganizationIdInput,
  ): Promise<Organization> {
    return this.service.setActive(viewer, input.id, true);
  }

  @Requires(Permission.ORGANIZATIONS_MANAGE)
  @Mutation(() => Organization, {
    description:
      'Whether reporters may send it incident reports. Reports already sent stay readable by its members (R19).',
  })
  setOrganizationAcceptsIncidentReports(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: SetOrganizationAcceptsIncidentReportsInput,
  ): Promise<Organization> {
    return this.service.setAcceptsIncidentReports(viewer, input);
  }
}

/** An organization's sign-in policy is its members' business, and the platform's: not the whole community's. */
function seesSignInPolicy(viewer: RequestViewer | null, organization: Organization): boolean {
  return (
    viewer !== null &&
    (viewer.organizationId === organization.id || viewer.permissions.includes(Permission.ORGANIZATIONS_MANAGE))
  );
}
