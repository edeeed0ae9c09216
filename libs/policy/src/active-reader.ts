import { Role, type Tier } from '@bulwark/domain';
import type { ViewerContext } from './viewer-context';

/**
 * A viewer who may read beyond released CLEAR revisions, reduced to the facts the rules look at. Both
 * evaluators (in memory and SQL) read the viewer only through this, so they cannot interpret it differently.
 */
export interface ActiveReader {
  readonly clearance: Tier;
  /** The signed-in person. Null for an API key: a key is never a named recipient, author or approver (R5, R11). */
  readonly userId: string | null;
  readonly organizationId: string | null;
  /** The viewer's organization, then its ancestors; empty without an organization (R3). */
  readonly organizationLineage: readonly string[];
  /** Only a user can publish: an API key claiming PUBLISHER is not trusted with drafts (R11). */
  readonly publisher: boolean;
}

/** Null for an anonymous or inactive viewer, who reads released CLEAR revisions only (R1, R8). */
export function activeReader(viewer: ViewerContext): ActiveReader | null {
  if (viewer.kind === 'ANONYMOUS' || !viewer.active) return null;
  const isUser = viewer.kind === 'USER';
  const organizationId = viewer.organizationId;
  return {
    clearance: viewer.clearance,
    userId: isUser ? viewer.userId : null,
    organizationId,
    organizationLineage: organizationId === null ? [] : [organizationId, ...viewer.organizationAncestorIds],
    publisher: isUser && viewer.roles.includes(Role.PUBLISHER),
  };
}
