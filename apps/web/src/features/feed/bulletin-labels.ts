import type { Category, Severity, Tier } from '@web/graphql/generated/graphql';

/** Categories in the words an election office uses. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  CYBER_THREAT: 'Cyber threat',
  VULNERABILITY: 'Vulnerability',
  FOREIGN_INFLUENCE: 'Foreign influence',
  PHYSICAL_THREAT: 'Physical threat',
  OPERATIONAL_ISSUE: 'Operational issue',
  GENERAL: 'General',
};

/** Lowest first: a minimum severity means "this and every later one". */
export const SEVERITY_ORDER: readonly Severity[] = ['INFO', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  INFO: 'Information',
  LOW: 'Low',
  MEDIUM: 'Medium',
  HIGH: 'High',
  CRITICAL: 'Critical',
};

/** Least restricted first, as TLP 2.0 orders them. */
export const TIER_ORDER: readonly Tier[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];

/** US states, DC and territories by postal code (the API's jurisdiction codes). */
export const STATE_NAMES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  AS: 'American Samoa',
  GU: 'Guam',
  MP: 'Northern Mariana Islands',
  PR: 'Puerto Rico',
  VI: 'U.S. Virgin Islands',
};

export function isCategory(value: string): value is Category {
  return Object.hasOwn(CATEGORY_LABELS, value);
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITY_ORDER as readonly string[]).includes(value);
}

export function isTier(value: string): value is Tier {
  return (TIER_ORDER as readonly string[]).includes(value);
}

export function isStateCode(value: string): boolean {
  return Object.hasOwn(STATE_NAMES, value);
}

/** "24 bulletins", "1 bulletin". */
export function countBulletins(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'bulletin' : 'bulletins'}`;
}
