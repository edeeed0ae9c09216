import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { ANONYMOUS_VIEWER, type ViewerContext } from '@bulwark/policy';
import { Public, Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer, OptionalViewer } from '@api/auth/current-viewer.decorator';
import type { GqlContext, RequestViewer } from '@api/auth/request-viewer';
import { notFound } from '@api/common/app-errors';
import type { Connection } from '@api/graphql/pagination';
import { UuidArg } from '@api/graphql/uuid-arg.pipe';
import { Organization } from '@api/modules/organizations/models/organization.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { AcknowledgementsService } from './acknowledgements.service';
import { BulletinLifecycleService } from './bulletin-lifecycle.service';
import { BulletinsService } from './bulletins.service';
import { CreateBulletinInput } from './dto/bulletin-content.input';
import {
  AcknowledgeBulletinInput,
  AmendBulletinInput,
  BulletinRefInput,
  RetractBulletinInput,
  SubmitBulletinInput,
  UpdateBulletinInput,
} from './dto/bulletin-lifecycle.inputs';
import { BulletinsArgs } from './dto/bulletins.args';
import { PreviewBulletinBodyArgs } from './dto/preview-bulletin-body.args';
import { renderMarkdown } from '@api/common/markdown';
import { AcknowledgementReport } from './models/acknowledgement-report.model';
import { Bulletin, BulletinConnection, BulletinRevision, Indicator } from './models/bulletin.model';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';

function reader(viewer: RequestViewer | null): ViewerContext {
  return viewer ?? ANONYMOUS_VIEWER;
}

/** Members of an originating organization see the distribution list; other readers do not. */
function seesDistribution(viewer: RequestViewer | undefined, bulletin: Bulletin): boolean {
  return Boolean(viewer?.organizationId && bulletin.originatorOrgIds.includes(viewer.organizationId));
}

@Resolver(() => Bulletin)
export class BulletinsResolver {
  constructor(
    private readonly reads: BulletinsService,
    private readonly lifecycle: BulletinLifecycleService,
    private readonly organizations: OrganizationsService,
    private readonly acknowledgementReports: AcknowledgementsService,
  ) {}

  @Public()
  @Query(() => BulletinConnection, {
    description:
      'Bulletins you may read, newest first; a search in RELEVANCE order ranks its newest matches. totalCount is exact up to 1,000 (see totalCountIsExact).',
  })
  bulletins(
    @OptionalViewer() viewer: RequestViewer | null,
    @Args() args: BulletinsArgs,
  ): Promise<Connection<Bulletin>> {
    return this.reads.list(reader(viewer), args);
  }

  @Public()
  @Query(() => Bulletin, {
    nullable: true,
    description: 'Null when it does not exist or you may not read it: the two look the same.',
  })
  bulletin(
    @OptionalViewer() viewer: RequestViewer | null,
    @Args('id', { type: () => ID }, UuidArg) id: string,
  ): Promise<Bulletin | null> {
    return this.reads.get(reader(viewer), id);
  }

  @Public()
  @Query(() => Bulletin, { nullable: true, description: 'By reference number, e.g. CISA-2026-0042.' })
  bulletinByReference(
    @OptionalViewer() viewer: RequestViewer | null,
    @Args('reference') reference: string,
  ): Promise<Bulletin | null> {
    return this.reads.getByReference(reader(viewer), reference);
  }

  @Requires(Permission.BULLETIN_DRAFT)
  @Query(() => String, {
    description:
      'The HTML a bulletin page would show for this Markdown body, rendered exactly as `Bulletin.bodyHtml` (raw HTML shown as text). Saves nothing: for a live preview while writing.',
  })
  previewBulletinBody(@Args() args: PreviewBulletinBodyArgs): string {
    return renderMarkdown(args.body);
  }

  @PushScoped(PushScope.SHARED)
  @ResolveField(() => [Organization], { description: 'Originating organizations (several for a joint bulletin).' })
  async originators(@Parent() bulletin: Bulletin, @Context() ctx: GqlContext): Promise<Organization[]> {
    const organizations = await Promise.all(
      bulletin.originatorOrgIds.map((id) => this.organizations.loadById(ctx.loaders, id)),
    );
    return organizations.filter((organization): organization is Organization => organization !== null);
  }

  @PushScoped(PushScope.ORGANIZATION)
  @ResolveField(() => [Organization], {
    nullable: true,
    description: 'AMBER and AMBER_STRICT recipients; shown to members of an originating organization only.',
  })
  async recipientOrganizations(
    @Parent() bulletin: Bulletin,
    @Context() ctx: GqlContext,
  ): Promise<Organization[] | null> {
    if (!seesDistribution(ctx.req.viewer, bulletin)) return null;
    const organizations = await Promise.all(
      bulletin.recipientOrgIds.map((id) => this.organizations.loadById(ctx.loaders, id)),
    );
    return organizations.filter((organization): organization is Organization => organization !== null);
  }

  @PushScoped(PushScope.ORGANIZATION)
  @ResolveField(() => [ID], {
    nullable: true,
    description: 'RED named recipients; shown to members of an originating organization only.',
  })
  recipientUserIds(@Parent() bulletin: Bulletin, @Context() ctx: GqlContext): string[] | null {
    return seesDistribution(ctx.req.viewer, bulletin) ? bulletin.recipientUserIds : null;
  }

  @PushScoped(PushScope.SHARED)
  @ResolveField(() => [Indicator])
  indicators(@Parent() bulletin: Bulletin, @Context() ctx: GqlContext): Promise<Indicator[]> | Indicator[] {
    return bulletin.body === null ? [] : this.reads.indicators(ctx.loaders, bulletin.revisionId);
  }

