import { Permission } from '@bulwark/domain';
import type { RequestViewer } from '@api/auth/request-viewer';
import { notFound } from '@api/common/app-errors';

/** Platform administrators manage every organization; an organization's administrators their own. */
export function managesEveryOrganization(viewer: RequestViewer): boolean {
  return viewer.permissions.includes(Permission.ORGANIZATIONS_MANAGE);
}

/** Whether the viewer manages this organization's settings (mail, sign-in policy, identity provider). */
export function administers(viewer: RequestViewer, organizationId: string): boolean {
  return organizationId === viewer.organizationId || managesEveryOrganization(viewer);
}

/**
 * The organization an administrator's request is about: their own unless they name another, which only a platform
 * administrator may. Another organization is NOT_FOUND, as if it did not exist (the caller still checks it does).
 */
export function administeredOrganization(viewer: RequestViewer, requested: string | null | undefined): string {
  const organizationId = requested ?? viewer.organizationId;
  if (!organizationId || !administers(viewer, organizationId)) throw notFound('Organization');
  return organizationId;
}
