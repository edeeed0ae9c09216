import { detectIndicatorType } from '@bulwark/domain';
import { parseDocument } from 'yaml';
import { CATEGORIES, enumValue, INDICATOR_TYPES, SEVERITIES, TIERS } from '../bulletins/bulletin-enums';
import { usageError } from '../cli-error';

type Tier = (typeof TIERS)[number];
type Severity = (typeof SEVERITIES)[number];
type Category = (typeof CATEGORIES)[number];
type IndicatorType = (typeof INDICATOR_TYPES)[number];

/** A bulletin as written in a Markdown file: its front matter checked, names not yet resolved to ids. */
export interface BulletinDocument {
  title: string;
  summary: string;
  tier: Tier;
  severity: Severity;
  category: Category;
  body: string;
  jurisdictions?: string[];
  tags?: string[];
  /** AMBER and AMBER_STRICT: organization short names, names or ids. RED: people's emails or user ids. */
  recipients?: string[];
  /** Organization short names, names or ids of a joint bulletin (default: your own). */
  originators?: string[];
  /** The second publisher's email or user id (required for RED). */
  approver?: string;
  references?: string[];
  indicators?: { type: IndicatorType; value: string }[];
  expiresAt?: string;
}

const FIELDS = [
  'title',
  'summary',
  'tier',
  'severity',
  'category',
  'jurisdictions',
  'tags',
  'recipients',
  'originators',
  'approver',
  'references',
  'indicators',
  'expiresAt',
] as const;

/** Every problem names its field, so the one-line error tells the writer what to fix. */
function fieldError(field: string, problem: string) {
  return usageError(`front matter: ${field}: ${problem}`);
}

/** Changes to a published bulletin, as written in a Markdown file: only what changes; names not yet resolved. */
export type AmendmentDocument = Partial<Omit<BulletinDocument, 'originators' | 'expiresAt'>> & {
  /** What changed and why, for readers (the front matter's `changeNote`; `--note` takes its place). */
  changeNote?: string;
};

const AMENDMENT_FIELDS = [
  ...FIELDS.filter((field) => field !== 'originators' && field !== 'expiresAt'),
  'changeNote',
] as const;

/** Splits `---\nYAML\n---\nMarkdown` and checks every field; anything wrong is a usage error naming the field. */
export function parseBulletinDocument(text: string): BulletinDocument {
  const { fields, body } = splitDocument(text);
  if (!body) throw usageError('body: empty: write the bulletin in Markdown below the front matter');
  return checkFields(fields, body);
}

/**
 * The same format for an amendment: every field optional (those present replace the bulletin's), the Markdown body
 * too (empty keeps the bulletin's), and `changeNote`.
 */
export function parseAmendmentDocument(text: string): AmendmentDocument {
  const { fields, body } = splitDocument(text);
  checkKnown(fields, AMENDMENT_FIELDS);
  const tier = optionalEnum(fields, 'tier', TIERS);
  const document: AmendmentDocument = {
    ...checkedContent(fields),
    tier,
    severity: optionalEnum(fields, 'severity', SEVERITIES),
    category: optionalEnum(fields, 'category', CATEGORIES),
    title: optionalText(fields, 'title'),
    summary: optionalText(fields, 'summary'),
    changeNote: optionalText(fields, 'changeNote'),
  };
  if (body) document.body = body;
  checkAudience(tier, document);
  return Object.fromEntries(Object.entries(document).filter(([, value]) => value !== undefined));
}

function splitDocument(text: string): { fields: Record<string, unknown>; body: string } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') throw usageError('front matter: the file must start with a --- line');
  const end = lines.findIndex((line, index) => index > 0 && (line.trim() === '---' || line.trim() === '...'));
  if (end < 0) throw usageError('front matter: no closing --- line');
  const document = parseDocument(lines.slice(1, end).join('\n'), { prettyErrors: false });
  const problem = document.errors[0];
  if (problem) {
    const line = problem.linePos?.[0]?.line;
    throw usageError(`front matter: not valid YAML${line ? ` (line ${line + 1})` : ''}: ${problem.message}`);
  }
  const fields: unknown = document.toJS();
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
    throw usageError('front matter: expected "field: value" lines');
  const body = lines
    .slice(end + 1)
    .join('\n')
    .trim();
  return { fields: fields as Record<string, unknown>, body };
}

function checkKnown(fields: Record<string, unknown>, known: readonly string[]): void {
  for (const field of Object.keys(fields))
    if (!known.includes(field)) throw fieldError(field, `unknown field (known: ${known.join(', ')})`);
}

function checkFields(fields: Record<string, unknown>, body: string): BulletinDocument {
  checkKnown(fields, FIELDS);
  const tier = requiredEnum(fields, 'tier', TIERS);
  const document: BulletinDocument = {
    title: requiredText(fields, 'title'),
    summary: requiredText(fields, 'summary'),
    tier,
    severity: requiredEnum(fields, 'severity', SEVERITIES),
    category: requiredEnum(fields, 'category', CATEGORIES),
    body,
    ...checkedContent(fields),
    originators: optionalList(fields, 'originators'),
    expiresAt: optionalDate(fields, 'expiresAt'),
  };
  checkAudience(tier, document);
  return document;
}

