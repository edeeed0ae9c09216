import { Injectable } from '@nestjs/common';
import { BulletinStatus, Tier, tierCovers } from '@bulwark/domain';
import { approverFit, describeApproverRefusal, needsSecondPublisher } from '@bulwark/policy';
import type { RequestViewer } from '@api/auth/request-viewer';
import { badInput, conflict, forbidden, notFound } from '@api/common/app-errors';
import { type Connection, decodeCursor, toConnection } from '@api/graphql/pagination';
import { requireWriterClearance } from './audience-rules';
import { type ApproverCandidateRow, ApproverCandidatesRepository } from './approver-candidates.repository';
import { BulletinsService } from './bulletins.service';
import type { ApproverOptionsArgs } from './dto/approver-options.args';
import type { ApproverOption } from './models/approver-option.model';

/**
 * Who may be named approver of a bulletin's AMBER_STRICT or RED revision (a draft to submit, or an amendment), for
 * the compose page: the active publishers of its originating organizations, each with libs/policy's approverFit,
 * the decision submitBulletin and amendBulletin apply.
 *
 * It reveals no more than recipientOptions: people are listed only to a writer cleared for RED (and for the tier
 * asked), with name, email and organization, their clearance only as the reason they are not offered; and only
 * about a bulletin the caller may read (R15: else NOT_FOUND, on the record) and writes for, as a member of one of
 * its originating organizations.
 */
@Injectable()
export class ApproverOptionsService {
  constructor(
    private readonly bulletins: BulletinsService,
    private readonly candidates: ApproverCandidatesRepository,
  ) {}

  async options(viewer: RequestViewer, args: ApproverOptionsArgs): Promise<Connection<ApproverOption>> {
    if (!viewer.userId) throw forbidden('API keys cannot write bulletins; a person must.');
    const cursor = decodeCursor(args.after);
    const bulletin = await this.bulletins.get(viewer, args.bulletinId);
    if (!bulletin) throw notFound('Bulletin');
    if (!viewer.organizationId || !bulletin.originatorOrgIds.includes(viewer.organizationId)) {
      throw forbidden('Only a member of an originating organization names an approver.');
    }
    const tier = args.tier ?? bulletin.tier;
    if (!needsSecondPublisher(tier)) {
      throw badInput(`A ${tier} revision names no approver: only AMBER_STRICT and RED wait for a second publisher.`, [
        { field: 'tier', problems: ['only AMBER_STRICT or RED'] },
      ]);
    }
    requireWriterClearance(viewer, tier);
    if (!tierCovers(viewer.clearance, Tier.RED)) {
      throw forbidden('Approver options name people, as RED recipients do: only for a writer cleared for RED.');
    }
    const authorUserId = this.authorOf(viewer, bulletin);
    const revision = { tier, originatorOrgIds: bulletin.originatorOrgIds, authorUserId };
    const { rows, total } = await this.candidates.page(bulletin.originatorOrgIds, cursor, args.first);
    const options = rows.map((row) => option(row, approverFit(revision, candidateOf(row))));
    return toConnection(options, args.first, total, (node) => ({ key: node.name, id: node.id }));
  }

  /** Whose revision it would be: a draft's author, or for an amendment of a published bulletin, the amender. */
  private authorOf(viewer: RequestViewer, bulletin: { status: BulletinStatus; authorUserId: string }): string {
    switch (bulletin.status) {
      case BulletinStatus.DRAFT:
      case BulletinStatus.IN_REVIEW:
        return bulletin.authorUserId;
      case BulletinStatus.PUBLISHED:
        return viewer.userId ?? '';
      default:
        throw conflict('A retracted bulletin takes no approver.');
    }
  }
}

function candidateOf(row: ApproverCandidateRow) {
  return {
    userId: row.id,
    organizationId: row.organization_id,
    roles: row.roles,
    active: row.active,
    clearance: row.clearance,
    organization: { active: row.organization_active, vettedTier: row.vetted_tier },
  };
}

function option(row: ApproverCandidateRow, fit: ReturnType<typeof approverFit>): ApproverOption {
  return {
    id: row.id,
    name: row.display_name,
    email: row.email,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    offered: fit.fits,
    reason: fit.fits ? null : fit.refusal,
    reasonText: describeApproverRefusal(fit),
  };
}
