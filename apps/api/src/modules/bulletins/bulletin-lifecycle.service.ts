import { Injectable } from '@nestjs/common';
import { BulletinEventType, BulletinStatus, Role, Tier } from '@bulwark/domain';
import { approverFit, decideRead, decideRelease, needsSecondPublisher, ReleaseRefusal } from '@bulwark/policy';
import type { RequestViewer } from '@api/auth/request-viewer';
import { AppError, badInput, conflict, ErrorCode, forbidden, notFound } from '@api/common/app-errors';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { type AuditEntry, AuditService } from '@api/modules/audit/audit.service';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { UsersService } from '@api/modules/users/users.service';
import { EventBus } from '@api/modules/events/event-bus.service';
import { EventLogService } from '@api/modules/events/event-log.service';
import type { EntityManager } from 'typeorm';
import { checkAudienceShape, requireWriterClearance } from './audience-rules';
import { markingOf } from './bulletin-mapper';
import type { BulletinRow } from './bulletin-row';
import { BulletinsWriteRepository, type RevisionFields } from './bulletins-write.repository';
import type { BulletinContentInput, CreateBulletinInput } from './dto/bulletin-content.input';
import type {
  AcknowledgeBulletinInput,
  AmendBulletinInput,
  BulletinRefInput,
  RetractBulletinInput,
  ReturnBulletinInput,
  SubmitBulletinInput,
  UpdateBulletinInput,
} from './dto/bulletin-lifecycle.inputs';
import { normaliseIndicators } from '@api/common/indicators';
import { RecipientCheckService } from './recipient-check.service';

type Content = Omit<RevisionFields, 'status' | 'authorUserId' | 'approverUserId' | 'publishedAt' | 'changeNote'>;

function contentOf(row: BulletinRow): Content {
  return {
    tier: row.tier,
    title: row.title,
    summary: row.summary,
    body: row.body,
    category: row.category,
    severity: row.severity,
    jurisdictions: row.jurisdictions,
    tags: row.tags,
    referenceUrls: row.reference_urls,
    originatorOrgIds: row.originator_org_ids,
    recipientOrgIds: row.recipient_org_ids,
    recipientUserIds: row.recipient_user_ids,
  };
}

function merge(base: Content, input: Partial<BulletinContentInput>): Content {
  return {
    ...base,
    ...(input.tier !== undefined && { tier: input.tier }),
    ...(input.title !== undefined && { title: input.title.trim() }),
    ...(input.summary !== undefined && { summary: input.summary.trim() }),
    ...(input.body !== undefined && { body: input.body }),
    ...(input.category !== undefined && { category: input.category }),
    ...(input.severity !== undefined && { severity: input.severity }),
    ...(input.jurisdictions !== undefined && { jurisdictions: [...input.jurisdictions].sort() }),
    ...(input.tags !== undefined && { tags: input.tags }),
    ...(input.references !== undefined && { referenceUrls: input.references }),
    ...(input.recipientOrganizationIds !== undefined && { recipientOrgIds: input.recipientOrganizationIds }),
    ...(input.recipientUserIds !== undefined && { recipientUserIds: input.recipientUserIds }),
  };
}

/**
 * R14: the originating organizations a writer names, in their order (the first gives the reference number), each
 * once. The writer's own organization is always among them, on create and on every edit alike.
 */
function originatorsOf(viewer: RequestViewer, requested: readonly string[]): string[] {
  const originators = [...new Set(requested)];
  if (!viewer.organizationId || !originators.includes(viewer.organizationId)) {
    throw badInput('A bulletin you write names your own organization among its originators.', [
      { field: 'originatorOrganizationIds', problems: ['must include your organization'] },
    ]);
  }
  return originators;
}

/** What returnBulletin answers when nothing awaits release that the caller may see. */
/**
 * The answer to an act on a pending amendment the viewer may not see: word for word a bulletin without one (R15);
 * its own class only so that the attempt is recorded as denied (R18).
 */
class HiddenAmendmentConflict extends AppError {
  constructor(answer: string) {
    super(ErrorCode.CONFLICT, answer);
  }
}

const NOTHING_TO_RETURN = 'Only a draft in review or a pending amendment can be sent back to its author.';

function requireUser(viewer: RequestViewer, what: string): string {
  if (!viewer.userId) throw forbidden(`API keys cannot ${what}; a person must.`);
  return viewer.userId;
}

