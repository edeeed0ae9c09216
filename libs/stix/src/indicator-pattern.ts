import { IndicatorType } from '@bulwark/domain';

/** A STIX pattern string constant: single-quoted, with `\` and `'` escaped. */
function constant(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The object path each indicator type is written as (a CIDR block as its address type's `value`). */
export const OBSERVED_PATHS: Readonly<Record<Exclude<IndicatorType, IndicatorType.CVE | IndicatorType.CIDR>, string>> =
  {
    [IndicatorType.IPV4]: 'ipv4-addr:value',
    [IndicatorType.IPV6]: 'ipv6-addr:value',
    [IndicatorType.DOMAIN]: 'domain-name:value',
    [IndicatorType.URL]: 'url:value',
    [IndicatorType.EMAIL]: 'email-addr:value',
    [IndicatorType.MD5]: 'file:hashes.MD5',
    [IndicatorType.SHA1]: "file:hashes.'SHA-1'",
    [IndicatorType.SHA256]: "file:hashes.'SHA-256'",
  };

/**
 * The STIX pattern that matches an indicator, from its normalised value (libs/domain). A CIDR block is an address
 * object's value, as STIX allows. A CVE is no pattern: it maps to a `vulnerability` object.
 */
export function stixPattern(type: IndicatorType, value: string): string | null {
  if (type === IndicatorType.CVE) return null;
  const path =
    type === IndicatorType.CIDR ? (value.includes(':') ? 'ipv6-addr:value' : 'ipv4-addr:value') : OBSERVED_PATHS[type];
  return `[${path} = ${constant(value)}]`;
}
