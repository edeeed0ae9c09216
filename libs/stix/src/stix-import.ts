import { type Category, IndicatorType, normaliseIndicator, type Severity, type Tier } from '@bulwark/domain';
import { isJsonObject, type JsonObject, own } from './json-object';
import { patternValues } from './pattern-indicators';
import { DRAFT_FIELD_LIMITS, reportCategory, reportSeverity, reportText } from './report-content';
import { skipReason } from './skip-reasons';
import { StixImportError, type StixProblemPlace } from './stix-import-error';
import { knownTlpTier, type MarkingReading, moreRestrictive, readMarkingDefinition } from './tlp-tier';

export interface StixImportLimits {
  /** Characters of JSON text. */
  readonly maxLength: number;
  readonly maxObjects: number;
  /** Indicator values of one draft (apps/api's MAX_INDICATORS). */
  readonly maxIndicators: number;
  /** Characters of a draft's body (apps/api's MAX_BODY_LENGTH). */
  readonly maxBodyLength: number;
}

export const STIX_IMPORT_LIMITS: StixImportLimits = {
  maxLength: 2 * 1024 * 1024,
  maxObjects: 5_000,
  maxIndicators: 500,
  maxBodyLength: DRAFT_FIELD_LIMITS.maxBody,
};

export interface ImportedIndicator {
  readonly type: IndicatorType;
  readonly value: string;
}

/** What a bundle's report becomes: the content of a Bulwark draft. */
export interface StixDraftContent {
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly tier: Tier;
  readonly tags: string[];
  readonly references: string[];
  readonly indicators: ImportedIndicator[];
}

/** An object of the bundle that the draft does not hold, and why, in words. */
export interface SkippedStixObject {
  readonly id: string;
  readonly type: string;
  readonly reason: string;
}

export interface StixImport {
  /** The report (or grouping) the draft is made of. */
  readonly reportId: string;
  readonly content: StixDraftContent;
  readonly skipped: SkippedStixObject[];
}

interface Entry {
  readonly index: number;
  readonly object: JsonObject;
  readonly type: string;
  readonly id: string;
}

const TYPE = /^[a-z0-9-]{3,250}$/;
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const MARKING_ID = new RegExp(`^marking-definition--${UUID}$`);
const ANY_ID = new RegExp(`^([a-z0-9-]{3,250})--${UUID}$`);

const REVOKED = 'Its producer has withdrawn it (revoked).';

const placeOf = (entry: Entry): StixProblemPlace => ({ index: entry.index, objectId: entry.id });

function parse(text: unknown, limits: StixImportLimits): unknown[] {
  if (typeof text !== 'string') throw new StixImportError('The bundle must be JSON text.');
  if (text.length > limits.maxLength)
    throw new StixImportError(
      `it is ${text.length} characters long; Bulwark imports bundles of at most ${limits.maxLength}.`,
    );
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new StixImportError(`it is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`);
  }
  if (!isJsonObject(root)) throw new StixImportError('it must be a JSON object, a STIX bundle.');
  if (own(root, 'type') !== 'bundle')
    throw new StixImportError("must be 'bundle': Bulwark imports STIX 2.1 bundles.", { field: 'type' });
  const id = own(root, 'id');
  if (typeof id !== 'string' || !new RegExp(`^bundle--${UUID}$`).test(id))
    throw new StixImportError("must be 'bundle--' and a UUID.", { field: 'id' });
  const specVersion = own(root, 'spec_version');
  if (specVersion !== undefined)
    throw new StixImportError(
      `says ${JSON.stringify(specVersion)}: a STIX 2.1 bundle has no spec_version of its own (STIX 2.0 bundles do).`,
      { field: 'spec_version' },
    );
  const objects = own(root, 'objects');
  if (!Array.isArray(objects) || objects.length === 0)
    throw new StixImportError('must be a list of STIX objects, and not empty.', { field: 'objects' });
  if (objects.length > limits.maxObjects)
    throw new StixImportError(
      `holds ${objects.length} objects; Bulwark imports bundles of at most ${limits.maxObjects}.`,
      { field: 'objects' },
    );
  return objects;
}