/**
 * Writing bulletins: draft, submit, publish, amend, retract, acknowledge (R7, R10–R14). Each is one transaction
 * on the locked bulletin. A bulletin the caller may not read is NOT_FOUND for every mutation (R15).
 */
@Injectable()
export class BulletinLifecycleService {
  constructor(
    private readonly writes: BulletinsWriteRepository,
    private readonly recipients: RecipientCheckService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly eventLog: EventLogService,
    private readonly bus: EventBus,
    private readonly audit: AuditService,
    private readonly audited: AuditedUnitOfWork,
  ) {}

  /**
   * A new draft. `alongside` writes what else belongs to the same change (an incident report's link to the draft
   * made from it) in the draft's transaction, and returns its audit records.
   */
  async create(
    viewer: RequestViewer,
    input: CreateBulletinInput,
    alongside?: (manager: EntityManager, bulletinId: string) => Promise<readonly AuditEntry[]>,
  ): Promise<string> {
    const authorUserId = requireUser(viewer, 'write bulletins');
    const originators = originatorsOf(viewer, input.originatorOrganizationIds ?? [viewer.organizationId ?? '']);
    const content = merge(
      {
        tier: input.tier,
        title: input.title,
        summary: input.summary,
        body: input.body,
        category: input.category,
        severity: input.severity,
        jurisdictions: [],
        tags: [],
        referenceUrls: [],
        originatorOrgIds: originators,
        recipientOrgIds: [],
        recipientUserIds: [],
      },
      input,
    );
    const indicators = normaliseIndicators(input.indicators ?? []);
    await this.checkContent(viewer, content);
    return this.audited.run(async (manager) => {
      const id = await this.writes.insertBulletin(manager, authorUserId, input.expiresAt ?? null, BulletinStatus.DRAFT);
      await this.writes.insertRevision(
        manager,
        id,
        1,
        this.revision(content, BulletinStatus.DRAFT, authorUserId),
        indicators,
      );
      const created: AuditEntry = {
        actor: viewer,
        action: AuditAction.BULLETIN_CREATED,
        targetType: AuditTargetType.BULLETIN,
        targetId: id,
        details: { revision: 1 },
      };
      return { result: id, audit: [created, ...((await alongside?.(manager, id)) ?? [])] };
    });
  }

  async update(viewer: RequestViewer, input: UpdateBulletinInput): Promise<string> {
    return this.onLocked(viewer, AuditAction.BULLETIN_UPDATED, input, async (row, manager) => {
      if (row.status !== BulletinStatus.DRAFT)
        throw conflict('Only a draft can be edited; amend a published bulletin.');
      const content = {
        ...merge(contentOf(row), input),
        ...(input.originatorOrganizationIds !== undefined && {
          originatorOrgIds: originatorsOf(viewer, input.originatorOrganizationIds),
        }),
      };
      const indicators = input.indicators ? normaliseIndicators(input.indicators) : null;
      await this.checkContent(viewer, content, manager);
      await this.writes.updateRevision(
        manager,
        { bulletinId: row.id, revisionId: row.revision_id },
        content,
        indicators,
      );
      await this.writes.touchBulletin(
        manager,
        row.id,
        input.expiresAt !== undefined ? { expiresAt: input.expiresAt } : {},
      );
    });
  }

  async submit(viewer: RequestViewer, input: SubmitBulletinInput): Promise<string> {
    return this.onLocked(viewer, AuditAction.BULLETIN_SUBMITTED, input, async (row, manager) => {
      if (row.status !== BulletinStatus.DRAFT) throw conflict('Only a draft can be submitted for review.');
      if (viewer.userId !== row.author_user_id) throw forbidden('Only the author submits a draft for review.');
      if (row.tier === Tier.RED && !input.approverUserId) {
        throw badInput('A RED draft names the publisher who will approve it.', [
          { field: 'approverUserId', problems: ['required for RED'] },
        ]);
      }
      if (input.approverUserId) {
        await this.checkApprover(
          input.approverUserId,
          { authorUserId: row.author_user_id, tier: row.tier, originatorOrgIds: row.originator_org_ids },
          manager,
        );
      }
      await this.writes.setRevisionStatus(manager, row.id, BulletinStatus.IN_REVIEW, true);
      if (input.approverUserId) await this.writes.nameApprover(manager, row.revision_id, input.approverUserId);
      await this.writes.touchBulletin(manager, row.id, { status: BulletinStatus.IN_REVIEW });
    });
  }

