import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import { UuidArg } from '@api/graphql/uuid-arg.pipe';
import {
  CreateMailboxSubscriptionInput,
  CreateOrganizationMailboxInput,
  OrganizationMailboxesArgs,
  UpdateMailboxSubscriptionInput,
  UpdateOrganizationMailboxInput,
} from './dto/mailbox.inputs';
import { MailboxesService } from './mailboxes.service';
import { MailboxSubscription, OrganizationMailbox } from './models/organization-mailbox.model';

/** Organization mailboxes: managed by the organization's administrators, and by platform administrators. */
@Resolver(() => OrganizationMailbox)
export class MailboxesResolver {
  constructor(private readonly service: MailboxesService) {}

  @Requires(Permission.ORG_USERS_MANAGE)
  @Query(() => [OrganizationMailbox], {
    description: "An organization's shared mailboxes, by name: your own organization's unless you manage every one.",
  })
  organizationMailboxes(
    @CurrentViewer() viewer: RequestViewer,
    @Args() args: OrganizationMailboxesArgs,
  ): Promise<OrganizationMailbox[]> {
    return this.service.list(viewer, args);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => OrganizationMailbox)
  createOrganizationMailbox(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: CreateOrganizationMailboxInput,
  ): Promise<OrganizationMailbox> {
    return this.service.create(viewer, input);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => OrganizationMailbox)
  updateOrganizationMailbox(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: UpdateOrganizationMailboxInput,
  ): Promise<OrganizationMailbox> {
    return this.service.update(viewer, input);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => Boolean, { description: 'Removes the mailbox, its subscriptions and its delivery records.' })
  deleteOrganizationMailbox(
    @CurrentViewer() viewer: RequestViewer,
    @Args('id', { type: () => ID }, UuidArg) id: string,
  ): Promise<boolean> {
    return this.service.delete(viewer, id);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => MailboxSubscription, { description: 'Mails what it matches from now on; nothing published before.' })
  createMailboxSubscription(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: CreateMailboxSubscriptionInput,
  ): Promise<MailboxSubscription> {
    return this.service.createSubscription(viewer, input);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => MailboxSubscription)
  updateMailboxSubscription(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: UpdateMailboxSubscriptionInput,
  ): Promise<MailboxSubscription> {
    return this.service.updateSubscription(viewer, input);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => Boolean)
  deleteMailboxSubscription(
    @CurrentViewer() viewer: RequestViewer,
    @Args('id', { type: () => ID }, UuidArg) id: string,
  ): Promise<boolean> {
    return this.service.deleteSubscription(viewer, id);
  }
}
