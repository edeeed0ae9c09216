import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import type { Connection } from '@api/graphql/pagination';
import { MyMailsArgs, OrganizationMailsArgs } from './dto/mail-records.args';
import { MailRecordsService } from './mail-records.service';
import { type MailRecord, MailRecordConnection } from './models/mail-record.model';

@Resolver()
export class MailRecordsResolver {
  constructor(private readonly service: MailRecordsService) {}

  @Requires(Permission.FEED_MANAGE_OWN)
  @Query(() => MailRecordConnection, { description: 'The mail Bulwark sent (or will send) you, newest first.' })
  myMails(@CurrentViewer() viewer: RequestViewer, @Args() args: MyMailsArgs): Promise<Connection<MailRecord>> {
    return this.service.mine(viewer, args);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Query(() => MailRecordConnection, {
    description:
      "Mail to an organization's members and mailboxes, newest first: your own organization's; platform administrators may name any.",
  })
  organizationMails(
    @CurrentViewer() viewer: RequestViewer,
    @Args() args: OrganizationMailsArgs,
  ): Promise<Connection<MailRecord>> {
    return this.service.ofOrganization(viewer, args);
  }
}
