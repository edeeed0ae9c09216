/**
 * The words of a search, found in a title or summary, for <mark>. Pure: it returns plain text parts, which the
 * component renders as React text nodes, so nothing from the query or the bulletin is ever parsed as HTML.
 */

export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * The words to highlight: whole words of the query, lower-cased, without the ones the full-text search treats as
 * operators or excludes (`or`, `-word`).
 */
export function queryWords(query: string): string[] {
  const words = new Set<string>();
  for (const token of query.split(/\s+/)) {
    if (token === '' || token.startsWith('-')) continue;
    for (const match of token.matchAll(WORD)) {
      const word = match[0].toLocaleLowerCase();
      if (word !== 'or') words.add(word);
    }
  }
  return [...words];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `text` cut into parts, with `match` on every whole-word, case-insensitive occurrence of one of `words`.
 * Joined together the parts give back `text` exactly.
 */
export function highlightParts(text: string, words: readonly string[]): TextPart[] {
  if (text === '') return [];
  const usable = words.filter((word) => word !== '');
  if (usable.length === 0) return [{ text, match: false }];
  // Longest first, so "voter" does not stop "voters" from matching whole.
  const alternatives = [...usable].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: match[0], match: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
