import fc from 'fast-check';
import { BulletinStatus, Role, Tier } from '@bulwark/domain';
import type { MarkingKind, RevisionMarking } from '../revision-marking';
import type { ViewerContext } from '../viewer-context';

/** Random organization trees, their users, viewers and revisions, for checking the evaluators against each other. */
export interface Community {
  readonly organizations: readonly { readonly id: string; readonly parentId: string | null }[];
  readonly users: readonly { readonly id: string; readonly organizationId: string }[];
}

export interface Batch {
  readonly community: Community;
  readonly viewers: readonly ViewerContext[];
  readonly revisions: readonly RevisionMarking[];
}

const uuid = (series: number, n: number): string =>
  `00000000-0000-4000-8000-${series.toString(16)}${n.toString(16).padStart(11, '0')}`;

/** Tiers lean towards those with audiences to get wrong, and clearances lean high so that R6 does not decide most pairs. */
const tierArb: fc.Arbitrary<Tier> = fc.constantFrom(
  Tier.CLEAR,
  Tier.GREEN,
  Tier.AMBER,
  Tier.AMBER,
  Tier.AMBER_STRICT,
  Tier.AMBER_STRICT,
  Tier.RED,
  Tier.RED,
);
const statusArb: fc.Arbitrary<BulletinStatus> = fc.constantFrom(
  BulletinStatus.PUBLISHED,
  BulletinStatus.PUBLISHED,
  BulletinStatus.RETRACTED,
  BulletinStatus.DRAFT,
  BulletinStatus.IN_REVIEW,
);

/**
 * Bulletin revisions (without a kind, as every bulletin caller writes them, or marked BULLETIN) and incident
 * reports, about as many of each.
 */
const kindArb: fc.Arbitrary<MarkingKind | undefined> = fc.constantFrom(
  undefined,
  'BULLETIN',
  'INCIDENT_REPORT',
  'INCIDENT_REPORT',
);

/** Organization i hangs under an earlier one, or is a root. Small communities, so audiences overlap often. */
const communityArb: fc.Arbitrary<Community> = fc
  .record({
    parentPicks: fc.array(fc.nat(), { minLength: 2, maxLength: 6 }),
    userPicks: fc.array(fc.nat(), { minLength: 2, maxLength: 5 }),
  })
  .map(({ parentPicks, userPicks }) => {
    const organizations = parentPicks.map((pick, i) => {
      const parent = pick % (i + 1);
      return { id: uuid(1, i), parentId: parent === i ? null : uuid(1, parent) };
    });
    const users = userPicks.map((pick, i) => ({
      id: uuid(2, i),
      organizationId: organizations[pick % organizations.length].id,
    }));
    return { organizations, users };
  });

function ancestorsOf(community: Community, organizationId: string): string[] {
  const parentId = community.organizations.find((org) => org.id === organizationId)?.parentId ?? null;
  return parentId === null ? [] : [parentId, ...ancestorsOf(community, parentId)];
}

/** Users, API keys and anonymous viewers; now and then inactive, without an organization, or with odd roles. */
function viewerArb(community: Community): fc.Arbitrary<ViewerContext> {
  return fc
    .record({
      kind: fc.constantFrom('USER', 'API_KEY', 'ANONYMOUS'),
      pick: fc.nat(),
      withoutOrganization: fc.nat(9).map((n) => n === 0),
      roles: fc.subarray(Object.values(Role)),
      clearance: tierArb,
      active: fc.nat(4).map((n) => n !== 0),
    })
    .map(({ kind, pick, withoutOrganization, roles, clearance, active }): ViewerContext => {
      const user = community.users[pick % community.users.length];
      const homeOrganization =
        kind === 'USER' ? user.organizationId : community.organizations[pick % community.organizations.length].id;
      const organizationId = kind === 'ANONYMOUS' || withoutOrganization ? null : homeOrganization;
      return {
        kind,
        userId: kind === 'USER' ? user.id : null,
        apiKeyId: kind === 'API_KEY' ? uuid(3, pick % 16) : null,
        organizationId,
        organizationAncestorIds: organizationId === null ? [] : ancestorsOf(community, organizationId),
        roles,
        clearance,
        active,
      };
    });
}

/**
 * Any marking, reports included, with every field random: a report's status, approver and named users are random
 * too, so the evaluators must agree on ignoring (or reading) them, not merely on the shape reports are stored in.
 */
function revisionArb(community: Community): fc.Arbitrary<RevisionMarking> {
  const organizationIds = community.organizations.map((org) => org.id);
  const userIds = community.users.map((user) => user.id);
  return fc
    .record({
      kind: kindArb,
      tier: tierArb,
      status: statusArb,
      originatorOrgIds: fc.subarray(organizationIds, { minLength: 1, maxLength: 2 }),
      recipientOrgIds: fc.subarray(organizationIds),
      recipientUserIds: fc.subarray(userIds),
      authorUserId: fc.constantFrom(...userIds),
      approverUserId: fc.option(fc.constantFrom(...userIds), { nil: null }),
    })
    .map(({ kind, ...marking }) => (kind === undefined ? marking : { kind, ...marking }));
}

export const batchArb: fc.Arbitrary<Batch> = communityArb.chain((community) =>
  fc.record({
    community: fc.constant(community),
    viewers: fc.array(viewerArb(community), { minLength: 3, maxLength: 8 }),
    revisions: fc.array(revisionArb(community), { minLength: 5, maxLength: 16 }),
  }),
);
