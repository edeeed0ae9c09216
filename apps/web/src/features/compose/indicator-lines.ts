import { detectIndicatorType, type IndicatorType, normaliseIndicator } from '@bulwark/domain/indicator';
import { INDICATOR_TYPE_LABELS } from '@web/features/feed/bulletin-labels';

/** The API takes at most this many indicators on a bulletin. */
export const MAX_INDICATORS = 500;

export interface IndicatorValue {
  readonly type: IndicatorType;
  readonly value: string;
}

export type IndicatorLine =
  | { readonly line: number; readonly text: string; readonly ok: true; readonly indicator: IndicatorValue }
  | { readonly line: number; readonly text: string; readonly ok: false; readonly problem: string }
  | { readonly line: number; readonly text: string; readonly ok: true; readonly duplicateOf: number };

export interface IndicatorPaste {
  /** Every line that says something (blank lines, comments and a CSV header are left out), in order. */
  readonly lines: readonly IndicatorLine[];
  /** The indicators to send: valid, normalised, each once. */
  readonly indicators: readonly IndicatorValue[];
  /** The lines to fix before the draft may be submitted. */
  readonly problems: readonly Extract<IndicatorLine, { ok: false }>[];
  /** Set when there are more indicators than a bulletin may carry. */
  readonly tooMany: string | null;
}

const TYPE_NAMES: ReadonlyMap<string, IndicatorType> = new Map(
  (Object.keys(INDICATOR_TYPE_LABELS) as IndicatorType[]).flatMap((type) => [
    [type.toLowerCase(), type],
    [INDICATOR_TYPE_LABELS[type].toLowerCase(), type],
    [INDICATOR_TYPE_LABELS[type].toLowerCase().replace(/[\s-]/g, ''), type],
  ]),
);

/** "IPv4", "ipv4", "SHA-256 hash", "sha256" → the type; anything else → null. */
function typeNamed(cell: string): IndicatorType | null {
  const name = cell.trim().toLowerCase();
  return TYPE_NAMES.get(name) ?? TYPE_NAMES.get(name.replace(/[\s-]/g, '')) ?? null;
}

/** RFC 4180 cells of one line (quotes may hold commas and doubled quotes). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((value) => value.trim());
}

/**
 * What the text most likely meant to be, by its shape, so a refusal names the rule it broke ("octet '300' is out
 * of range") rather than only "not recognised".
 */
function likelyType(text: string): IndicatorType {
  const value = text.trim();
  if (/^cve[-\s]/i.test(value)) return 'CVE';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^hxxps?:/i.test(value)) return 'URL';
  if (value.includes('@') || /\[at\]/i.test(value)) return 'EMAIL';
  if (value.includes('/') && /^[0-9a-f:.[\]]+\/\S*$/i.test(value)) return 'CIDR';
  if (/^[0-9a-f]{16,}$/i.test(value)) return value.length > 48 ? 'SHA256' : value.length > 36 ? 'SHA1' : 'MD5';
  if (/^[\d.[\]()]+$/.test(value)) return 'IPV4';
  if (value.includes(':') && /^[0-9a-f:.]+$/i.test(value)) return 'IPV6';
  return 'DOMAIN';
}

const NOT_RECOGNISED =
  'not an indicator Bulwark recognises: an IP address or block, domain, web or email address, MD5, SHA-1 or SHA-256 hash, or CVE id.';

function problemFor(text: string): string {
  if (/\s/.test(text.trim())) return `“${shorten(text)}” has spaces in it: put one indicator on each line.`;
  const guess = likelyType(text);
  const result = normaliseIndicator(guess, text);
  // The guess was right about the type but not the value: its own rule says what is wrong.
  return result.ok ? `“${shorten(text)}” is ${NOT_RECOGNISED}` : result.problem;
}

function shorten(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed;
}

/** One line: a bare value (its type detected), or CSV "type,value" (the bulletin page's export) or "value,type". */
function readLine(text: string): { type: IndicatorType | null; value: string } {
  if (!text.includes(',')) return { type: null, value: text };
  const cells = csvCells(text).filter((cell) => cell !== '');
  if (cells.length === 2) {
    const [first = '', second = ''] = cells;
    const firstType = typeNamed(first);
    if (firstType) return { type: firstType, value: second };
    const secondType = typeNamed(second);
    if (secondType) return { type: secondType, value: first };
  }
  if (cells.length === 1) return { type: null, value: cells[0] ?? '' };
  return { type: null, value: text };
}

const isHeader = (text: string) => /^\s*"?type"?\s*,\s*"?(value|indicator)"?\s*$/i.test(text);

/**
 * Indicators pasted in bulk, one per line or as CSV, each checked and typed with the API's own rules
 * (libs/domain): the page names every line the API would refuse, and sends only normalised values.
 */
export function parseIndicatorLines(input: string): IndicatorPaste {
  const lines: IndicatorLine[] = [];
  const indicators: IndicatorValue[] = [];
  const seen = new Map<string, number>();
  input.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '' || text.startsWith('#') || (index === 0 && isHeader(text))) return;
    const { type: named, value } = readLine(text);
    const type = named ?? detectIndicatorType(value);
    const result = type ? normaliseIndicator(type, value) : null;
    if (!result?.ok) {
      lines.push({ line, text, ok: false, problem: result ? result.problem : problemFor(value) });
      return;
    }
    const indicator = { type: result.indicator.type, value: result.indicator.value };
    const key = `${indicator.type}:${indicator.value}`;
    const first = seen.get(key);
    if (first !== undefined) {
      lines.push({ line, text, ok: true, duplicateOf: first });
      return;
    }
    seen.set(key, line);
    indicators.push(indicator);
    lines.push({ line, text, ok: true, indicator });
  });
  const problems = lines.filter((line): line is Extract<IndicatorLine, { ok: false }> => !line.ok);
  const tooMany =
    indicators.length > MAX_INDICATORS
      ? `A bulletin carries at most ${MAX_INDICATORS} indicators; this has ${indicators.length}.`
      : null;
  return { lines, indicators, problems, tooMany };
}

/** The draft's saved indicators as lines to edit again: the value alone, or "TYPE,value" where it would read as another type. */
export function indicatorsAsLines(indicators: readonly { type: string; value: string }[]): string {
  return indicators
    .map(({ type, value }) => (detectIndicatorType(value) === type ? value : `${type},${value}`))
    .join('\n');
}
