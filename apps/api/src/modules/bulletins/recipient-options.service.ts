import { Injectable } from '@nestjs/common';
import { Tier, tierCovers } from '@bulwark/domain';
import { addressingOf, describeRecipientRefusal, RecipientAddressing } from '@bulwark/policy';
import type { RequestViewer } from '@api/auth/request-viewer';
import { badInput, forbidden } from '@api/common/app-errors';
import { type Connection, encodeCursor } from '@api/graphql/pagination';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { UsersService } from '@api/modules/users/users.service';
import { requireWriterClearance } from './audience-rules';
import type { RecipientOptionsArgs } from './dto/recipient-options.args';
import { RecipientKind, type RecipientOption } from './models/recipient-option.model';
import { type OrganizationVerdict, type PersonVerdict, RecipientCheckService } from './recipient-check.service';

function organizationOption(tier: Tier, { organization, fit }: OrganizationVerdict): RecipientOption {
  return {
    id: organization.id,
    kind: RecipientKind.ORGANIZATION,
    name: organization.name,
    offered: fit.fits,
    reason: fit.fits ? null : fit.refusal,
    reasonText: describeRecipientRefusal(tier, fit),
    organizationKind: organization.kind,
    parentId: organization.parentId,
    email: null,
    organizationId: null,
    organizationName: null,
  };
}

function personOption(tier: Tier, { person, organization, fit }: PersonVerdict): RecipientOption {
  return {
    id: person.id,
    kind: RecipientKind.PERSON,
    name: person.displayName,
    offered: fit.fits,
    reason: fit.fits ? null : fit.refusal,
    reasonText: describeRecipientRefusal(tier, fit),
    organizationKind: null,
    parentId: null,
    email: person.email,
    organizationId: organization.id,
    organizationName: organization.name,
  };
}

const EMPTY: Connection<RecipientOption> = Object.freeze({
  edges: [],
  pageInfo: { hasNextPage: false, endCursor: null },
  totalCount: 0,
});

/**
 * Who a bulletin at a tier may go to, for the compose page: each possible recipient with R7's verdict, decided by
 * libs/policy exactly as publishing decides it (RecipientCheckService.requireCleared uses the same verdicts).
 *
 * What a caller sees is what they may see already. Organizations: the community directory that `organizations`
 * shows to every drafter (ORGANIZATION_READ). People: only to a person who may write RED (clearance RED), the only
 * tier addressed to people — their name, email and organization, as the acknowledgement report and R7's publish
 * errors show them, and their clearance only as the reason they are not offered. Listing shows active people of
 * active organizations only; a re-check of ids names a deactivated one as such, as publishing would.
 */
@Injectable()
export class RecipientOptionsService {
  constructor(
    private readonly recipients: RecipientCheckService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  async options(viewer: RequestViewer, args: RecipientOptionsArgs): Promise<Connection<RecipientOption>> {
    if (!viewer.userId) throw forbidden('API keys cannot write bulletins; a person must.');
    requireWriterClearance(viewer, args.tier);
    const seesPeople = tierCovers(viewer.clearance, Tier.RED);
    if (args.ids) return this.recheck(args.tier, args, seesPeople);

    switch (addressingOf(args.tier)) {
      case RecipientAddressing.NONE:
        return EMPTY;
      case RecipientAddressing.ORGANIZATIONS: {
        const page = await this.organizations.list({
          first: args.first,
          after: args.after,
          filter: args.search ? { search: args.search } : undefined,
        });
        return {
          edges: page.edges.map((edge) => ({
            cursor: edge.cursor,
            node: organizationOption(args.tier, this.recipients.organizationVerdict(args.tier, edge.node)),
          })),
          pageInfo: page.pageInfo,
          totalCount: page.totalCount,
        };
      }
      case RecipientAddressing.PEOPLE: {
        const page = await this.users.activePeople(args.search ?? null, args.after ?? null, args.first);
        const verdicts = new Map(
          (
            await this.recipients.personVerdicts(
              args.tier,
              page.edges.map((edge) => edge.node),
            )
          ).map((verdict) => [verdict.person.id, verdict]),
        );
        return {
          edges: page.edges.flatMap((edge) => {
            const verdict = verdicts.get(edge.node.id);
            return verdict ? [{ cursor: edge.cursor, node: personOption(args.tier, verdict) }] : [];
          }),
          pageInfo: page.pageInfo,
          totalCount: page.totalCount,
        };
      }
    }
  }

  /** The verdict on exactly these ids, in their order, on one page. */
  private async recheck(
    tier: Tier,
    args: RecipientOptionsArgs,
    seesPeople: boolean,
  ): Promise<Connection<RecipientOption>> {
    if (args.search !== undefined || (args.after !== undefined && args.after !== null)) {
      throw badInput('ids re-checks exactly those recipients: leave out search and after.', [
        { field: 'ids', problems: ['not with search or after'] },
      ]);
    }
    const ids = args.ids ?? [];
    const verdicts = await this.recipients.verdicts(tier, ids, seesPeople ? ids : []);
    const options = new Map<string, RecipientOption>([
      ...verdicts.organizations.map((verdict) => [verdict.organization.id, organizationOption(tier, verdict)] as const),
      ...verdicts.people.map((verdict) => [verdict.person.id, personOption(tier, verdict)] as const),
    ]);
    const edges = ids.flatMap((id) => {
      const node = options.get(id);
      return node ? [{ cursor: encodeCursor({ key: 'ids', id }), node }] : [];
    });
    return { edges, pageInfo: { hasNextPage: false, endCursor: null }, totalCount: edges.length };
  }
}
