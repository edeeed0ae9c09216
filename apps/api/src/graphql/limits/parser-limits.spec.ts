import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseOptionsFor, parserLimitMessage } from './parser-limits';

const options = parseOptionsFor(
  { maxDepth: 8, maxAliases: 15, maxDirectives: 50, maxTokens: 20, maxCost: 5000, listDefaultSize: 20 },
  200,
);

function parseError(source: string): unknown {
  try {
    parse(source, options);
  } catch (error) {
    return error;
  }
  throw new Error('expected a parse error');
}

describe('parser limits', () => {
  it('lets a document at the token limit through', () => {
    // { a b c … } : 2 braces + 18 names = 20 tokens
    expect(() => parse(`{ ${'a '.repeat(18)}}`, options)).not.toThrow();
  });

  it('names the token, comment and length limits, and nothing else', () => {
    expect(parserLimitMessage(parseError(`{ ${'a '.repeat(19)}}`))).toBe(
      'The query has more than 20 tokens (the limit).',
    );
    expect(parserLimitMessage(parseError(`${'#\n'.repeat(21)}{ a }`))).toBe(
      'The query has more than 20 comments (the limit).',
    );
    expect(parserLimitMessage(parseError(`{ ${'a'.repeat(300)} }`))).toBe(
      'The query has more than 200 characters (the limit).',
    );
    expect(parserLimitMessage(parseError('{ a'))).toBeNull();
    expect(parserLimitMessage(new Error('Document contains more than 5 tokens. Parsing aborted.'))).toBeNull();
  });
});
