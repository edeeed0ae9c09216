import { describe, expect, it } from 'vitest';
import { highlightParts, queryWords } from './highlight';

const marked = (text: string, query: string) =>
  highlightParts(text, queryWords(query))
    .filter((part) => part.match)
    .map((part) => part.text);

describe('queryWords', () => {
  it('takes the whole words of the query, lower-cased, once each', () => {
    expect(queryWords('Phishing  GEORGIA phishing, county-staff')).toEqual(['phishing', 'georgia', 'county', 'staff']);
  });

  it('leaves out what the search treats as operators or exclusions', () => {
    expect(queryWords('phishing or smishing -spam "poll workers"')).toEqual([
      'phishing',
      'smishing',
      'poll',
      'workers',
    ]);
  });

  it('keeps letters of any script', () => {
    expect(queryWords('Élection Ñandú')).toEqual(['élection', 'ñandú']);
  });
});

describe('highlightParts', () => {
  it('marks every whole-word occurrence, whatever the case', () => {
    const parts = highlightParts('Phishing aimed at staff; more phishing. PHISHING!', ['phishing']);
    expect(parts).toEqual([
      { text: 'Phishing', match: true },
      { text: ' aimed at staff; more ', match: false },
      { text: 'phishing', match: true },
      { text: '. ', match: false },
      { text: 'PHISHING', match: true },
      { text: '!', match: false },
    ]);
  });

  it('does not mark a word inside another word', () => {
    expect(marked('Spearphishing and phishings, not phishing-kit', 'phishing')).toEqual(['phishing']);
  });

  it('prefers the longest word where two overlap', () => {
    expect(marked('voters and voter rolls', 'voter voters')).toEqual(['voters', 'voter']);
  });

  it('gives back the text exactly when the parts are joined', () => {
    const text = 'Credential phishing aimed at Georgia county election staff';
    expect(
      highlightParts(text, ['georgia', 'staff'])
        .map((part) => part.text)
        .join(''),
    ).toBe(text);
  });

  it('treats the query as text, never as a pattern', () => {
    expect(marked('a (b) c.*d', '(b) .*')).toEqual(['b']);
    expect(highlightParts('abc', ['a.c'])).toEqual([{ text: 'abc', match: false }]);
    expect(highlightParts('price is $5', ['$5']).filter((part) => part.match)).toEqual([{ text: '$5', match: true }]);
  });

  it('keeps markup in the text as text', () => {
    const parts = highlightParts('<img src=x onerror=alert(1)> phishing', ['phishing']);
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', match: false });
    expect(parts[1]).toEqual({ text: 'phishing', match: true });
  });

  it('returns the whole text unmarked without words, and nothing for no text', () => {
    expect(highlightParts('Election Day', [])).toEqual([{ text: 'Election Day', match: false }]);
    expect(highlightParts('', ['x'])).toEqual([]);
  });

  it('matches letters beyond ASCII as whole words', () => {
    expect(marked('Élection à Montréal', 'élection montréal')).toEqual(['Élection', 'Montréal']);
  });
});
