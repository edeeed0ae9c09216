import type { Permission, Role } from '@web/graphql/generated/graphql';

/** Roles as the pages name them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  VIEWER: 'Viewer',
  ANALYST: 'Analyst',
  PUBLISHER: 'Publisher',
  ORG_ADMIN: 'Organization administrator',
  PLATFORM_ADMIN: 'Platform administrator',
};

/**
 * The portal's own pages beyond reading, each behind the API permission its actions need. The menu shows only
 * those the viewer holds; the API refuses the actions anyway, whatever the page shows.
 */
export interface StaffPage {
  readonly to: string;
  readonly label: string;
  readonly permission: Permission;
  /** Who has the permission, in words, for the page that says it is not available. */
  readonly whoMay: string;
}

export const STAFF_PAGES: readonly StaffPage[] = [
  { to: '/compose', label: 'Write a bulletin', permission: 'BULLETIN_DRAFT', whoMay: 'analysts and publishers' },
  { to: '/drafts', label: 'My drafts', permission: 'BULLETIN_DRAFT', whoMay: 'analysts and publishers' },
  { to: '/review', label: 'Review queue', permission: 'BULLETIN_PUBLISH', whoMay: 'publishers' },
  { to: '/admin/users', label: 'Users', permission: 'ORG_USERS_MANAGE', whoMay: 'organization administrators' },
  {
    to: '/admin/api-keys',
    label: 'API keys',
    permission: 'ORG_API_KEYS_MANAGE',
    whoMay: 'organization administrators',
  },
  {
    to: '/admin/webhooks',
    label: 'Webhooks',
    permission: 'ORG_WEBHOOKS_MANAGE',
    whoMay: 'organization administrators',
  },
  {
    to: '/admin/organizations',
    label: 'Organizations',
    permission: 'ORGANIZATIONS_MANAGE',
    whoMay: 'platform administrators',
  },
  {
    to: '/admin/audit',
    label: 'Audit trail',
    permission: 'ORG_AUDIT_READ',
    whoMay: 'organization and platform administrators',
  },
];

export function hasPermission(
  viewer: { readonly permissions: readonly Permission[] } | null | undefined,
  permission: Permission,
): boolean {
  return viewer?.permissions.includes(permission) ?? false;
}
