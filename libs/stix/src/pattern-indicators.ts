import { IndicatorType } from '@bulwark/domain';
import { OBSERVED_PATHS } from './indicator-pattern';

export interface PatternValue {
  readonly type: IndicatorType;
  /** As written in the pattern: the caller normalises it (libs/domain's normaliseIndicator). */
  readonly value: string;
}

export type PatternReading = { readonly values: PatternValue[] } | { readonly reason: string };

type Token =
  | { readonly kind: 'open' | 'close' | 'equals' | 'or' }
  | { readonly kind: 'string' | 'path' | 'other'; readonly text: string };

const HASHES: Readonly<Record<string, IndicatorType>> = {
  MD5: IndicatorType.MD5,
  SHA1: IndicatorType.SHA1,
  SHA256: IndicatorType.SHA256,
};

const KEPT =
  'Bulwark keeps IP addresses and ranges, domains, URLs, email addresses, and MD5, SHA-1 and SHA-256 file hashes';

/** The type each path stixPattern writes stands for. */
const TYPE_OF_PATH = new Map(
  Object.entries(OBSERVED_PATHS).map(([type, path]) => [path, type as keyof typeof OBSERVED_PATHS]),
);

/** The indicator type an object path stands for (the paths stixPattern writes, and the usual spellings of hashes). */
function typeOfPath(path: string, value: string): IndicatorType | null {
  const type = TYPE_OF_PATH.get(path);
  if ((type === IndicatorType.IPV4 || type === IndicatorType.IPV6) && value.includes('/')) return IndicatorType.CIDR;
  if (type) return type;
  const hash = /^file:hashes\.(?:'([^']*)'|([A-Za-z0-9_-]+))$/.exec(path);
  if (!hash) return null;
  const name = (hash[1] ?? hash[2] ?? '').toUpperCase().replace(/[-_]/g, '');
  return HASHES[name] ?? null;
}

/** A STIX string constant from its opening quote: `\'` and `\\` are its only escapes. Null when malformed. */
function readString(pattern: string, start: number): { text: string; end: number } | null {
  let text = '';
  for (let i = start + 1; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "'") return { text, end: i + 1 };
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next !== "'" && next !== '\\') return null;
      text += next;
      i++;
    } else text += c;
  }
  return null;
}

const PATH_CHAR = /[A-Za-z0-9_:.*-]/;

/** Splits a pattern into tokens; null for a string constant that is not closed or escapes something it may not. */
function tokens(pattern: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] ?? '';
    if (/\s/.test(c)) i++;
    else if (c === '[' || c === ']' || c === '=') {
      out.push({ kind: c === '[' ? 'open' : c === ']' ? 'close' : 'equals' });
      i++;
    } else if (c === "'") {
      const constant = readString(pattern, i);
      if (!constant) return null;
      out.push({ kind: 'string', text: constant.text });
      i = constant.end;
    } else if (PATH_CHAR.test(c)) {
      let word = '';
      while (i < pattern.length) {
        const d = pattern[i] ?? '';
        if (d === "'" && word.endsWith('.')) {
          // A quoted property name: file:hashes.'SHA-256'
          const quoted = readString(pattern, i);
          if (!quoted) return null;
          word += `'${quoted.text}'`;
          i = quoted.end;
        } else if (PATH_CHAR.test(d)) {
          word += d;
          i++;
        } else break;
      }
      out.push(word === 'OR' ? { kind: 'or' } : { kind: word.includes(':') ? 'path' : 'other', text: word });
    } else {
      out.push({ kind: 'other', text: c });
      i++;
    }
  }
  return out;
}

const WORDS: Readonly<Record<'open' | 'close' | 'equals' | 'or', string>> = {
  open: "'['",
  close: "']'",
  equals: "'='",
  or: 'OR',
};

function describe(token: Token | undefined): string {
  if (!token) return 'it ends too early';
  if (!('text' in token)) return `it has ${WORDS[token.kind]} where a value or the end belongs`;
  return `it uses ${token.text.length > 30 ? `${token.text.slice(0, 30)}…` : token.text}`;
}

/**
 * The values of a STIX pattern that is a plain list of alternatives: one or more `[path = 'value']`, or `OR`s
 * of them inside or between brackets, on the paths stixPattern writes (the reverse of stixPattern). Anything more
 * (AND, FOLLOWEDBY, qualifiers, other operators, other objects) is a reason in words, never a guess.
 */
export function patternValues(pattern: string): PatternReading {
  const list = tokens(pattern);
  if (!list) return { reason: 'Its pattern has a quoted value that is not closed or escapes a character it may not.' };
  const complex = (token: Token | undefined): PatternReading => ({
    reason: `Its pattern is more than a list of values (${describe(token)}): Bulwark keeps indicators that each match one value.`,
  });
  const values: PatternValue[] = [];
  let i = 0;
  const next = () => list[i++];
  for (;;) {
    const open = next();
    if (open?.kind !== 'open') return complex(open);
    for (;;) {
      const path = next();
      const equals = next();
      const constant = next();
      if (path?.kind !== 'path') return complex(path);
      if (equals?.kind !== 'equals') return complex(equals);
      if (constant?.kind !== 'string') return complex(constant);
      const type = typeOfPath(path.text, constant.text);
      if (!type) return { reason: `Its pattern looks at ${path.text}: ${KEPT}.` };
      values.push({ type, value: constant.text });
      const after = next();
      if (after?.kind === 'close') break;
      if (after?.kind !== 'or') return complex(after);
    }
    const after = next();
    if (after === undefined) return { values };
    if (after.kind !== 'or') return complex(after);
  }
}