  async publish(viewer: RequestViewer, input: BulletinRefInput): Promise<string> {
    return this.announcing(viewer, AuditAction.BULLETIN_PUBLISHED, input, async (row, manager) => {
      if (row.status === BulletinStatus.PUBLISHED) return this.releaseAmendment(viewer, row, manager);
      if (row.status !== BulletinStatus.DRAFT && row.status !== BulletinStatus.IN_REVIEW)
        throw conflict('This bulletin is already published.');
      const publisherId = await this.checkRelease(viewer, row, 'bulletin', manager);
      const reference = row.reference ?? (await this.reference(manager, row.originator_org_ids[0]));
      await this.writes.setRevisionStatus(manager, row.id, BulletinStatus.PUBLISHED, true);
      await this.writes.markPublished(manager, row.revision_id, publisherId);
      await this.eventLog.append(manager, BulletinEventType.PUBLISHED, row.id, row.revision_id);
      await this.writes.touchBulletin(manager, row.id, {
        status: BulletinStatus.PUBLISHED,
        reference,
        // The transaction's clock, as the revision's published_at: a STIX object's created is never after its modified.
        firstPublishedAt: () => 'now()',
      });
      return { revision: row.number };
    });
  }

  /**
   * A new revision of a published bulletin (R12). Into AMBER_STRICT or RED it is only proposed: a pending amendment,
   * not current and announced to nobody, until another publisher releases it with publishBulletin (R10). Into a
   * lower tier it is published at once by the amending publisher, as R10 does not cover it.
   */
  async amend(viewer: RequestViewer, input: AmendBulletinInput): Promise<string> {
    let announced = false;
    const id = await this.onLocked(viewer, AuditAction.BULLETIN_AMENDED, input, async (row, manager) => {
      if (row.status !== BulletinStatus.PUBLISHED) throw conflict('Only a published bulletin can be amended.');
      if (row.number !== input.expectedRevision) {
        throw conflict(
          `This bulletin is at revision ${row.number}, not ${input.expectedRevision}: read it again before amending.`,
        );
      }
      const publisherId = this.requireOriginatorPublisher(viewer, row);
      // One pending amendment at a time. Its existence is no secret from a publisher of an originator; its text is.
      if (await this.writes.pendingOf(manager, row.id)) {
        throw conflict(
          'An amendment of this bulletin is awaiting review: it is released (publishBulletin) or withdrawn (retractBulletin) before another.',
        );
      }
      const content = merge(contentOf(row), input);
      const twoPerson = needsSecondPublisher(content.tier);
      if (!twoPerson && input.approverUserId) {
        throw badInput('Only an AMBER_STRICT or RED amendment waits for an approver.', [
          { field: 'approverUserId', problems: ['only for AMBER_STRICT or RED'] },
        ]);
      }
      if (content.tier === Tier.RED && !input.approverUserId) {
        throw badInput('A RED amendment names the publisher who will approve it.', [
          { field: 'approverUserId', problems: ['required for RED'] },
        ]);
      }
      await this.checkContent(viewer, content, manager);
      if (input.approverUserId) {
        await this.checkApprover(
          input.approverUserId,
          { authorUserId: publisherId, tier: content.tier, originatorOrgIds: content.originatorOrgIds },
          manager,
        );
      }
      await this.recipients.requireCleared(
        {
          tier: content.tier,
          recipientOrgIds: content.recipientOrgIds,
          recipientUserIds: content.recipientUserIds,
        },
        manager,
      );
      const indicators = input.indicators
        ? normaliseIndicators(input.indicators)
        : await this.writes.indicatorsOf(manager, row.revision_id);
      const number = await this.writes.nextRevisionNumber(manager, row.id);
      const changeNote = input.changeNote.trim();
      if (twoPerson) {
        const proposed = {
          ...this.revision(content, BulletinStatus.IN_REVIEW, publisherId),
          approverUserId: input.approverUserId ?? null,
          changeNote,
        };
        await this.writes.insertRevision(manager, row.id, number, proposed, indicators, false);
        // The version moves so that whoever releases it must have read the bulletin since it was proposed.
        await this.writes.touchBulletin(manager, row.id, {});
        return { revision: number, pending: true };
      }
      await this.writes.retireCurrent(manager, row.id);
      const revision = {
        ...this.revision(content, BulletinStatus.PUBLISHED, publisherId),
        approverUserId: publisherId,
        publishedAt: new Date(),
        changeNote,
      };
      const revisionId = await this.writes.insertRevision(manager, row.id, number, revision, indicators);
      await this.eventLog.append(manager, BulletinEventType.AMENDED, row.id, revisionId);
      await this.writes.touchBulletin(manager, row.id, { revisionNumber: number });
      announced = true;
      return { revision: number };
    });
    if (announced) this.bus.notify();
    return id;
  }

