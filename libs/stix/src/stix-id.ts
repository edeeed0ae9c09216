import { createHash } from 'node:crypto';
import { IndicatorType } from '@bulwark/domain';

/** Bulwark's namespace for name-based ids: fixed forever, or every id a partner holds would change. */
export const BULWARK_STIX_NAMESPACE = '05a73733-0b7f-459f-af59-57b7423cdc67';

/** An RFC 9562 version 5 UUID: SHA-1 of the namespace and the name. */
export function uuidV5(name: string, namespace = BULWARK_STIX_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A STIX identifier that depends only on what it names (`report--…` of a bulletin, `indicator--…` of one of its
 * indicators), so every revision of a bulletin yields new versions of the same objects.
 */
export function stixId(type: string, ...name: readonly string[]): string {
  return `${type}--${uuidV5(`${type}:${name.join(':')}`)}`;
}

/**
 * A report's id carries its bulletin's own UUID (random, fixed for life, as STIX 2.1 advises for a domain object):
 * every revision is a version of the same report, and a TAXII lookup by id is a lookup by key.
 */
export const reportStixId = (bulletinId: string): string => `report--${bulletinId}`;

/** An originator's identity carries its organization's own UUID, as a report does its bulletin's. */
export const identityStixId = (organizationId: string): string => `identity--${organizationId}`;

/**
 * An indicator's id (a CVE's `vulnerability`), named by its bulletin and its value: an indicator row belongs to one
 * revision, but the same indicator in the next revision is a new version of the same object. Stored beside the
 * indicator (bulletin_indicators.stix_id) so a lookup by id is a lookup by key.
 */
export function indicatorStixId(bulletinId: string, type: IndicatorType, value: string): string {
  return type === IndicatorType.CVE
    ? stixId('vulnerability', bulletinId, value)
    : stixId('indicator', bulletinId, type, value);
}
