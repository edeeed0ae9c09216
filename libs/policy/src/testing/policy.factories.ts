import { BulletinStatus, Role, Tier } from '@bulwark/domain';
import { reportMarking } from '../report-marking';
import type { RevisionMarking } from '../revision-marking';
import type { ViewerContext } from '../viewer-context';

const uuid = (series: number, n: number): string =>
  `00000000-0000-4000-8000-${series.toString(16)}${n.toString(16).padStart(11, '0')}`;

/** A small community: Fulton is a county of Georgia; the rest are roots. */
export const ORG = {
  cisa: uuid(1, 1),
  fbi: uuid(1, 2),
  georgia: uuid(1, 3),
  fulton: uuid(1, 4),
  pennsylvania: uuid(1, 5),
  vendor: uuid(1, 6),
  platform: uuid(1, 7),
} as const;

const PARENT: Readonly<Record<string, string>> = { [ORG.fulton]: ORG.georgia };

export const USER = {
  author: uuid(2, 1),
  approver: uuid(2, 2),
  recipient: uuid(2, 3),
  colleague: uuid(2, 4),
  outsider: uuid(2, 5),
} as const;

function ancestorsOf(organizationId: string): string[] {
  const parent = PARENT[organizationId];
  return parent === undefined ? [] : [parent, ...ancestorsOf(parent)];
}

/** An active user of `organizationId`, cleared for RED unless told otherwise. */
export function aUser(userId: string, organizationId: string, overrides: Partial<ViewerContext> = {}): ViewerContext {
  return {
    kind: 'USER',
    userId,
    apiKeyId: null,
    organizationId,
    organizationAncestorIds: ancestorsOf(organizationId),
    roles: [Role.VIEWER],
    clearance: Tier.RED,
    active: true,
    ...overrides,
  };
}

/** An active API key of `organizationId`, cleared for RED unless told otherwise. */
export function anApiKey(organizationId: string, overrides: Partial<ViewerContext> = {}): ViewerContext {
  return {
    kind: 'API_KEY',
    userId: null,
    apiKeyId: uuid(3, 1),
    organizationId,
    organizationAncestorIds: ancestorsOf(organizationId),
    roles: [Role.VIEWER],
    clearance: Tier.RED,
    active: true,
    ...overrides,
  };
}

/** A published CISA revision written by USER.author and approved by USER.approver (both of CISA). */
export function aRevision(overrides: Partial<RevisionMarking> = {}): RevisionMarking {
  return {
    tier: Tier.CLEAR,
    status: BulletinStatus.PUBLISHED,
    originatorOrgIds: [ORG.cisa],
    recipientOrgIds: [],
    recipientUserIds: [],
    authorUserId: USER.author,
    approverUserId: USER.approver,
    ...overrides,
  };
}

/** An AMBER incident report by USER.author of Fulton County to CISA (R19). */
export function aReport(overrides: Partial<RevisionMarking> = {}): RevisionMarking {
  return {
    ...reportMarking({
      tier: Tier.AMBER,
      reportingOrgId: ORG.fulton,
      recipientOrgIds: [ORG.cisa],
      reporterUserId: USER.author,
    }),
    ...overrides,
  };
}