  async retract(viewer: RequestViewer, input: RetractBulletinInput): Promise<string> {
    return this.announcing(viewer, AuditAction.BULLETIN_RETRACTED, input, async (row, manager) => {
      if (row.status !== BulletinStatus.PUBLISHED) throw conflict('Only a published bulletin can be retracted.');
      const publisherId = this.requireOriginatorPublisher(viewer, row);
      // A pending amendment was never released: it is withdrawn, not retracted, so its text stays under R11.
      const withdrawn = await this.writes.withdrawPending(manager, row.id);
      await this.writes.setRevisionStatus(manager, row.id, BulletinStatus.RETRACTED, false);
      await this.writes.withdrawTextFromSearch(manager, row.id);
      await this.eventLog.append(manager, BulletinEventType.RETRACTED, row.id, row.revision_id);
      await this.writes.touchBulletin(manager, row.id, {
        status: BulletinStatus.RETRACTED,
        retractedAt: new Date(),
        retractionReason: input.reason.trim(),
        retractedByUserId: publisherId,
      });
      return withdrawn.length > 0 ? { withdrawnAmendment: withdrawn[0] } : undefined;
    });
  }

  /**
   * Sends what awaits release back to its author with a comment. A draft in review: by a publisher of an originating
   * organization who may see it (R11; anyone else gets NOT_FOUND, R15); it is a draft again, editable by its author.
   * A named approver stays named (a new submission may name another): for RED, who sent it back still sees the draft
   * and their comment (R11), and the mutation can answer them with it. A published bulletin's pending amendment: see
   * returnAmendment. Either way the comment is kept.
   */
  async returnToAuthor(viewer: RequestViewer, input: ReturnBulletinInput): Promise<string> {
    const comment = input.comment.trim();
    return this.onLocked(viewer, AuditAction.BULLETIN_RETURNED, input, async (row, manager) => {
      if (row.status === BulletinStatus.PUBLISHED) return this.returnAmendment(viewer, row, comment, manager);
      if (row.status !== BulletinStatus.IN_REVIEW) throw conflict(NOTHING_TO_RETURN);
      const reviewerId = this.requireOriginatorPublisher(viewer, row);
      await this.writes.setRevisionStatus(manager, row.id, BulletinStatus.DRAFT, true);
      await this.writes.recordReturn(manager, {
        bulletinId: row.id,
        revisionId: row.revision_id,
        revisionNumber: row.number,
        returnedByUserId: reviewerId,
        comment,
      });
      await this.writes.touchBulletin(manager, row.id, { status: BulletinStatus.DRAFT });
      // The comment is the bulletin's, not the trail's: like titles, it stays out of audit details (R15).
      return { revision: row.number };
    });
  }

  async acknowledge(viewer: RequestViewer, input: AcknowledgeBulletinInput): Promise<string> {
    const userId = requireUser(viewer, 'acknowledge bulletins');
    let recorded = false;
    const id = await this.onLocked(viewer, AuditAction.BULLETIN_ACKNOWLEDGED, input, async (row, manager) => {
      if (row.status !== BulletinStatus.PUBLISHED) throw conflict('Only a published bulletin can be acknowledged.');
      recorded = await this.writes.acknowledge(manager, {
        bulletinId: row.id,
        revisionId: row.revision_id,
        userId,
        organizationId: viewer.organizationId as string,
      });
    });
    // The receipt is committed: live acknowledgement reports, on every instance, read it afresh (acknowledgementsChanged).
    if (recorded) this.bus.notifyAcknowledgement();
    return id;
  }

  /** onLocked for changes that append events: subscribers are woken once the transaction has committed. */
  private async announcing(...args: Parameters<BulletinLifecycleService['onLocked']>): Promise<string> {
    const id = await this.onLocked(...args);
    this.bus.notify();
    return id;
  }

