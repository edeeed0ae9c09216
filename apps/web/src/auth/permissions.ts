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
  /** Highlighted in the menu on this address alone, not on the pages below it. */
  readonly end?: boolean;
  /**
   * For those who may open it, the menu links here instead of the page at this address, under that page's label: a
   * handler's "Incident reports" is the triage queue (their own office's reports are one tab away).
   */
  readonly inMenuInsteadOf?: string;
  /** Left out of the menu of those with this permission, who reach it from another page (the header has no room). */
  readonly notInMenuWith?: Permission;
  /** An administration page: the header has one "Administration" section for them all, and they are its tabs. */
  readonly administration?: true;
}

/** Where the header's "Administration" section leads: the first administration page the viewer may open. */
export const ADMINISTRATION = '/admin';

export const STAFF_PAGES: readonly StaffPage[] = [
  { to: '/compose', label: 'Write a bulletin', permission: 'BULLETIN_DRAFT', whoMay: 'analysts and publishers' },
  { to: '/drafts', label: 'My drafts', permission: 'BULLETIN_DRAFT', whoMay: 'analysts and publishers' },
  { to: '/review', label: 'Review queue', permission: 'BULLETIN_PUBLISH', whoMay: 'publishers' },
  {
    to: '/incidents/new',
    label: 'Report an incident',
    permission: 'INCIDENT_REPORT',
    whoMay: 'members of election offices and agencies',
    // Handlers have a "Report an incident" button on their incident pages.
    notInMenuWith: 'INCIDENT_TRIAGE',
  },
  {
    to: '/incidents',
    label: 'Incident reports',
    permission: 'INCIDENT_REPORT',
    whoMay: 'members of election offices and agencies',
    end: true,
  },
  {
    to: '/incidents/queue',
    label: 'Triage queue',
    permission: 'INCIDENT_TRIAGE',
    whoMay: 'analysts and publishers of the offices that receive incident reports',
    inMenuInsteadOf: '/incidents',
  },
  {
    to: '/admin/users',
    label: 'Users',
    permission: 'ORG_USERS_MANAGE',
    whoMay: 'organization administrators',
    administration: true,
  },
  {
    to: '/admin/api-keys',
    label: 'API keys',
    permission: 'ORG_API_KEYS_MANAGE',
    whoMay: 'organization administrators',
    administration: true,
  },
  {
    to: '/admin/webhooks',
    label: 'Webhooks',
    permission: 'ORG_WEBHOOKS_MANAGE',
    whoMay: 'organization administrators',
    administration: true,
  },
  {
    to: '/admin/mail',
    label: 'E-mail',
    permission: 'ORG_USERS_MANAGE',
    whoMay: 'organization and platform administrators',
    administration: true,
  },
  {
    to: '/admin/organizations',
    label: 'Organizations',
    permission: 'ORGANIZATIONS_MANAGE',
    whoMay: 'platform administrators',
    administration: true,
  },
  {
    to: '/admin/audit',
    label: 'Audit trail',
    permission: 'ORG_AUDIT_READ',
    whoMay: 'organization and platform administrators',
    administration: true,
  },
];

type PermissionHolder = { readonly permissions: readonly Permission[] } | null | undefined;

/**
 * The staff pages in this viewer's menu, each under the label it has there; the administration pages as one
 * section, "Administration", last.
 */
export function menuPages(viewer: PermissionHolder): StaffPage[] {
  const allowed = STAFF_PAGES.filter(
    (page) =>
      !page.administration &&
      hasPermission(viewer, page.permission) &&
      !(page.notInMenuWith && hasPermission(viewer, page.notInMenuWith)),
  );
  const replaced = new Map(
    allowed.flatMap((page) => (page.inMenuInsteadOf ? [[page.inMenuInsteadOf, page] as const] : [])),
  );
  const allowedAt = new Set(allowed.map((page) => page.to));
  const pages = allowed.flatMap((page) => {
    // Shown in the other page's place when that one is in the menu too; under its own name otherwise.
    if (page.inMenuInsteadOf && allowedAt.has(page.inMenuInsteadOf)) return [];
    const instead = replaced.get(page.to);
    return [instead ? { ...instead, label: page.label } : page];
  });
  const [administration] = administrationPages(viewer);
  return administration ? [...pages, { ...administration, to: ADMINISTRATION, label: 'Administration' }] : pages;
}

/** The administration pages this viewer may open, in the order of their tabs. */
export function administrationPages(viewer: PermissionHolder): StaffPage[] {
  return STAFF_PAGES.filter((page) => page.administration && hasPermission(viewer, page.permission));
}

export function hasPermission(viewer: PermissionHolder, permission: Permission): boolean {
  return viewer?.permissions.includes(permission) ?? false;
}