  @PushScoped(PushScope.SHARED)
  @ResolveField(() => String, {
    nullable: true,
    description: 'The body rendered to HTML; raw HTML in the source is shown as text.',
  })
  bodyHtml(@Parent() bulletin: Bulletin): string | null {
    return bulletin.body === null ? null : renderMarkdown(bulletin.body);
  }

  @PushScoped(PushScope.VIEWER)
  @ResolveField(() => [BulletinRevision], {
    description: 'Every revision you may read, oldest first, each on its own marking (R12).',
  })
  revisions(@Parent() bulletin: Bulletin, @Context() ctx: GqlContext): Promise<BulletinRevision[]> {
    return this.reads.revisions(ctx.loaders, reader(ctx.req.viewer ?? null), bulletin.id);
  }

  @PushScoped(PushScope.VIEWER)
  @ResolveField(() => BulletinRevision, {
    nullable: true,
    description:
      'An AMBER_STRICT or RED amendment awaiting release by a second publisher (R10). Shown only to who may see it in review (R11): its author and publishers of an originating organization cleared for its tier; for RED its author and named approver. Null for anyone else, as when there is none.',
  })
  pendingAmendment(@Parent() bulletin: Bulletin, @Context() ctx: GqlContext): Promise<BulletinRevision | null> {
    return this.reads.pendingAmendment(ctx.loaders, reader(ctx.req.viewer ?? null), bulletin.id);
  }

  @PushScoped(PushScope.VIEWER)
  @ResolveField(() => Boolean, { description: 'Whether you have acknowledged the current revision.' })
  acknowledgedByMe(@Parent() bulletin: Bulletin, @Context() ctx: GqlContext): Promise<boolean> | boolean {
    const userId = ctx.req.viewer?.userId;
    return userId ? this.reads.acknowledgedByMe(ctx.loaders, userId, bulletin.revisionId) : false;
  }

  @PushScoped(PushScope.ORGANIZATION)
  @ResolveField(() => AcknowledgementReport, {
    nullable: true,
    description:
      'Who acknowledged the current revision and who has not; publishers of an originating organization only.',
  })
  acknowledgements(@Parent() bulletin: Bulletin, @Context() ctx: GqlContext): Promise<AcknowledgementReport> | null {
    return this.acknowledgementReports.mayReport(ctx.req.viewer, bulletin)
      ? this.acknowledgementReports.report(ctx.loaders, bulletin)
      : null;
  }

  @Requires(Permission.BULLETIN_DRAFT)
  @Mutation(() => Bulletin, {
    description: 'Start a draft. Only you, and publishers of its originators, see it (R11).',
  })
  async createBulletin(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: CreateBulletinInput,
  ): Promise<Bulletin> {
    return this.reread(viewer, await this.lifecycle.create(viewer, input));
  }

  @Requires(Permission.BULLETIN_DRAFT)
  @Mutation(() => Bulletin)
  async updateBulletin(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: UpdateBulletinInput,
  ): Promise<Bulletin> {
    return this.reread(viewer, await this.lifecycle.update(viewer, input));
  }

  @Requires(Permission.BULLETIN_DRAFT)
  @Mutation(() => Bulletin, { description: 'Send a draft for review by a publisher.' })
  async submitBulletin(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: SubmitBulletinInput,
  ): Promise<Bulletin> {
    return this.reread(viewer, await this.lifecycle.submit(viewer, input));
  }

  @Requires(Permission.BULLETIN_PUBLISH)
  @Mutation(() => Bulletin, {
    description:
      'Publish a draft, or release the pending amendment of a published bulletin: every recipient must be vetted and cleared for the tier (R7); two-person rule for AMBER_STRICT and RED (R10).',
  })
  async publishBulletin(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: BulletinRefInput,
  ): Promise<Bulletin> {
    return this.reread(viewer, await this.lifecycle.publish(viewer, input));
  }

  @Requires(Permission.BULLETIN_PUBLISH)
  @Mutation(() => Bulletin, {
    description:
      'A new revision with its own tier and audience (R12). Into CLEAR, GREEN or AMBER it is published at once; into AMBER_STRICT or RED it becomes the pendingAmendment, released by another publisher with publishBulletin (R10).',
  })
  async amendBulletin(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: AmendBulletinInput,
  ): Promise<Bulletin> {
    return this.reread(viewer, await this.lifecycle.amend(viewer, input));
  }

  @Requires(Permission.BULLETIN_PUBLISH)
  @Mutation(() => Bulletin, {
    description: 'Withdraw: the reference and notice stay, the text is no longer served (R13).',
  })
  async retractBulletin(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: RetractBulletinInput,
  ): Promise<Bulletin> {
    return this.reread(viewer, await this.lifecycle.retract(viewer, input));
  }

  @Requires(Permission.BULLETIN_ACKNOWLEDGE)
  @Mutation(() => Bulletin, { description: 'Record that you received the current revision. Idempotent.' })
  async acknowledgeBulletin(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: AcknowledgeBulletinInput,
  ): Promise<Bulletin> {
    return this.reread(viewer, await this.lifecycle.acknowledge(viewer, input));
  }

  private async reread(viewer: RequestViewer, id: string): Promise<Bulletin> {
    const bulletin = await this.reads.getAfterWrite(viewer, id);
    if (!bulletin) throw notFound('Bulletin');
    return bulletin;
  }
}