function entryOf(object: unknown, index: number): Entry {
  if (!isJsonObject(object)) throw new StixImportError('must be a JSON object.', { index });
  const type = own(object, 'type');
  if (typeof type !== 'string' || !TYPE.test(type))
    throw new StixImportError('must be a STIX type: 3 to 250 lower-case letters, digits and hyphens.', {
      index,
      field: 'type',
    });
  const id = own(object, 'id');
  if (typeof id !== 'string' || ANY_ID.exec(id)?.[1] !== type)
    throw new StixImportError(`must be '${type}--' and a UUID.`, { index, field: 'id' });
  return { index, object, type, id };
}

/** When a version of an object was made: `modified`, else `created`; 0 when it has neither (observables). */
function versionTime(entry: Entry): number {
  for (const field of ['modified', 'created']) {
    const value = own(entry.object, field);
    if (value === undefined) continue;
    const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) throw new StixImportError('must be a timestamp.', { ...placeOf(entry), field });
    return time;
  }
  return 0;
}

function requireSpec21(entry: Entry): void {
  if (own(entry.object, 'spec_version') !== '2.1')
    throw new StixImportError("must be '2.1': Bulwark imports STIX 2.1.", { ...placeOf(entry), field: 'spec_version' });
}

function isRevoked(entry: Entry): boolean {
  const revoked = own(entry.object, 'revoked');
  if (revoked !== undefined && typeof revoked !== 'boolean')
    throw new StixImportError('must be true or false.', { ...placeOf(entry), field: 'revoked' });
  return revoked === true;
}

/** Every marking an object carries: `object_marking_refs` and the `marking_ref` of each of its granular markings. */
function markingRefs(entry: Entry): string[] {
  const refs: string[] = [];
  const objectRefs = own(entry.object, 'object_marking_refs');
  if (objectRefs !== undefined && !Array.isArray(objectRefs))
    throw new StixImportError('must be a list of marking-definition ids.', {
      ...placeOf(entry),
      field: 'object_marking_refs',
    });
  (objectRefs ?? []).forEach((ref: unknown, i: number) => {
    if (typeof ref !== 'string' || !MARKING_ID.test(ref))
      throw new StixImportError("must be 'marking-definition--' and a UUID.", {
        ...placeOf(entry),
        field: `object_marking_refs[${i}]`,
      });
    refs.push(ref.toLowerCase());
  });
  const granular = own(entry.object, 'granular_markings');
  if (granular !== undefined && !Array.isArray(granular))
    throw new StixImportError('must be a list.', { ...placeOf(entry), field: 'granular_markings' });
  (granular ?? []).forEach((marking: unknown, i: number) => {
    const ref = isJsonObject(marking) ? own(marking, 'marking_ref') : null;
    if (ref === undefined) return; // a language marking
    if (typeof ref !== 'string' || !MARKING_ID.test(ref))
      throw new StixImportError("must be 'marking-definition--' and a UUID.", {
        ...placeOf(entry),
        field: `granular_markings[${i}].marking_ref`,
      });
    refs.push(ref.toLowerCase());
  });
  return refs;
}

type Reading = { readonly values: ImportedIndicator[] } | { readonly reason: string };

function normalised(values: readonly ImportedIndicator[]): Reading {
  const out: ImportedIndicator[] = [];
  for (const { type, value } of values) {
    const result = normaliseIndicator(type, value);
    if (!result.ok) return { reason: `Its value is not a valid indicator: ${result.problem}` };
    out.push({ type, value: result.indicator.value });
  }
  return { values: out };
}

function readIndicator(entry: Entry): Reading {
  requireSpec21(entry);
  const pattern = own(entry.object, 'pattern');
  const patternType = own(entry.object, 'pattern_type');
  if (typeof pattern !== 'string')
    throw new StixImportError('must be a string.', { ...placeOf(entry), field: 'pattern' });
  if (typeof patternType !== 'string')
    throw new StixImportError('must be a string.', { ...placeOf(entry), field: 'pattern_type' });
  if (isRevoked(entry)) return { reason: REVOKED };
  if (patternType !== 'stix')
    return { reason: `Its pattern is written in ${patternType}, not STIX: Bulwark reads simple STIX patterns only.` };
  const reading = patternValues(pattern);
  return 'reason' in reading ? reading : normalised(reading.values);
}

