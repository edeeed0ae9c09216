import type { Category, Severity, Tier } from '@bulwark/client';

// The API's enum values, checked against the generated types: a value the schema drops fails to compile here.
export const TIERS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const satisfies readonly Tier[];
export const SEVERITIES = ['INFO', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const satisfies readonly Severity[];
export const CATEGORIES = [
  'CYBER_THREAT',
  'FOREIGN_INFLUENCE',
  'GENERAL',
  'OPERATIONAL_ISSUE',
  'PHYSICAL_THREAT',
  'VULNERABILITY',
] as const satisfies readonly Category[];
export const STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETRACTED'] as const;
export const EVENT_TYPES = ['PUBLISHED', 'AMENDED', 'RETRACTED'] as const;
export const INDICATOR_TYPES = [
  'IPV4',
  'IPV6',
  'CIDR',
  'DOMAIN',
  'URL',
  'EMAIL',
  'MD5',
  'SHA1',
  'SHA256',
  'CVE',
] as const;

/**
 * `amber+strict`, `Amber-Strict` and `AMBER_STRICT` alike (TLP 2.0 writes AMBER+STRICT); undefined when not one of
 * `values`.
 */
export function enumValue<T extends string>(values: readonly T[], text: string): T | undefined {
  const normal = text
    .trim()
    .toUpperCase()
    .replace(/[+\- ]/g, '_');
  return values.find((value) => value === normal);
}
