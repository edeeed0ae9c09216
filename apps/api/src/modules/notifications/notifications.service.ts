import { Injectable } from '@nestjs/common';
import type { MailDetail } from '@bulwark/domain';
import type { RequestViewer } from '@api/auth/request-viewer';
import { notFound } from '@api/common/app-errors';
import { isUniqueViolation } from '@api/common/database-errors';
import type { RequestLoaders } from '@api/graphql/request-loaders';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import { FeedsService } from '@api/modules/feeds/feeds.service';
import type { Feed } from '@api/modules/feeds/models/feed.model';
import type { Organization } from '@api/modules/organizations/models/organization.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import type { SetFeedMailDeliveryInput, SetOrganizationMailDetailInput } from './dto/mail-delivery.input';
import { administeredOrganization } from '@api/auth/organization-scope';
import { changeDelivery, deliveryDetails, NO_DELIVERY, type StoredDelivery } from './mail-delivery-settings';
import { MailSubscriptionsRepository, storedDeliveryOf } from './mail-subscriptions.repository';
import { MailWorker } from './mail-worker';
import { OrganizationMailRepository } from './organization-mail.repository';

/**
 * Mail settings of saved feeds (their owner's alone: another's feed is NOT_FOUND) and of organizations (their
 * administrators'). Each change is on the audit trail in its transaction, and wakes the mail worker.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly subscriptions: MailSubscriptionsRepository,
    private readonly organizationMail: OrganizationMailRepository,
    private readonly feeds: FeedsService,
    private readonly organizations: OrganizationsService,
    private readonly audited: AuditedUnitOfWork,
    private readonly worker: MailWorker,
  ) {}

  /** A feed's mail settings; a feed without a subscription mails nothing. Batched per operation. */
  feedDelivery(loaders: RequestLoaders, feedId: string): Promise<StoredDelivery> {
    return loaders
      .get('feedMailDelivery', async (feedIds: readonly string[]) => {
        const rows = new Map((await this.subscriptions.ofFeeds(feedIds)).map((row) => [row.feed_id, row]));
        return feedIds.map((id) => {
          const row = rows.get(id);
          return row ? storedDeliveryOf(row) : NO_DELIVERY;
        });
      })
      .load(feedId);
  }

  async setFeedDelivery(viewer: RequestViewer, input: SetFeedMailDeliveryInput): Promise<Feed> {
    const feed = await this.feeds.get(viewer, input.feedId);
    if (!feed) throw notFound('Feed');
    try {
      await this.saveFeedDelivery(viewer, feed, input);
    } catch (error) {
      // Two first settings of one feed at once: the other one's row exists now, so this one updates it.
      if (!isUniqueViolation(error, 'mail_subscriptions_feed_id_key')) throw error;
      await this.saveFeedDelivery(viewer, feed, input);
    }
    this.worker.kick();
    return feed;
  }

  private saveFeedDelivery(viewer: RequestViewer, feed: Feed, input: SetFeedMailDeliveryInput): Promise<void> {
    return this.audited.run(async (manager) => {
      const existing = await this.subscriptions.lockOfFeed(manager, feed.id);
      const before = existing ? storedDeliveryOf(existing) : null;
      const change = changeDelivery(before, input.delivery, new Date());
      const head = change.activated || !existing ? await this.subscriptions.head(manager) : null;
      if (existing) {
        await this.subscriptions.updateDelivery(manager, existing.id, change.delivery, head);
        if (change.digestDropped) await this.subscriptions.dropDigestItems(manager, existing.id);
      } else {
        await this.subscriptions.insert(manager, { feedId: feed.id }, change.delivery, head ?? '0');
      }
      return {
        result: undefined,
        audit: {
          actor: viewer,
          action: AuditAction.FEED_MAIL_DELIVERY_CHANGED,
          targetType: AuditTargetType.FEED,
          targetId: feed.id,
          details: {
            name: feed.name,
            before: deliveryDetails(before ?? NO_DELIVERY),
            after: deliveryDetails(change.delivery),
          },
        },
      };
    });
  }

  mailDetail(loaders: RequestLoaders, organizationId: string): Promise<MailDetail> {
    return loaders
      .get<string, MailDetail>('organizationMailDetail', async (ids: readonly string[]) => {
        const details = await this.organizationMail.detailOf(ids);
        return ids.map((id) => details.get(id) ?? notFound('Organization'));
      })
      .load(organizationId);
  }

  async setMailDetail(viewer: RequestViewer, input: SetOrganizationMailDetailInput): Promise<Organization> {
    const organizationId = administeredOrganization(viewer, input.organizationId);
    await this.audited.run(async (manager) => {
      const before = await this.organizationMail.setDetail(manager, organizationId, input.detail);
      if (before === null) throw notFound('Organization');
      return {
        result: undefined,
        audit: {
          actor: viewer,
          action: AuditAction.ORGANIZATION_MAIL_DETAIL_CHANGED,
          targetType: AuditTargetType.ORGANIZATION,
          targetId: organizationId,
          details: { before: { mailDetail: before }, after: { mailDetail: input.detail } },
        },
      };
    });
    const organization = await this.organizations.get(organizationId);
    if (!organization) throw notFound('Organization');
    return organization;
  }
}