const CVE = /^CVE-\d{4}-\d+$/i;

function readVulnerability(entry: Entry): Reading {
  requireSpec21(entry);
  const name = own(entry.object, 'name');
  if (typeof name !== 'string') throw new StixImportError('must be a string.', { ...placeOf(entry), field: 'name' });
  if (isRevoked(entry)) return { reason: REVOKED };
  const candidates = CVE.test(name.trim()) ? [name.trim()] : [];
  const references = own(entry.object, 'external_references');
  if (Array.isArray(references))
    for (const reference of references as unknown[]) {
      if (!isJsonObject(reference)) continue;
      const source = own(reference, 'source_name');
      const externalId = own(reference, 'external_id');
      if (typeof source === 'string' && source.toLowerCase() === 'cve' && typeof externalId === 'string')
        candidates.push(externalId.trim());
    }
  if (candidates.length === 0)
    return { reason: 'A vulnerability without a CVE number: Bulwark keeps vulnerabilities by their CVE number.' };
  return normalised(
    [...new Set(candidates.map((cve) => cve.toUpperCase()))].map((value) => ({ type: IndicatorType.CVE, value })),
  );
}

/** The one report of the bundle (else its one grouping, as MISP writes an event): several are refused, not picked. */
function container(current: readonly Entry[]): Entry {
  for (const type of ['report', 'grouping']) {
    const all = current.filter((entry) => entry.type === type);
    const live = all.filter((entry) => !isRevoked(entry));
    if (live.length > 1)
      throw new StixImportError(
        `The bundle holds ${live.length} ${type}s (${live.map((entry) => entry.id).join(', ')}); a draft is made of one. Import them one bundle at a time.`,
      );
    const [only] = live;
    if (only) return only;
    const [revoked] = all;
    if (revoked)
      throw new StixImportError(
        `its producer has withdrawn it (revoked): there is nothing current to import.`,
        placeOf(revoked),
      );
  }
  throw new StixImportError(
    'The bundle holds no report: Bulwark makes a draft of a STIX report and what it refers to.',
  );
}

function objectRefs(entry: Entry): string[] {
  const refs = own(entry.object, 'object_refs');
  if (!Array.isArray(refs) || refs.length === 0)
    throw new StixImportError('must be a list of the ids it refers to, and not empty.', {
      ...placeOf(entry),
      field: 'object_refs',
    });
  return refs.map((ref: unknown, i: number) => {
    if (typeof ref !== 'string' || !ANY_ID.test(ref))
      throw new StixImportError('must be a STIX id.', { ...placeOf(entry), field: `object_refs[${i}]` });
    return ref;
  });
}

/**
 * A bundle's report as the content of a Bulwark draft, from untrusted JSON text. Title, summary and body, tags and
 * reference URLs come from the report; indicators from the `indicator` objects it refers to (simple STIX patterns:
 * the reverse of stixPattern) and CVE numbers from its `vulnerability` objects; the tier from the most restrictive
 * TLP marking on the report and what is imported with it, the report itself having to carry one (no marking is
 * refused: a tier is never guessed). Every object not imported is in `skipped` with the reason, in words. A bundle
 * that is not valid STIX 2.1, or does not fit a draft, is a StixImportError naming the object and the field.
 */
