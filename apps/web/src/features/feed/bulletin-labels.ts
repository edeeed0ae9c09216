import { JURISDICTIONS } from '@bulwark/domain/jurisdiction';
import type { Category, IndicatorType, Severity, Tier } from '@web/graphql/generated/graphql';

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

/** US states, DC and territories by postal code (the API's jurisdiction codes): the API's own list. */
export const STATE_NAMES: Readonly<Record<string, string>> = JURISDICTIONS;

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

/** "24 bulletins", "1 bulletin"; a lower bound (the API stops counting at its cap) as "1,000+ bulletins". */
export function countBulletins(count: number, exact = true): string {
  if (!exact) return `${count.toLocaleString('en-US')}+ bulletins`;
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'bulletin' : 'bulletins'}`;
}

/** What each indicator type is called on the page: the bulletin's table, the editor's pasted lines. */
export const INDICATOR_TYPE_LABELS: Readonly<Record<IndicatorType, string>> = {
  IPV4: 'IPv4 address',
  IPV6: 'IPv6 address',
  CIDR: 'Address block',
  DOMAIN: 'Domain',
  URL: 'Web address',
  EMAIL: 'Email address',
  MD5: 'MD5 hash',
  SHA1: 'SHA-1 hash',
  SHA256: 'SHA-256 hash',
  CVE: 'CVE',
};
