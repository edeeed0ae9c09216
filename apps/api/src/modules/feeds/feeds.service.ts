import { Injectable } from '@nestjs/common';
import { BulletinEventType, BulletinStatus } from '@bulwark/domain';
import type { RequestViewer } from '@api/auth/request-viewer';
import { badInput, conflict, forbidden, notFound } from '@api/common/app-errors';
import { isUniqueViolation } from '@api/common/database-errors';
import type { Connection } from '@api/graphql/pagination';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import { BulletinsService } from '@api/modules/bulletins/bulletins.service';
import type { Bulletin } from '@api/modules/bulletins/models/bulletin.model';
import type { BulletinEventFilter } from '@api/modules/events/dto/bulletin-events.args';
import type { CreateFeedInput, FeedItemsArgs, UpdateFeedInput } from './dto/feed.inputs';
import type { FeedEntity } from './entities/feed.entity';
import { FeedsRepository, MAX_FEEDS_PER_USER } from './feeds.repository';
import type { Feed } from './models/feed.model';

function toFeed(entity: FeedEntity): Feed {
  return {
    id: entity.id,
    name: entity.name,
    filter: entity.filter,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

function ownerOf(viewer: RequestViewer): string {
  if (!viewer.userId) throw forbidden('Saved feeds belong to people; an API key filters each call instead.');
  return viewer.userId;
}

/** A user's saved feeds. Another user's feed is NOT_FOUND. What a feed shows is always under the policy. */
@Injectable()
export class FeedsService {
  constructor(
    private readonly feeds: FeedsRepository,
    private readonly bulletins: BulletinsService,
    private readonly audited: AuditedUnitOfWork,
  ) {}

  async list(viewer: RequestViewer): Promise<Feed[]> {
    return (await this.feeds.ofUser(ownerOf(viewer))).map(toFeed);
  }

  async get(viewer: RequestViewer, id: string): Promise<Feed | null> {
    const feed = await this.feeds.owned(id, ownerOf(viewer));
    return feed && toFeed(feed);
  }

  /** The filter of the user's own feed, for a subscription that follows it; null for another's or none. */
  async ownedFilter(userId: string, id: string): Promise<BulletinEventFilter | null> {
    const feed = await this.feeds.owned(id, userId);
    return feed && feed.filter;
  }

  async create(viewer: RequestViewer, input: CreateFeedInput): Promise<Feed> {
    const userId = ownerOf(viewer);
    if ((await this.feeds.count(userId)) >= MAX_FEEDS_PER_USER)
      throw badInput(`At most ${MAX_FEEDS_PER_USER} saved feeds.`);
    return this.save(viewer, AuditAction.FEED_CREATED, {
      userId,
      name: input.name.trim(),
      filter: { ...input.filter },
    });
  }

  async update(viewer: RequestViewer, input: UpdateFeedInput): Promise<Feed> {
    const feed = await this.feeds.owned(input.id, ownerOf(viewer));
    if (!feed) throw notFound('Feed');
    if (input.name !== undefined) feed.name = input.name.trim();
    if (input.filter !== undefined) feed.filter = { ...input.filter };
    return this.save(viewer, AuditAction.FEED_UPDATED, feed);
  }

  async delete(viewer: RequestViewer, id: string): Promise<boolean> {
    const userId = ownerOf(viewer);
    return this.audited.run(async (manager) => {
      if (!(await this.feeds.delete(id, userId, manager))) throw notFound('Feed');
      return {
        result: true,
        audit: { actor: viewer, action: AuditAction.FEED_DELETED, targetType: AuditTargetType.FEED, targetId: id },
      };
    });
  }

  /** What the feed matches now, newest first: the same list and policy as `bulletins`. */
  async items(viewer: RequestViewer, args: FeedItemsArgs): Promise<Connection<Bulletin>> {
    const feed = await this.feeds.owned(args.feedId, ownerOf(viewer));
    if (!feed) throw notFound('Feed');
    const filter = feed.filter as BulletinEventFilter;
    const onlyRetractions = filter.types?.length === 1 && filter.types[0] === BulletinEventType.RETRACTED;
    return this.bulletins.list(viewer, {
      first: args.first,
      after: args.after,
      filter: {
        tiers: filter.tiers,
        categories: filter.categories,
        minSeverity: filter.minSeverity,
        jurisdictions: filter.jurisdictions,
        originatorIds: filter.originatorIds,
        tags: filter.tags,
        statuses: onlyRetractions ? [BulletinStatus.RETRACTED] : [BulletinStatus.PUBLISHED],
      },
    });
  }

  /** The filter is the user's own choice of what to follow: recorded as its name only. */
  private async save(viewer: RequestViewer, action: AuditAction, feed: Partial<FeedEntity>): Promise<Feed> {
    try {
      return await this.audited.run(async (manager) => {
        const saved = await this.feeds.save(feed, manager);
        return {
          result: toFeed(saved),
          audit: {
            actor: viewer,
            action,
            targetType: AuditTargetType.FEED,
            targetId: saved.id,
            details: { name: saved.name },
          },
        };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'feeds_user_id_name_key')) throw conflict('You already have a feed with this name.');
      throw error;
    }
  }
}
