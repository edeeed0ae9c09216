import { type BulletinFilter, BulwarkError, everyNode } from '@bulwark/client';
import type { BulletinWithIndicators } from './indicator-csv';

/**
 * Bulletins and their indicators in one request per page. Its cost (docs/api.md, "Query limits") is
 * first × (connection 1 + edge 1 + node 1 + pageInfo 1 + originators 20 + indicators 20) = 44 per bulletin: 4,400 for
 * a page of 100, within the default budget of 5,000.
 */
export const BULLETINS_WITH_INDICATORS_QUERY = `query ExportIndicators($first: Int!, $after: String, $filter: BulletinFilter) {
  bulletins(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id reference status revision tier severity category title publishedAt firstPublishedAt expiresAt jurisdictions
        originators { shortName }
        indicators { type value }
      }
    }
  }
}`;

export interface BulletinsWithIndicatorsVariables {
  first: number;
  after: string | null;
  filter: BulletinFilter;
}

export interface BulletinsWithIndicatorsPage {
  bulletins: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: BulletinWithIndicators }[];
  };
}

/** `BulwarkClient.request`, narrowed to this query so that the paging can be tested without a server. */
export type RequestPage = (
  query: string,
  variables: BulletinsWithIndicatorsVariables,
) => Promise<BulletinsWithIndicatorsPage>;

/**
 * Every bulletin the filter matches, with its indicators, page after page. A server whose operator lowered
 * GRAPHQL_MAX_COST refuses a page as QUERY_TOO_COMPLEX: the same page is asked again at half the size, and later
 * pages keep the smaller size.
 */
export function bulletinsWithIndicators(
  request: RequestPage,
  filter: BulletinFilter,
  pageSize: number,
): AsyncGenerator<BulletinWithIndicators, void, undefined> {
  let first = pageSize;
  return everyNode(async (after) => {
    for (;;) {
      try {
        const { edges, pageInfo } = (
          await request(BULLETINS_WITH_INDICATORS_QUERY, { first, after: after ?? null, filter })
        ).bulletins;
        return { nodes: edges.map((edge) => edge.node), ...pageInfo };
      } catch (error) {
        if (!(error instanceof BulwarkError) || error.code !== 'QUERY_TOO_COMPLEX' || first === 1) throw error;
        first = Math.ceil(first / 2);
      }
    }
  });
}
