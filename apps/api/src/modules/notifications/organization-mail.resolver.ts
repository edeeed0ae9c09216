import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@api/auth/request-viewer';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';
import { Organization } from '@api/modules/organizations/models/organization.model';
import { MailDetail } from './models/mail-enums';
import { NotificationsService } from './notifications.service';

@Resolver(() => Organization)
export class OrganizationMailResolver {
  constructor(private readonly service: NotificationsService) {}

  @PushScoped(PushScope.SHARED)
  @ResolveField(() => MailDetail, {
    description: "How much of a bulletin mail to the organization's members and mailboxes carries.",
  })
  mailDetail(@Parent() organization: Organization, @Context() ctx: GqlContext): Promise<MailDetail> {
    return this.service.mailDetail(ctx.loaders, organization.id);
  }
}
