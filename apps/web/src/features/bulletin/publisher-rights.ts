import { hasPermission } from '@web/auth/permissions';
import type { Permission } from '@web/graphql/generated/graphql';

interface Viewer {
  readonly permissions: readonly Permission[];
  readonly organization: { readonly id: string };
}

interface Bulletin {
  readonly status: string;
  readonly originators: readonly { readonly id: string }[];
}

/**
 * Amend and retract are for a publisher of an originating organization, on a published bulletin (as the API
 * decides: BULLETIN_PUBLISH, then an originator's publisher). The page offers them only then; the API refuses
 * anyone else anyway.
 */
export function mayAmendOrRetract(viewer: Viewer | null | undefined, bulletin: Bulletin): boolean {
  if (!viewer || bulletin.status !== 'PUBLISHED') return false;
  return (
    hasPermission(viewer, 'BULLETIN_PUBLISH') &&
    bulletin.originators.some((organization) => organization.id === viewer.organization.id)
  );
}