/** The optional fields a new bulletin and an amendment share, checked. */
function checkedContent(fields: Record<string, unknown>) {
  return {
    jurisdictions: optionalList(fields, 'jurisdictions')?.map((code) => {
      if (!/^[A-Za-z]{2}$/.test(code)) throw fieldError('jurisdictions', `"${code}" is not a two-letter state code`);
      return code.toUpperCase();
    }),
    tags: optionalList(fields, 'tags'),
    recipients: optionalList(fields, 'recipients'),
    approver: optionalText(fields, 'approver'),
    references: optionalList(fields, 'references')?.map((reference) => {
      if (!/^https?:\/\/\S+$/i.test(reference)) throw fieldError('references', `"${reference}" is not an http(s) URL`);
      return reference;
    }),
    indicators: indicators(fields['indicators']),
  };
}

function checkAudience(tier: Tier | undefined, document: { recipients?: string[]; approver?: string }): void {
  if ((tier === 'CLEAR' || tier === 'GREEN') && document.recipients?.length)
    throw fieldError('recipients', `a ${tier} bulletin takes no recipients: everyone it is shared with may read it`);
  if (tier === 'RED' && !document.approver)
    throw fieldError('approver', 'required for RED: the publisher who will release it');
}

function requiredText(fields: Record<string, unknown>, field: string): string {
  const value = optionalText(fields, field);
  if (!value) throw fieldError(field, 'required');
  return value;
}

function optionalText(fields: Record<string, unknown>, field: string): string | undefined {
  const value = fields[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') throw fieldError(field, 'expected text');
  return String(value).trim() || undefined;
}

function requiredEnum<T extends string>(fields: Record<string, unknown>, field: string, values: readonly T[]): T {
  const value = optionalEnum(fields, field, values);
  if (!value) throw fieldError(field, 'required');
  return value;
}

function optionalEnum<T extends string>(
  fields: Record<string, unknown>,
  field: string,
  values: readonly T[],
): T | undefined {
  const text = optionalText(fields, field);
  if (text === undefined) return undefined;
  const value = enumValue(values, text);
  if (!value) throw fieldError(field, `"${text}" is not one of ${values.join(', ')}`);
  return value;
}

/** A list, or one value standing for a list of one. */
function optionalList(fields: Record<string, unknown>, field: string): string[] | undefined {
  const value = fields[field];
  if (value === undefined || value === null) return undefined;
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, index) => {
    if (typeof item !== 'string' && typeof item !== 'number')
      throw fieldError(field, `item ${index + 1}: expected text`);
    return String(item).trim();
  });
}

function optionalDate(fields: Record<string, unknown>, field: string): string | undefined {
  const text = optionalText(fields, field);
  if (text === undefined) return undefined;
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw fieldError(field, `"${text}" is not a date`);
  return new Date(time).toISOString();
}

/**
 * `- { type: IPV4, value: 198.51.100.23 }`, the short form `- ipv4: 198.51.100.23`, or the value alone
 * (`- 198.51.100.23`), typed as the portal types a pasted line.
 */
function indicators(value: unknown): BulletinDocument['indicators'] {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw fieldError('indicators', 'expected a list');
  return value.map((item: unknown, index) => {
    const where = `item ${index + 1}`;
    if (typeof item === 'string') return detectedIndicator(item, where);
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw fieldError('indicators', `${where}: expected "type: value" or { type, value }`);
    const entry = item as Record<string, unknown>;
    const keys = Object.keys(entry);
    const [typeText, valueText] =
      'type' in entry || 'value' in entry
        ? [entry['type'], entry['value']]
        : keys.length === 1
          ? [keys[0], entry[keys[0] ?? '']]
          : [];
    if (typeof typeText !== 'string' || (typeof valueText !== 'string' && typeof valueText !== 'number'))
      throw fieldError('indicators', `${where}: expected "type: value" or { type, value }`);
    const type = enumValue(INDICATOR_TYPES, typeText);
    if (!type) throw fieldError('indicators', `${where}: "${typeText}" is not one of ${INDICATOR_TYPES.join(', ')}`);
    return { type, value: String(valueText).trim() };
  });
}

function detectedIndicator(text: string, where: string): { type: IndicatorType; value: string } {
  const detected = detectIndicatorType(text);
  const type = detected === null ? undefined : enumValue(INDICATOR_TYPES, detected);
  if (!type) {
    throw fieldError(
      'indicators',
      `${where}: "${text}" is not an IP address, CIDR block, domain, URL, email, hash or CVE id; write "type: value"`,
    );
  }
  return { type, value: text.trim() };
}
