import { Tier, tierCovers } from '@bulwark/domain';
import { activeReader, type ActiveReader } from './active-reader';
import { isReleased } from './release-status';
import type { RevisionMarking } from './revision-marking';
import type { ViewerContext } from './viewer-context';

/** The DOMAIN.md rule that decided a read, whichever way it went. */
export type ReadRule = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R8' | 'R11' | 'R19';

export interface ReadDecision {
  readonly allowed: boolean;
  readonly rule: ReadRule;
}

const decision = (allowed: boolean, rule: ReadRule): ReadDecision => ({ allowed, rule });

/**
 * May this viewer read this one revision, or this incident report (R19)? Each revision is decided on its own
 * marking (R12); roles widen nothing except R11's publishers (R9). The SQL twin is `readPredicate`: keep the two
 * in step.
 */
export function decideRead(viewer: ViewerContext, marking: RevisionMarking): ReadDecision {
  if (marking.kind === 'INCIDENT_REPORT') return decideReport(viewer, marking);
  const reader = activeReader(viewer);
  const released = isReleased(marking.status);
  if (reader === null) {
    if (released && marking.tier === Tier.CLEAR) return decision(true, 'R1');
    if (viewer.kind !== 'ANONYMOUS') return decision(false, 'R8');
    return decision(false, released ? 'R1' : 'R11');
  }
  if (!tierCovers(reader.clearance, marking.tier)) return decision(false, 'R6');
  return released ? decideReleased(reader, marking) : decideUnreleased(reader, marking);
}

function decideReleased(reader: ActiveReader, marking: RevisionMarking): ReadDecision {
  const organizationId = reader.organizationId;
  const isOriginator = organizationId !== null && marking.originatorOrgIds.includes(organizationId);
  switch (marking.tier) {
    case Tier.CLEAR:
      return decision(true, 'R1');
    case Tier.GREEN:
      return decision(organizationId !== null, 'R2');
    case Tier.AMBER:
      return decision(
        isOriginator || marking.recipientOrgIds.some((id) => reader.organizationLineage.includes(id)),
        'R3',
      );
    case Tier.AMBER_STRICT:
      return decision(
        isOriginator || (organizationId !== null && marking.recipientOrgIds.includes(organizationId)),
        'R4',
      );
    case Tier.RED:
      return decision(reader.userId !== null && isNamedOnRed(reader.userId, marking), 'R5');
  }
}

function isNamedOnRed(userId: string, marking: RevisionMarking): boolean {
  return (
    marking.recipientUserIds.includes(userId) || marking.authorUserId === userId || marking.approverUserId === userId
  );
}

function decideUnreleased(reader: ActiveReader, marking: RevisionMarking): ReadDecision {
  const userId = reader.userId;
  if (userId === null) return decision(false, 'R11');
  if (marking.authorUserId === userId) return decision(true, 'R11');
  if (marking.tier === Tier.RED) return decision(marking.approverUserId === userId, 'R11');
  const organizationId = reader.organizationId;
  return decision(
    reader.publisher && organizationId !== null && marking.originatorOrgIds.includes(organizationId),
    'R11',
  );
}

/**
 * R19: an active member (R8) cleared for the tier (R6) of the reporting organization or of a recipient
 * organization, exactly (no lineage, never the community, whatever the tier); for RED, only if also the reporter
 * or a named recipient user (as R5; a report has no approver). Status is ignored: a report is never a draft.
 */
function decideReport(viewer: ViewerContext, marking: RevisionMarking): ReadDecision {
  const reader = activeReader(viewer);
  if (reader === null) return decision(false, viewer.kind === 'ANONYMOUS' ? 'R19' : 'R8');
  if (!tierCovers(reader.clearance, marking.tier)) return decision(false, 'R6');
  const organizationId = reader.organizationId;
  const isParty =
    organizationId !== null &&
    (marking.originatorOrgIds.includes(organizationId) || marking.recipientOrgIds.includes(organizationId));
  const userId = reader.userId;
  const isNamed =
    marking.tier !== Tier.RED ||
    (userId !== null && (marking.authorUserId === userId || marking.recipientUserIds.includes(userId)));
  return decision(isParty && isNamed, 'R19');
}