  /**
   * Locks the bulletin, hides it if the viewer may not read it (R15), checks the version the input names (if it
   * names one), runs `work` and records `action` with what `work` returns, all in one transaction. A bulletin that
   * exists but is hidden from the viewer, or a refused change, is recorded as DENIED after the rollback; the caller
   * sees exactly the error a missing bulletin gives.
   */
  private async onLocked(
    viewer: RequestViewer,
    action: AuditAction,
    { id, expectedVersion }: { readonly id: string; readonly expectedVersion?: number },
    work: (row: BulletinRow, manager: EntityManager) => Promise<Record<string, unknown> | void>,
  ): Promise<string> {
    let hidden = false;
    try {
      return await this.audited.run(async (manager) => {
        const row = await this.writes.lockCurrent(manager, id);
        if (row && !decideRead(viewer, markingOf(row)).allowed) hidden = true;
        if (!row || hidden) throw notFound('Bulletin');
        if (expectedVersion !== undefined && expectedVersion !== row.version) {
          throw conflict(`This bulletin is at version ${row.version}, not ${expectedVersion}: read it again.`);
        }
        const details = await work(row, manager);
        return {
          result: row.id,
          audit: {
            actor: viewer,
            action,
            targetType: AuditTargetType.BULLETIN,
            targetId: row.id,
            details: details ?? {},
          },
        };
      });
    } catch (error) {
      const refused = error instanceof AppError && error.code === ErrorCode.FORBIDDEN;
      const hiddenAmendment = error instanceof HiddenAmendmentConflict;
      if (hidden || refused || hiddenAmendment) {
        await this.audit.recordDenial(viewer, AuditTargetType.BULLETIN, id, {
          attempted: action,
          answered: hidden ? ErrorCode.NOT_FOUND : hiddenAmendment ? ErrorCode.CONFLICT : ErrorCode.FORBIDDEN,
        });
      }
      throw error;
    }
  }

  private requireOriginatorPublisher(viewer: RequestViewer, row: BulletinRow): string {
    const isPublisher = viewer.roles.includes(Role.PUBLISHER);
    const ofOriginator = viewer.organizationId !== null && row.originator_org_ids.includes(viewer.organizationId);
    if (!isPublisher || !ofOriginator || !viewer.userId) {
      throw forbidden('Only a publisher of an originating organization does this.');
    }
    return viewer.userId;
  }

  /** What every written revision must satisfy: the writer's own clearance, a well-formed audience, known recipients. */
  private async checkContent(viewer: RequestViewer, content: Content, manager?: EntityManager): Promise<void> {
    requireWriterClearance(viewer, content.tier);
    const audience = {
      tier: content.tier,
      recipientOrgIds: content.recipientOrgIds,
      recipientUserIds: content.recipientUserIds,
    };
    checkAudienceShape(audience);
    await this.recipients.requireKnown(audience, content.originatorOrgIds, manager);
  }

  /**
   * Releases the pending amendment of a published bulletin (R10): by a publisher of an originating organization who
   * did not write it (for RED, its named approver), to recipients cleared for its tier; it becomes current and is
   * announced. Someone who may not see the pending amendment (R11) gets the answer a bulletin without one gives.
   */
  private async releaseAmendment(
    viewer: RequestViewer,
    row: BulletinRow,
    manager: EntityManager,
  ): Promise<Record<string, unknown>> {
    const pending = await this.visiblePending(viewer, row, manager, 'This bulletin is already published.');
    const publisherId = await this.checkRelease(viewer, pending, 'amendment', manager);
    await this.writes.retireCurrent(manager, row.id);
    if (!(await this.writes.releasePending(manager, pending.revision_id, publisherId))) {
      throw conflict('This bulletin is already published.');
    }
    await this.eventLog.append(manager, BulletinEventType.AMENDED, row.id, pending.revision_id);
    await this.writes.touchBulletin(manager, row.id, { revisionNumber: pending.number });
    return { revision: pending.number, releasedAmendment: true };
  }

  /**
   * Sends a published bulletin's pending amendment back to its author (R10): by whoever may release it, the decision
   * publishBulletin applies (decideRelease), so never by its author. It is withdrawn as a retraction withdraws it:
   * never current, never to be released, its text still under R11 for its author and who sent it back. The published
   * revision stays exactly as it was and nothing is announced. The next amendment takes the number after it.
   */
  private async returnAmendment(
    viewer: RequestViewer,
    row: BulletinRow,
    comment: string,
    manager: EntityManager,
  ): Promise<Record<string, unknown>> {
    const pending = await this.visiblePending(viewer, row, manager, NOTHING_TO_RETURN);
    const reviewerId = this.requireRelease(viewer, pending, 'amendment');
    await this.writes.withdrawPending(manager, row.id);
    await this.writes.recordReturn(manager, {
      bulletinId: row.id,
      revisionId: pending.revision_id,
      revisionNumber: pending.number,
      returnedByUserId: reviewerId,
      comment,
    });
    // As when it was proposed, the version moves: whoever acts on the bulletin next has read it without it.
    await this.writes.touchBulletin(manager, row.id, {});
    return { revision: pending.number, returnedAmendment: true };
  }

