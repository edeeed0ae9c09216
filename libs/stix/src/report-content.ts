import { Category, Severity } from '@bulwark/domain';
import { isJsonObject, type JsonObject, own } from './json-object';
import { StixImportError, type StixProblemPlace } from './stix-import-error';

/** The bounds of a bulletin's fields (apps/api's BulletinContentInput): what does not fit is refused, never cut. */
export const DRAFT_FIELD_LIMITS = {
  minTitle: 3,
  maxTitle: 300,
  maxSummary: 2_000,
  maxBody: 100_000,
  maxTags: 20,
  maxReferences: 20,
  maxReferenceLength: 2_048,
} as const;

export interface ReportText {
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly tags: string[];
  readonly references: string[];
}

const TAG = /^[a-z0-9][a-z0-9-]{0,49}$/;

/** A label as a Bulwark tag (`Election Infrastructure` → `election-infrastructure`), or null when it makes none. */
export function tagOf(label: string): string | null {
  const tag = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return TAG.test(tag) ? tag : null;
}

const DNS_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/**
 * A URL the bulletin's references accept: http(s), printable ASCII, a DNS host with a top-level domain. Stricter
 * than the API's own check on purpose, so what passes here is never refused there; the rest goes in the body.
 */
export function referenceUrlOf(raw: string): string | null {
  if (raw.length > DRAFT_FIELD_LIMITS.maxReferenceLength || !/^[\x21-\x7e]+$/.test(raw) || /[<>"\\]/.test(raw))
    return null;
  if (!/^https?:\/\//i.test(raw)) return null;
  try {
    return DNS_HOST.test(new URL(raw).hostname) ? raw : null;
  } catch {
    return null;
  }
}

function stringList(report: JsonObject, field: string, place: StixProblemPlace): string[] {
  const value = own(report, field);
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new StixImportError('must be a list of strings.', { ...place, field });
  return value.map((item: unknown, i) => {
    if (typeof item !== 'string') throw new StixImportError('must be a string.', { ...place, field: `${field}[${i}]` });
    return item;
  });
}

/** One line of the body's appendix: a value from the bundle kept as text, on one line. */
const line = (label: string, value: string) => `- ${label}: ${value.replace(/\s+/g, ' ').trim()}`;

interface Links {
  readonly references: string[];
  readonly kept: string[];
}

function links(report: JsonObject, place: StixProblemPlace): Links {
  const value = own(report, 'external_references');
  if (value === undefined) return { references: [], kept: [] };
  if (!Array.isArray(value)) throw new StixImportError('must be a list.', { ...place, field: 'external_references' });
  const references: string[] = [];
  const kept: string[] = [];
  value.forEach((reference: unknown, i) => {
    const field = `external_references[${i}]`;
    if (!isJsonObject(reference)) throw new StixImportError('must be an object.', { ...place, field });
    const source = own(reference, 'source_name');
    if (typeof source !== 'string' || source.trim() === '')
      throw new StixImportError('must be a string.', { ...place, field: `${field}.source_name` });
    const [url, externalId, description] = ['url', 'external_id', 'description'].map((key) => {
      const text = own(reference, key);
      if (text !== undefined && typeof text !== 'string')
        throw new StixImportError('must be a string.', { ...place, field: `${field}.${key}` });
      return text;
    });
    const accepted = url === undefined ? null : referenceUrlOf(url);
    const used =
      accepted !== null && (references.includes(accepted) || references.length < DRAFT_FIELD_LIMITS.maxReferences);
    if (used && !references.includes(accepted)) references.push(accepted);
    const said = [externalId, description, used ? undefined : url].filter(
      (part): part is string => part !== undefined && part.trim() !== '',
    );
    if (said.length > 0) kept.push(line(source, said.join(' · ')));
  });
  return { references, kept };
}

function tags(report: JsonObject, place: StixProblemPlace): { tags: string[]; kept: string[] } {
  const out: string[] = [];
  const kept: string[] = [];
  for (const label of stringList(report, 'labels', place)) {
    const tag = tagOf(label);
    if (tag && out.includes(tag)) continue;
    if (tag && out.length < DRAFT_FIELD_LIMITS.maxTags) out.push(tag);
    else if (label.trim() !== '') kept.push(line('Label', label));
  }
  return { tags: out, kept };
}

/**
 * Summary and body from a description. Bulwark's own export writes the summary, a blank line and the body, so the
 * first paragraph is the summary; when it is longer than a summary may be, nothing is cut: the whole description is
 * the body and the summary repeats the title.
 */
function summaryAndBody(description: string, title: string): { summary: string; body: string } {
  const text = description.replace(/\r\n?/g, '\n').replace(/^\s+/, '');
  if (text.trim() === '') return { summary: title, body: '' };
  const cut = text.indexOf('\n\n');
  const first = (cut < 0 ? text : text.slice(0, cut)).trim();
  if (first.length > DRAFT_FIELD_LIMITS.maxSummary) return { summary: title, body: text };
  return { summary: first, body: cut < 0 ? '' : text.slice(cut + 2) };
}

/**
 * The text of a draft from a report (or grouping): title from `name`, summary and body from `description`, tags
 * from `labels`, reference URLs from `external_references`. What the draft's fields cannot hold (a label that makes
 * no tag, the 21st URL, a reference without a URL) is kept as text at the end of the body, so nothing is lost.
 */
export function reportText(report: JsonObject, place: StixProblemPlace, maxBody: number): ReportText {
  const name = own(report, 'name');
  if (typeof name !== 'string')
    throw new StixImportError('must be a string: it becomes the title.', { ...place, field: 'name' });
  const title = name.trim();
  if (title.length < DRAFT_FIELD_LIMITS.minTitle || title.length > DRAFT_FIELD_LIMITS.maxTitle)
    throw new StixImportError(
      `a title has ${DRAFT_FIELD_LIMITS.minTitle} to ${DRAFT_FIELD_LIMITS.maxTitle} characters; this one has ${title.length}.`,
      { ...place, field: 'name' },
    );
  const description = own(report, 'description');
  if (description !== undefined && typeof description !== 'string')
    throw new StixImportError('must be a string.', { ...place, field: 'description' });
  const { summary, body } = summaryAndBody(description ?? '', title);
  const labelled = tags(report, place);
  const linked = links(report, place);
  const kept = [...labelled.kept, ...linked.kept];
  const appendix = kept.length > 0 ? `## Also in the STIX report\n\n${kept.join('\n')}\n` : '';
  const full = body && appendix ? `${body.trimEnd()}\n\n${appendix}` : body || appendix;
  if (full.length > maxBody)
    throw new StixImportError(
      `a bulletin's body holds at most ${maxBody} characters; this report's text comes to ${full.length}.`,
      { ...place, field: 'description' },
    );
  return { title, summary, body: full, tags: labelled.tags, references: linked.references };
}

function enumValue<T extends string>(
  values: Record<string, T>,
  report: JsonObject,
  field: string,
  place: StixProblemPlace,
): T | null {
  const value = own(report, field);
  if (value === undefined) return null;
  const known = Object.values(values) as unknown[];
  if (!known.includes(value)) throw new StixImportError(`must be one of ${known.join(', ')}.`, { ...place, field });
  return value as T;
}

/**
 * The category: Bulwark's own `x_bulwark_category` when present; else VULNERABILITY for a report of vulnerabilities
 * only, and CYBER_THREAT for every other report, as STIX reports are threat intelligence.
 */
export function reportCategory(report: JsonObject, place: StixProblemPlace): Category {
  const declared = enumValue(Category, report, 'x_bulwark_category', place);
  if (declared) return declared;
  const types = stringList(report, 'report_types', place);
  return types.length > 0 && types.every((type) => type === 'vulnerability')
    ? Category.VULNERABILITY
    : Category.CYBER_THREAT;
}

/** The severity: Bulwark's own `x_bulwark_severity` when present, else MEDIUM for the writer to review. */
export function reportSeverity(report: JsonObject, place: StixProblemPlace): Severity {
  return enumValue(Severity, report, 'x_bulwark_severity', place) ?? Severity.MEDIUM;
}
