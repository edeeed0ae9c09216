import { badInput } from '@api/common/app-errors';
import type { StixVersionQuery, VersionKey } from '@api/modules/bulletins/stix-versions.reader';

/** Objects per page when a client names no `limit`, and the most it may name. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;
const MAX_MATCH_VALUES = 100;

/** A TAXII request's filters and paging, validated: what a collection's page is read with. */
export type TaxiiFilters = Omit<StixVersionQuery, 'filter'> & { readonly specVersions: readonly string[] };

type Query = Record<string, unknown>;

const RFC3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?Z$/;
const STIX_ID = /^[a-z0-9][a-z0-9-]{0,62}--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STIX_TYPE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const SPEC_VERSION = /^\d\.\d$/;
/** A cursor's timestamp as PostgreSQL writes a timestamptz as text. */
const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** The values of a query parameter: repeated, comma-separated, or both. */
function valuesOf(query: Query, name: string): string[] | null {
  const raw = query[name];
  if (raw === undefined) return null;
  const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((value) =>
    typeof value === 'string' ? value.split(',') : [''],
  );
  const values = [...new Set(parts.map((part) => part.trim()))];
  if (values.some((value) => value === '')) throw badInput(`${name} has an empty value.`);
  if (values.length > MAX_MATCH_VALUES) throw badInput(`${name} names at most ${MAX_MATCH_VALUES} values.`);
  return values;
}

function single(query: Query, name: string): string | null {
  const values = valuesOf(query, name);
  if (values && values.length > 1) throw badInput(`${name} takes one value.`);
  return values?.[0] ?? null;
}

function checked(values: string[] | null, pattern: RegExp, name: string, shape: string): string[] | null {
  const wrong = values?.find((value) => !pattern.test(value));
  if (wrong !== undefined) throw badInput(`${name}: "${wrong.slice(0, 80)}" is not ${shape}.`);
  return values;
}

/** A timestamp as TAXII writes one (RFC 3339 in UTC), to the millisecond, as our versions are. */
function toMilliseconds(value: string, name: string): string {
  const match = RFC3339.exec(value);
  if (!match || Number.isNaN(Date.parse(`${match[1]}Z`)))
    throw badInput(`${name}: "${value.slice(0, 40)}" is not a timestamp like 2026-03-01T12:00:00.000Z.`);
  return `${match[1]}.${(match[2] ?? '').padEnd(3, '0').slice(0, 3)}Z`;
}

function limitOf(query: Query): number {
  const raw = single(query, 'limit');
  if (raw === null) return DEFAULT_PAGE_SIZE;
  const limit = Number(raw);
  if (!/^\d+$/.test(raw) || limit < 1) throw badInput('limit is a whole number from 1.');
  return Math.min(limit, MAX_PAGE_SIZE);
}

function versionsOf(query: Query, fallback: TaxiiFilters['versions']): TaxiiFilters['versions'] {
  const values = valuesOf(query, 'match[version]');
  if (!values) return fallback;
  if (values.includes('all')) return 'all';
  const named = values.filter((value) => value !== 'last' && value !== 'first');
  if (named.length === 0 && values.length === 1) return values[0] as 'last' | 'first';
  if (named.length !== values.length) throw badInput('match[version] takes last, first, all, or timestamps.');
  return named.map((value) => toMilliseconds(value, 'match[version]'));
}

/** `next` as we write it: where the previous page ended. */
export function encodeNext(key: VersionKey): string {
  return Buffer.from(JSON.stringify([key.addedAt, key.sequence, key.position])).toString('base64url');
}

function decodeNext(token: string | null): VersionKey | null {
  if (token === null) return null;
  try {
    const [addedAt, sequence, position] = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof addedAt === 'string' &&
      PG_TIMESTAMP.test(addedAt) &&
      typeof sequence === 'string' &&
      /^\d{1,19}$/.test(sequence) &&
      typeof position === 'number' &&
      Number.isInteger(position) &&
      position >= 0
    )
      return { addedAt, sequence, position };
  } catch {
    // Falls through to the same answer as a well-formed token of the wrong shape.
  }
  throw badInput('next is not a value this server gave.');
}

/**
 * The filters of a request for objects, a manifest or versions. `versions` is what applies when the client names
 * none: the latest version of each object, except for an object's versions (all of them).
 */
export function taxiiFilters(
  query: Query,
  { versions, id }: { versions: TaxiiFilters['versions']; id?: string },
): TaxiiFilters {
  const addedAfter = single(query, 'added_after');
  return {
    addedAfter: addedAfter === null ? null : toMicroseconds(addedAfter),
    after: decodeNext(single(query, 'next')),
    ids: id ? [id] : checked(valuesOf(query, 'match[id]'), STIX_ID, 'match[id]', 'a STIX id'),
    types: checked(valuesOf(query, 'match[type]'), STIX_TYPE, 'match[type]', 'a STIX type'),
    versions: versionsOf(query, versions),
    specVersions: checked(valuesOf(query, 'match[spec_version]'), SPEC_VERSION, 'match[spec_version]', 'like 2.1') ?? [
      '2.1',
    ],
    limit: limitOf(query),
  };
}

/** `added_after` as PostgreSQL reads it: the client's own precision, up to the microsecond. */
function toMicroseconds(value: string): string {
  if (!RFC3339.test(value) || Number.isNaN(Date.parse(value.replace(/\.\d+Z$/, 'Z'))))
    throw badInput(`added_after: "${value.slice(0, 40)}" is not a timestamp like 2026-03-01T12:00:00.000000Z.`);
  return value;
}
