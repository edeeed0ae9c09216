import { Injectable } from '@nestjs/common';
import type { RequestViewer } from '@api/auth/request-viewer';
import { badInput, forbidden, notFound } from '@api/common/app-errors';
import { type Connection, decodeCursor, toConnection } from '@api/graphql/pagination';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import type { MyMailsArgs, OrganizationMailsArgs } from './dto/mail-records.args';
import { administeredOrganization } from '@api/auth/organization-scope';
import { MailRecordsRepository, type MailRecordScope } from './mail-records.repository';
import type { MailRecord } from './models/mail-record.model';

/**
 * Delivery records: a user's own, and an organization's (its members' and mailboxes') for its administrators.
 * A record never names a bulletin, so showing it never tells its reader about one they may not read (R15).
 */
@Injectable()
export class MailRecordsService {
  constructor(
    private readonly records: MailRecordsRepository,
    private readonly organizations: OrganizationsService,
  ) {}

  mine(viewer: RequestViewer, args: MyMailsArgs): Promise<Connection<MailRecord>> {
    if (!viewer.userId) throw forbidden('Mail goes to people; an API key has none.');
    return this.page({ userId: viewer.userId }, args);
  }

  async ofOrganization(viewer: RequestViewer, args: OrganizationMailsArgs): Promise<Connection<MailRecord>> {
    const organizationId = administeredOrganization(viewer, args.organizationId);
    if (!(await this.organizations.get(organizationId))) throw notFound('Organization');
    return this.page({ organizationId }, args, args);
  }

  private async page(
    scope: MailRecordScope,
    args: MyMailsArgs,
    filter: Pick<OrganizationMailsArgs, 'status'> = {},
  ): Promise<Connection<MailRecord>> {
    const after = decodeCursor(args.after);
    if (after && Number.isNaN(Date.parse(after.key)))
      throw badInput('Invalid cursor: pass the endCursor of a previous page.');
    const { rows, total } = await this.records.page(scope, filter.status, after, args.first);
    const records = rows.map((row): MailRecord => ({
      id: row.id,
      kind: row.kind,
      status: row.status,
      recipient: row.recipient ?? '',
      mailboxName: row.mailbox_name,
      feedName: row.feed_name,
      attempts: row.attempts,
      lastResponse: row.last_response,
      bulletinCount: row.bulletin_count,
      messageId: row.message_id,
      createdAt: row.created_at,
      lastAttemptAt: row.last_attempt_at,
      nextAttemptAt: row.next_attempt_at,
      sentAt: row.sent_at,
    }));
    return toConnection(records, args.first, total, (record) => ({
      key: record.createdAt.toISOString(),
      id: record.id,
    }));
  }
}