export function importStixBundle(text: string, limits: Partial<StixImportLimits> = {}): StixImport {
  const bounds = { ...STIX_IMPORT_LIMITS, ...limits };
  const entries = parse(text, bounds).map(entryOf);

  // Several versions of one object may travel together: the latest is current (STIX 2.1, 3.6).
  const skipped = new Map<Entry, string>();
  const current = new Map<string, Entry>();
  for (const entry of entries) {
    const seen = current.get(entry.id);
    if (!seen) current.set(entry.id, entry);
    else if (versionTime(entry) > versionTime(seen)) {
      skipped.set(seen, 'An older version of an object that is in the bundle again, newer.');
      current.set(entry.id, entry);
    } else skipped.set(entry, 'Another copy or an older version of an object already in the bundle.');
  }

  const inlineMarkings = new Map<string, MarkingReading>();
  for (const entry of current.values())
    if (entry.type === 'marking-definition')
      inlineMarkings.set(entry.id.toLowerCase(), readMarkingDefinition(entry.object, placeOf(entry)));

  const report = container([...current.values()]);
  requireSpec21(report);
  const consumed = new Set<Entry>([report]);
  const indicators = new Map<string, ImportedIndicator>();
  const markedEntries: Entry[] = [report];
  const missing: SkippedStixObject[] = [];
  for (const ref of new Set(objectRefs(report))) {
    const entry = current.get(ref);
    if (!entry) {
      missing.push({
        id: ref,
        type: ref.slice(0, ref.indexOf('--')),
        reason: 'The report refers to it, but it is not in the bundle.',
      });
      continue;
    }
    if (entry.type !== 'indicator' && entry.type !== 'vulnerability') continue;
    const reading = entry.type === 'indicator' ? readIndicator(entry) : readVulnerability(entry);
    if ('reason' in reading) {
      skipped.set(entry, reading.reason);
      continue;
    }
    consumed.add(entry);
    markedEntries.push(entry);
    for (const indicator of reading.values) indicators.set(`${indicator.type}:${indicator.value}`, indicator);
    if (indicators.size > bounds.maxIndicators)
      throw new StixImportError(
        `the report's indicators and vulnerabilities come to more than ${bounds.maxIndicators} values, the most a bulletin holds. Split the report.`,
        { ...placeOf(report), field: 'object_refs' },
      );
  }

  const { tier, others } = tierOf(report, markedEntries, inlineMarkings);
  const place = placeOf(report);
  const content: StixDraftContent = {
    ...reportText(report.object, place, bounds.maxBodyLength),
    category: reportCategory(report.object, place),
    severity: reportSeverity(report.object, place),
    tier,
    indicators: [...indicators.values()],
  };

  const listed: SkippedStixObject[] = [];
  for (const entry of entries) {
    if (consumed.has(entry)) continue;
    const inline = entry.type === 'marking-definition' ? inlineMarkings.get(entry.id.toLowerCase()) : undefined;
    if (inline && 'tlp' in inline && current.get(entry.id) === entry) continue; // understood: it is the tier
    const reason =
      skipped.get(entry) ?? (own(entry.object, 'revoked') === true ? REVOKED : skipReason(entry.type, inline));
    listed.push({ id: entry.id, type: entry.type, reason });
  }
  const inBundle = new Set([...current.keys()].map((id) => id.toLowerCase()));
  const unknownMarkings = others
    .filter((id) => !inBundle.has(id))
    .map((id) => ({ id, type: 'marking-definition', reason: skipReason('marking-definition', undefined) }));
  return { reportId: report.id, content, skipped: [...listed, ...missing, ...unknownMarkings] };
}

/**
 * The draft's tier: the most restrictive TLP marking on the report and on what is imported with it. The report must
 * carry one itself. Markings that are not TLP come back in `others`, to be listed as skipped.
 */
function tierOf(
  report: Entry,
  marked: readonly Entry[],
  inline: ReadonlyMap<string, MarkingReading>,
): { tier: Tier; others: string[] } {
  let tier: Tier | null = null;
  let reportHasTlp = false;
  const others = new Set<string>();
  for (const entry of marked)
    for (const ref of markingRefs(entry)) {
      const reading = inline.get(ref);
      const level = reading ? ('tlp' in reading ? reading.tlp : null) : knownTlpTier(ref);
      if (!level) {
        others.add(ref);
        continue;
      }
      tier = tier ? moreRestrictive(tier, level) : level;
      if (entry === report) reportHasTlp = true;
    }
  if (!tier || !reportHasTlp)
    throw new StixImportError(
      'carries no TLP marking Bulwark recognises (TLP 2.0, TLP 1.0 or OpenCTI ids, or a TLP marking definition in the bundle), so its tier is unknown. Mark the report with its TLP level and import it again.',
      { ...placeOf(report), field: 'object_marking_refs' },
    );
  return { tier, others: [...others] };
}