  /**
   * The pending amendment of a locked published bulletin, if the viewer may see it (R11). Otherwise `answer` as a
   * CONFLICT, the answer a bulletin without one gives: a pending amendment hidden from the viewer is not there (R15),
   * though the attempt on it is on the record as denied (R18).
   */
  private async visiblePending(
    viewer: RequestViewer,
    row: BulletinRow,
    manager: EntityManager,
    answer: string,
  ): Promise<BulletinRow> {
    const pending = await this.writes.pendingOf(manager, row.id);
    if (!pending) throw conflict(answer);
    if (!decideRead(viewer, markingOf(pending)).allowed) throw new HiddenAmendmentConflict(answer);
    return pending;
  }

  /**
   * What the revision about to become current needs from whoever releases it (libs/policy's decideRelease, the
   * decision the review queue shows): a publisher of an originating organization; for AMBER_STRICT and RED not its
   * author (R10), for RED its named approver; and every recipient cleared for its tier (R7). Returns the publisher.
   */
  private async checkRelease(
    viewer: RequestViewer,
    revision: BulletinRow,
    what: 'bulletin' | 'amendment',
    manager: EntityManager,
  ): Promise<string> {
    const publisherId = this.requireRelease(viewer, revision, what);
    const { tier, recipient_org_ids: recipientOrgIds, recipient_user_ids: recipientUserIds } = revision;
    await this.recipients.requireCleared({ tier, recipientOrgIds, recipientUserIds }, manager);
    return publisherId;
  }

  /** Who may release the revision (libs/policy's decideRelease), else FORBIDDEN saying why; returns the publisher. */
  private requireRelease(viewer: RequestViewer, revision: BulletinRow, what: 'bulletin' | 'amendment'): string {
    const decision = decideRelease(viewer, markingOf(revision));
    if (decision.allowed) return decision.publisherUserId;
    switch (decision.refusal) {
      case ReleaseRefusal.NOT_ORIGINATOR_PUBLISHER:
        throw forbidden('Only a publisher of an originating organization does this.');
      case ReleaseRefusal.WROTE_IT:
        throw forbidden(
          `A ${revision.tier} ${what} is published by a publisher other than its author (two-person rule).`,
        );
      case ReleaseRefusal.NOT_NAMED_APPROVER:
        throw forbidden(`Only the named approver publishes this RED ${what}.`);
    }
  }

  /**
   * A named approver: an active publisher of an originating organization, cleared for the tier, not the author
   * (libs/policy's approverFit, the decision approverOptions shows).
   */
  private async checkApprover(
    approverUserId: string,
    revision: { authorUserId: string; tier: Tier; originatorOrgIds: readonly string[] },
    manager: EntityManager,
  ): Promise<void> {
    const [approver] = await this.users.byIds([approverUserId], manager);
    const organization = approver ? await this.organizations.get(approver.organizationId, manager) : null;
    const fit =
      approver &&
      organization &&
      approverFit(revision, {
        userId: approver.id,
        organizationId: approver.organizationId,
        roles: approver.roles,
        active: approver.active,
        clearance: approver.clearance,
        organization,
      }).fits;
    if (!fit) {
      throw badInput(
        'The approver must be an active publisher of an originating organization, cleared for the tier, and not the author.',
        [{ field: 'approverUserId', problems: ['not an eligible approver'] }],
      );
    }
  }

  private revision(content: Content, status: BulletinStatus, authorUserId: string): RevisionFields {
    return { ...content, status, authorUserId, approverUserId: null, publishedAt: null, changeNote: null };
  }

  private async reference(manager: EntityManager, organizationId: string): Promise<string> {
    const organization = await this.organizations.get(organizationId, manager);
    return this.writes.nextReference(
      manager,
      organizationId,
      organization?.shortName ?? 'BULWARK',
      new Date().getUTCFullYear(),
    );
  }
}
