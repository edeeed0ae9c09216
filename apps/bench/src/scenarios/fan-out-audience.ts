import { BulletinStatus, lowerTier, type Role, Tier, tierCovers } from '@bulwark/domain';
import { ANONYMOUS_VIEWER, decideRead, type RevisionMarking, type ViewerContext } from '@bulwark/policy';
import { createGenerator, type Community, type GeneratedOrg, type GeneratedUser } from '../generate';

/** A signed-in user who holds sockets, or null for anonymous sockets (they read released CLEAR only). */
export interface Subscriber {
  email: string | null;
  viewer: ViewerContext;
}

/** Who listens, and to whom each tier's bulletin is addressed so that every rule gets both a yes and a no. */
export interface Audience {
  subscribers: Subscriber[];
  amberOrgIds: string[];
  strictOrgIds: string[];
  redUserIds: string[];
}

/** Every 20th socket is anonymous. */
const ANONYMOUS_EVERY = 20;

function viewerOf(user: GeneratedUser, orgs: Map<string, GeneratedOrg>): ViewerContext {
  const org = orgs.get(user.orgId) as GeneratedOrg;
  const ancestors: string[] = [];
  for (let parent = org.parentId; parent; parent = orgs.get(parent)?.parentId ?? null) ancestors.push(parent);
  return {
    kind: 'USER',
    userId: user.id,
    apiKeyId: null,
    organizationId: org.id,
    organizationAncestorIds: ancestors,
    roles: user.roles as Role[],
    clearance: lowerTier(user.clearance as Tier, org.vetted as Tier),
    active: true,
  };
}

/**
 * `userCount` users spread over organization kinds and effective clearances (round robin over those groups, seeded),
 * always with the author and the approver. Recipients are chosen among them: AMBER to two states (their counties'
 * members read it through their lineage) and some counties; AMBER_STRICT to one state (its counties must NOT read
 * it) and organizations of other subscribers; RED to a few RED-cleared subscribers.
 */
export function chooseAudience(community: Community, userCount: number): Audience {
  const g = createGenerator(7);
  const orgs = new Map(community.orgs.map((org) => [org.id, org]));
  const byEmail = new Map(community.users.map((user) => [user.email, user]));
  const groups = new Map<string, GeneratedUser[]>();
  for (const user of community.users) {
    const org = orgs.get(user.orgId) as GeneratedOrg;
    const key = `${org.kind}/${lowerTier(user.clearance as Tier, org.vetted as Tier)}`;
    groups.set(key, [...(groups.get(key) ?? []), user]);
  }
  const chosen = new Map<string, GeneratedUser>();
  for (const email of [community.publisherEmail, community.approverEmail]) {
    const user = byEmail.get(email);
    if (user) chosen.set(user.id, user);
  }
  const keys = [...groups.keys()].sort();
  while (chosen.size < Math.min(userCount, community.users.length)) {
    for (const key of keys) {
      const group = groups.get(key) as GeneratedUser[];
      const user = group[g.int(group.length)];
      chosen.set(user.id, user);
      if (chosen.size >= userCount) break;
    }
  }
  const users = [...chosen.values()];
  const subscribers = users.map((user) => ({ email: user.email, viewer: viewerOf(user, orgs) }));

  const orgOf = (user: GeneratedUser) => orgs.get(user.orgId) as GeneratedOrg;
  const vettedFor = (org: GeneratedOrg, tier: Tier) => tierCovers(org.vetted as Tier, tier);
  const statesWithCounties = [
    ...new Set(users.map((u) => orgOf(u).parentId).filter((id): id is string => id !== null)),
  ].sort();
  const countyOrgs = (tier: Tier) =>
    [...new Set(users.map(orgOf).filter((o) => o.kind === 'LOCAL' && vettedFor(o, tier)))].map((o) => o.id).sort();
  const strictOthers = [
    ...new Set(users.map(orgOf).filter((o) => o.kind !== 'STATE' && vettedFor(o, Tier.AMBER_STRICT))),
  ]
    .map((o) => o.id)
    .sort();
  const redUsers = users
    .filter((u) => u.email !== community.publisherEmail && u.email !== community.approverEmail)
    .filter((u) => tierCovers(lowerTier(u.clearance as Tier, orgOf(u).vetted as Tier), Tier.RED))
    .map((u) => u.id);
  return {
    subscribers,
    amberOrgIds: [...statesWithCounties.slice(0, 2), ...countyOrgs(Tier.AMBER).slice(0, 5)],
    strictOrgIds: [...statesWithCounties.slice(2, 3), ...strictOthers.slice(0, 5)],
    redUserIds: redUsers.slice(0, 6),
  };
}

/** Subscriber index of each socket: users round robin, every ANONYMOUS_EVERY-th socket anonymous (-1). */
export function socketsFor(audience: Audience, count: number): number[] {
  let next = 0;
  return Array.from({ length: count }, (_, i) =>
    i % ANONYMOUS_EVERY === ANONYMOUS_EVERY - 1 ? -1 : next++ % audience.subscribers.length,
  );
}

/** The sockets that may receive a published revision with this marking, decided by libs/policy's pure function. */
export function eligibleSockets(audience: Audience, sockets: readonly number[], marking: RevisionMarking): Set<number> {
  const allowed = audience.subscribers.map((s) => decideRead(s.viewer, marking).allowed);
  const anonymous = decideRead(ANONYMOUS_VIEWER, marking).allowed;
  const eligible = new Set<number>();
  sockets.forEach((subscriber, socket) => {
    if (subscriber === -1 ? anonymous : allowed[subscriber]) eligible.add(socket);
  });
  return eligible;
}

export function publishedMarking(
  tier: Tier,
  audience: Audience,
  originatorOrgId: string,
  authorUserId: string,
  publisherUserId: string,
): RevisionMarking {
  return {
    tier,
    status: BulletinStatus.PUBLISHED,
    originatorOrgIds: [originatorOrgId],
    recipientOrgIds:
      tier === Tier.AMBER ? audience.amberOrgIds : tier === Tier.AMBER_STRICT ? audience.strictOrgIds : [],
    recipientUserIds: tier === Tier.RED ? audience.redUserIds : [],
    authorUserId,
    approverUserId: publisherUserId,
  };
}
