import { Injectable } from '@nestjs/common';
import { BulletinStatus } from '@bulwark/domain';
import {
  decideRead,
  decideRelease,
  needsSecondPublisher,
  ReleaseRefusal,
  type RevisionMarking,
  type ViewerContext,
} from '@bulwark/policy';
import { badInput } from '@api/common/app-errors';
import { type Connection, decodeCursor, type PageArgs, toConnection } from '@api/graphql/pagination';
import type { RequestLoaders } from '@api/graphql/request-loaders';
import { UsersService } from '@api/modules/users/users.service';
import { markingOf, markingOfContent, toBulletin } from './bulletin-mapper';
import { BulletinsReadRepository } from './bulletins-read.repository';
import { BulletinsService, LISTED_AT } from './bulletins.service';
import type { Bulletin, RevisionContent } from './models/bulletin.model';
import type { BulletinReview, ReviewComment, ReviewParticipant } from './models/review.model';

/** Review comments served per bulletin, newest first. */
export const MAX_REVIEW_COMMENTS = 20;

const REFUSAL_TEXT: Readonly<Record<ReleaseRefusal, string>> = {
  [ReleaseRefusal.NOT_ORIGINATOR_PUBLISHER]: 'only a publisher of an originating organization',
  [ReleaseRefusal.WROTE_IT]: 'you wrote it',
  [ReleaseRefusal.NOT_NAMED_APPROVER]: 'only the named approver',
};

/** A revision's marking as it was in review, whatever became of it since (sent back, published, withdrawn). */
function inReview(marking: RevisionMarking): RevisionMarking {
  return { ...marking, status: BulletinStatus.IN_REVIEW };
}

/**
 * Review for publishers: the queue, what awaits release on a bulletin and whether the viewer may release it, and the
 * comments of drafts sent back. Every decision is libs/policy's: decideRead for what the viewer may see (R11, R15),
 * decideRelease for whether they may publish it (R10), the same call publishBulletin makes.
 */
@Injectable()
export class BulletinReviewService {
  constructor(
    private readonly reads: BulletinsReadRepository,
    private readonly bulletins: BulletinsService,
    private readonly users: UsersService,
  ) {}

  async queue(viewer: ViewerContext, args: PageArgs): Promise<Connection<Bulletin>> {
    const cursor = decodeCursor(args.after);
    if (cursor && !LISTED_AT.test(cursor.key)) throw badInput('Invalid cursor: pass the endCursor of a previous page.');
    const { rows, total } = await this.reads.reviewQueuePage(
      viewer,
      cursor && { updatedAt: cursor.key, id: cursor.id },
      args.first,
    );
    const keys = new Map(rows.map((row) => [row.id, row.queue_key]));
    return toConnection(rows.map(toBulletin), args.first, total, (bulletin) => ({
      key: keys.get(bulletin.id) ?? '',
      id: bulletin.id,
    }));
  }

  /**
   * The revision awaiting release: the current one of a draft or a draft in review, else a published bulletin's
   * pending amendment if the viewer may see it (R11; null otherwise, as when there is none).
   */
  async review(loaders: RequestLoaders, viewer: ViewerContext, bulletin: Bulletin): Promise<BulletinReview | null> {
    let awaiting: RevisionContent | null = null;
    if (bulletin.status === BulletinStatus.DRAFT || bulletin.status === BulletinStatus.IN_REVIEW) awaiting = bulletin;
    else if (bulletin.status === BulletinStatus.PUBLISHED)
      awaiting = await this.bulletins.pendingAmendment(loaders, viewer, bulletin.id);
    if (!awaiting) return null;
    const decision = decideRelease(viewer, markingOfContent(awaiting));
    const [author, approver] = await Promise.all([
      this.participant(loaders, awaiting.authorUserId),
      awaiting.approverUserId ? this.participant(loaders, awaiting.approverUserId) : null,
    ]);
    return {
      revision: awaiting.revision,
      tier: awaiting.tier,
      isAmendment: awaiting !== bulletin,
      needsSecondPublisher: needsSecondPublisher(awaiting.tier),
      author,
      approver,
      viewerCanPublish: decision.allowed,
      cannotPublishReason: decision.allowed ? null : decision.refusal,
      cannotPublishReasonText: decision.allowed ? null : REFUSAL_TEXT[decision.refusal],
    };
  }

  /**
   * Why drafts and amendments of this bulletin were sent back, newest first. Each comment is for whoever may see its
   * revision in review (R11: its author, publishers of an originating organization cleared for its tier; for RED its
   * author and named approver) and for that revision's author. The list is null for anyone who may see none of its
   * comments and neither wrote the bulletin nor may see it in review: they may be reading it published.
   */
  async comments(loaders: RequestLoaders, viewer: ViewerContext, bulletin: Bulletin): Promise<ReviewComment[] | null> {
    // R11 is for people: an API key or an anonymous reader never sees a bulletin in review.
    if (viewer.kind !== 'USER') return null;
    const rows = await loaders
      .get('bulletinReturns', async (ids: readonly string[]) => {
        const found = await this.reads.returnsOf(ids, MAX_REVIEW_COMMENTS);
        return ids.map((id) => found.filter((row) => row.bulletin_id === id));
      })
      .load(bulletin.id);
    const shown = rows.filter(
      (row) => viewer.userId === row.author_user_id || decideRead(viewer, inReview(markingOf(row))).allowed,
    );
    const seesReview = decideRead(viewer, inReview(markingOfContent(bulletin))).allowed;
    if (shown.length === 0 && !seesReview && viewer.userId !== bulletin.bulletinAuthorUserId) return null;
    return Promise.all(
      shown.map(async (row) => ({
        revision: row.revision_number,
        comment: row.comment,
        at: row.returned_at,
        by: await this.participant(loaders, row.returned_by_user_id),
      })),
    );
  }

  private async participant(loaders: RequestLoaders, userId: string): Promise<ReviewParticipant> {
    const user = await this.users.loadById(loaders, userId);
    return { id: userId, displayName: user?.displayName ?? 'Unknown user' };
  }
}
