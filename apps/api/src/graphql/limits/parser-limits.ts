import { GraphQLError, type ParseOptions } from 'graphql';
import type { GraphqlLimits } from '@api/config/app-config';

/**
 * The parser stops counting at the limit, so a huge document costs no more than a document at the limit.
 * Comments are not tokens; they get the same budget so a body of comments cannot be free either.
 */
export function parseOptionsFor(limits: GraphqlLimits, maxSourceLength: number): ParseOptions {
  return { maxTokens: limits.maxTokens, maxComments: limits.maxTokens, maxSourceLength };
}

// graphql-js words these (typo included in 16.x: "more that N tokens"); they are the only syntax errors that
// mean "too big" rather than "malformed".
const PARSER_LIMIT =
  /(Document|Source) contains more tha[nt] (\d+) (tokens|comments|UTF-16 code units)\. Parsing aborted\./;

/** A client-facing message when `error` is the parser refusing a document over a limit, else null. */
export function parserLimitMessage(error: unknown): string | null {
  if (!(error instanceof GraphQLError)) return null;
  const match = PARSER_LIMIT.exec(error.message);
  if (!match) return null;
  const what = match[3] === 'UTF-16 code units' ? 'characters' : match[3];
  return `The query has more than ${match[2]} ${what} (the limit).`;
}
