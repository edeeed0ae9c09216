import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import { Feed } from '@api/modules/feeds/models/feed.model';
import { Organization } from '@api/modules/organizations/models/organization.model';
import { SetFeedMailDeliveryInput, SetOrganizationMailDetailInput } from './dto/mail-delivery.input';
import { NotificationsService } from './notifications.service';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Requires(Permission.FEED_MANAGE_OWN)
  @Mutation(() => Feed, {
    description:
      'When one of your saved feeds is mailed to you. Starting to mail sends what is published from now on, never a backlog.',
  })
  setFeedMailDelivery(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: SetFeedMailDeliveryInput,
  ): Promise<Feed> {
    return this.service.setFeedDelivery(viewer, input);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => Organization, {
    description:
      "How much of a bulletin mail to the organization's members and mailboxes carries: less than the tier rules allow, never more. Your own organization unless you manage every one.",
  })
  setOrganizationMailDetail(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: SetOrganizationMailDetailInput,
  ): Promise<Organization> {
    return this.service.setMailDetail(viewer, input);
  }
}
