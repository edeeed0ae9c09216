import type { ApolloPlugin } from '@api/graphql/limits/apollo-plugin';

const PLAIN_JSON = 'application/json';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

interface Preference {
  q: number;
  position: number;
}

/** How the Accept header ranks one media type named outright (wildcards do not count); q 0 when not named. */
function preferenceOf(ranges: string[], mediaType: string): Preference {
  for (const [position, range] of ranges.entries()) {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    if (type !== mediaType) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    return { q: q === undefined ? 1 : Number(q.slice(2)) || 0, position };
  }
  return { q: 0, position: ranges.length };
}

/** The client names application/json and ranks it above application/graphql-response+json (higher q, or first). */
export function asksForPlainJson(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  const ranges = accept.split(',');
  const plain = preferenceOf(ranges, PLAIN_JSON);
  const graphql = preferenceOf(ranges, GRAPHQL_RESPONSE_JSON);
  return plain.q > 0 && (plain.q > graphql.q || (plain.q === graphql.q && plain.position < graphql.position));
}

/**
 * GraphQL over HTTP: a client that asks for `application/json` by name gets the legacy status rule, 200 for a
 * document that does not parse, validate or coerce its variables (a 4xx in application/json may come from any
 * proxy, so such clients read only 200 bodies). Without that Accept (none, or a wildcard) the answer keeps the
 * 400 of `application/graphql-response+json`, the spec's default since 2025 and what Bulwark always sent.
 * A request that is not well-formed (no query: Apollo has no source) keeps its 400; other statuses are untouched.
 */
export const jsonResponseStatusPlugin: ApolloPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ request, response, source }) {
        if (response.http.status !== 400 || source === undefined) return Promise.resolve();
        if (!asksForPlainJson(request.http?.headers.get('accept'))) return Promise.resolve();
        response.http.status = 200;
        // Set here, so Apollo's own negotiation cannot pair this 200 with application/graphql-response+json.
        response.http.headers.set('content-type', 'application/json; charset=utf-8');
        return Promise.resolve();
      },
    });
  },
};
