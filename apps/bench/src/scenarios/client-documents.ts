/**
 * The client's own operations, written out by hand for the baselines (libs/client/src/operations/*.graphql): the
 * baselines ask for exactly what `@bulwark/client` asks for, so a difference is the library's, not the query's.
 */
const SUMMARY_FIELDS = `id reference status tier severity category jurisdictions tags title summary revision version
  publishedAt firstPublishedAt retractedAt retractionReason changeNote createdAt updatedAt expiresAt
  originators { id name shortName }`;

/** `client.bulletins()`'s page: its Bulletins query (no totalCount: a count on every page would cost the server). */
export const BULLETINS_PAGE = `query Bulletins($first: Int!, $after: String, $filter: BulletinFilter, $orderBy: BulletinOrder! = NEWEST) {
  bulletins(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    pageInfo { hasNextPage endCursor } edges { node { ${SUMMARY_FIELDS} } } } }`;

/** `client.events()`'s subscription. */
export const BULLETIN_EVENTS = `subscription BulletinEvents($since: Float, $filter: BulletinEventFilter, $feedId: ID) {
  bulletinEvents(since: $since, filter: $filter, feedId: $feedId) { sequence type occurredAt bulletin { ${SUMMARY_FIELDS} } } }`;

/** What the client's transport accepts: the server answers the same media type to both. */
export const ACCEPT = 'application/graphql-response+json, application/json;q=0.9';
