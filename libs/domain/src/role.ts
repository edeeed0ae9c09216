import { Permission } from './permission';

export enum Role {
  VIEWER = 'VIEWER',
  ANALYST = 'ANALYST',
  PUBLISHER = 'PUBLISHER',
  ORG_ADMIN = 'ORG_ADMIN',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}

/** Roles that can publish to every office or change who reads what: never held on a password alone. */
export const SECOND_FACTOR_ROLES: readonly Role[] = [Role.PUBLISHER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN];

/**
 * Whether signing in needs a second factor: always for SECOND_FACTOR_ROLES (unless a non-production deployment
 * turned that off), and for every member of an organization that asks for it.
 */
export function needsSecondFactor(
  roles: readonly Role[],
  organizationRequires: boolean,
  rolesRequire: boolean,
): boolean {
  return organizationRequires || (rolesRequire && roles.some((role) => SECOND_FACTOR_ROLES.includes(role)));
}

/** Roles an API key may carry: partner systems read and draft, never administer or publish. */
export const API_KEY_ROLES: readonly Role[] = [Role.VIEWER, Role.ANALYST];

const VIEWER_PERMISSIONS: readonly Permission[] = [
  Permission.BULLETIN_READ,
  Permission.FEED_MANAGE_OWN,
  Permission.BULLETIN_ACKNOWLEDGE,
  Permission.BULLETIN_NOTE,
  Permission.INCIDENT_REPORT,
  Permission.ORGANIZATION_READ,
];

/**
 * What each role may do (DOMAIN.md, "Roles"). Roles are cumulative in the table of DOMAIN.md only along
 * VIEWER → ANALYST → PUBLISHER; ORG_ADMIN and PLATFORM_ADMIN are administrative and add no drafting rights.
 * None of these permissions widens what a reader may see: that is the policy's alone (R9).
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.VIEWER]: VIEWER_PERMISSIONS,
  [Role.ANALYST]: [...VIEWER_PERMISSIONS, Permission.BULLETIN_DRAFT, Permission.INCIDENT_TRIAGE],
  [Role.PUBLISHER]: [
    ...VIEWER_PERMISSIONS,
    Permission.BULLETIN_DRAFT,
    Permission.BULLETIN_PUBLISH,
    Permission.INCIDENT_TRIAGE,
  ],
  [Role.ORG_ADMIN]: [
    ...VIEWER_PERMISSIONS,
    Permission.ORG_USERS_MANAGE,
    Permission.ORG_API_KEYS_MANAGE,
    Permission.ORG_WEBHOOKS_MANAGE,
    Permission.ORG_AUDIT_READ,
  ],
  [Role.PLATFORM_ADMIN]: [
    ...VIEWER_PERMISSIONS,
    Permission.ORGANIZATIONS_MANAGE,
    Permission.ORG_USERS_MANAGE,
    Permission.ALL_USERS_MANAGE,
    Permission.PLATFORM_AUDIT_READ,
    Permission.ORG_AUDIT_READ,
  ],
};

// One list per combination of roles (there are few): computed on every request and every push otherwise.
const PERMISSIONS_OF_ROLES = new Map<string, readonly Permission[]>();

export function permissionsOf(roles: readonly Role[]): readonly Permission[] {
  const key = roles.join(',');
  let permissions = PERMISSIONS_OF_ROLES.get(key);
  if (!permissions) {
    const granted = new Set<Permission>();
    for (const role of roles) for (const permission of ROLE_PERMISSIONS[role]) granted.add(permission);
    permissions = Object.freeze([...granted].sort());
    PERMISSIONS_OF_ROLES.set(key, permissions);
  }
  return permissions;
}
