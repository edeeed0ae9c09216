import { JURISDICTIONS, OrganizationKind, Role, STATE_AND_DC_CODES, Tier } from '@bulwark/domain';

export interface DemoOrganization {
  readonly key: string;
  readonly name: string;
  readonly shortName: string;
  readonly kind: OrganizationKind;
  readonly vettedTier: Tier;
  readonly parent?: string;
  readonly jurisdiction?: string;
}

export interface DemoAccount {
  readonly email: string;
  readonly displayName: string;
  readonly organization: string;
  readonly roles: readonly Role[];
  readonly clearance: Tier;
}

const STATE_OFFICE_NAMES: Record<string, string> = {
  GA: 'Georgia Secretary of State',
  PA: 'Pennsylvania Department of State',
  AZ: 'Arizona Secretary of State',
};

/** Every state's and DC's election office, keyed by postal code. */
const stateOffices: DemoOrganization[] = STATE_AND_DC_CODES.map((code) => ({
  key: code,
  name: STATE_OFFICE_NAMES[code] ?? `${JURISDICTIONS[code]} State Election Office`,
  shortName: `${code}-SOS`,
  kind: OrganizationKind.STATE,
  vettedTier: Tier.AMBER_STRICT,
  jurisdiction: code,
}));

/** The demo community of DOMAIN.md ("Demo data"), plus a few more counties so trees have siblings. */
export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  {
    key: 'PLATFORM',
    name: 'Bulwark Operations',
    shortName: 'BULWARK',
    kind: OrganizationKind.PLATFORM,
    vettedTier: Tier.GREEN,
  },
  {
    key: 'CISA',
    name: 'Cybersecurity and Infrastructure Security Agency',
    shortName: 'CISA',
    kind: OrganizationKind.FEDERAL,
    vettedTier: Tier.RED,
  },
  {
    key: 'FBI',
    name: 'Federal Bureau of Investigation',
    shortName: 'FBI',
    kind: OrganizationKind.FEDERAL,
    vettedTier: Tier.RED,
  },
  {
    key: 'EAC',
    name: 'Election Assistance Commission',
    shortName: 'EAC',
    kind: OrganizationKind.FEDERAL,
    vettedTier: Tier.AMBER,
  },
  {
    key: 'ODNI',
    name: 'Office of the Director of National Intelligence',
    shortName: 'ODNI',
    kind: OrganizationKind.FEDERAL,
    vettedTier: Tier.RED,
  },
  {
    key: 'EI-ISAC',
    name: 'Elections Infrastructure ISAC',
    shortName: 'EI-ISAC',
    kind: OrganizationKind.ISAC,
    vettedTier: Tier.AMBER_STRICT,
  },
  {
    key: 'MS-ISAC',
    name: 'Multi-State ISAC',
    shortName: 'MS-ISAC',
    kind: OrganizationKind.ISAC,
    vettedTier: Tier.AMBER_STRICT,
  },
  ...stateOffices,
  {
    key: 'FULTON',
    name: 'Fulton County Elections',
    shortName: 'GA-FULTON',
    kind: OrganizationKind.LOCAL,
    vettedTier: Tier.AMBER,
    parent: 'GA',
    jurisdiction: 'GA',
  },
  {
    key: 'COBB',
    name: 'Cobb County Elections',
    shortName: 'GA-COBB',
    kind: OrganizationKind.LOCAL,
    vettedTier: Tier.AMBER,
    parent: 'GA',
    jurisdiction: 'GA',
  },
  {
    key: 'MARICOPA',
    name: 'Maricopa County Elections',
    shortName: 'AZ-MARICOPA',
    kind: OrganizationKind.LOCAL,
    vettedTier: Tier.AMBER,
    parent: 'AZ',
    jurisdiction: 'AZ',
  },
  {
    key: 'PHILADELPHIA',
    name: 'Philadelphia County Board of Elections',
    shortName: 'PA-PHILA',
    kind: OrganizationKind.LOCAL,
    vettedTier: Tier.AMBER,
    parent: 'PA',
    jurisdiction: 'PA',
  },
  {
    key: 'VENDOR',
    name: 'Ballot Systems Inc.',
    shortName: 'VENDOR-BSI',
    kind: OrganizationKind.PRIVATE,
    vettedTier: Tier.GREEN,
  },
];

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@platform.demo',
    displayName: 'Platform Administrator',
    organization: 'PLATFORM',
    roles: [Role.PLATFORM_ADMIN, Role.VIEWER],
    clearance: Tier.GREEN,
  },
  {
    email: 'analyst@cisa.demo',
    displayName: 'CISA Analyst',
    organization: 'CISA',
    roles: [Role.ANALYST],
    clearance: Tier.RED,
  },
  {
    email: 'publisher@cisa.demo',
    displayName: 'CISA Publisher',
    organization: 'CISA',
    roles: [Role.PUBLISHER],
    clearance: Tier.RED,
  },
  {
    email: 'publisher@fbi.demo',
    displayName: 'FBI Publisher',
    organization: 'FBI',
    roles: [Role.PUBLISHER],
    clearance: Tier.RED,
  },
  {
    email: 'publisher@eac.demo',
    displayName: 'EAC Publisher',
    organization: 'EAC',
    roles: [Role.PUBLISHER],
    clearance: Tier.AMBER,
  },
  {
    email: 'analyst@eiisac.demo',
    displayName: 'EI-ISAC Analyst',
    organization: 'EI-ISAC',
    roles: [Role.ANALYST, Role.PUBLISHER],
    clearance: Tier.AMBER_STRICT,
  },
  {
    email: 'official@ga.demo',
    displayName: 'Georgia Election Official',
    organization: 'GA',
    roles: [Role.VIEWER],
    clearance: Tier.AMBER_STRICT,
  },
  {
    email: 'admin@ga.demo',
    displayName: 'Georgia Organization Administrator',
    organization: 'GA',
    roles: [Role.ORG_ADMIN, Role.VIEWER],
    clearance: Tier.AMBER,
  },
  {
    email: 'clerk@fulton.ga.demo',
    displayName: 'Fulton County Clerk',
    organization: 'FULTON',
    roles: [Role.VIEWER],
    clearance: Tier.AMBER,
  },
  {
    email: 'official@pa.demo',
    displayName: 'Pennsylvania Election Official',
    organization: 'PA',
    roles: [Role.VIEWER],
    clearance: Tier.AMBER_STRICT,
  },
  {
    email: 'clerk@maricopa.az.demo',
    displayName: 'Maricopa County Clerk',
    organization: 'MARICOPA',
    roles: [Role.VIEWER],
    clearance: Tier.AMBER,
  },
  {
    email: 'contact@vendor.demo',
    displayName: 'Vendor Security Contact',
    organization: 'VENDOR',
    roles: [Role.VIEWER],
    clearance: Tier.GREEN,
  },
];
