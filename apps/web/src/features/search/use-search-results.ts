import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { FeedBulletin } from '@web/features/feed/bulletin-fields';
import { initialLiveFeed, liveFeedReducer, type LiveFeedState } from '@web/features/feed/live-feed';
import { answered, PAGE_SIZE } from '@web/features/feed/use-live-feed';
import { graphql } from '@web/graphql/generated';
import type { BulletinFilter } from '@web/graphql/generated/graphql';

const SEARCH_BULLETINS = graphql(`
  query SearchBulletins($first: Int!, $after: String, $filter: BulletinFilter!) {
    bulletins(first: $first, after: $after, filter: $filter) {
      ...FeedBulletinPage
    }
  }
`);

export interface SearchResults {
  readonly state: LiveFeedState<FeedBulletin>;
  readonly error: unknown;
  readonly loadingMore: boolean;
  readonly moreError: unknown;
  readonly loadMore: () => void;
}

/**
 * Pages of results for one search (mount with a key per search). `no-cache`, as the feed: Apollo's one `bulletins`
 * entry would otherwise be shared with the feed and overwritten by the next page.
 */
export function useSearchResults(filter: BulletinFilter): SearchResults {
  const client = useApolloClient();
  const [searched] = useState(filter);
  const [state, dispatch] = useReducer(liveFeedReducer<FeedBulletin>, undefined, initialLiveFeed<FeedBulletin>);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const { data } = await client.query({
        query: SEARCH_BULLETINS,
        variables: { first: PAGE_SIZE, after, filter: searched },
        fetchPolicy: 'no-cache',
      });
      const { bulletins } = answered(data);
      return {
        bulletins: bulletins.edges.map((edge) => edge.node),
        totalCount: bulletins.totalCount,
        totalCountIsExact: bulletins.totalCountIsExact,
        endCursor: bulletins.pageInfo.endCursor,
        hasNextPage: bulletins.pageInfo.hasNextPage,
      };
    },
    [client, searched],
  );

  useEffect(() => {
    let stopped = false;
    fetchPage(null).then(
      (page) => {
        if (!stopped) dispatch({ type: 'pageLoaded', page, append: false });
      },
      (caught: unknown) => {
        if (!stopped) setError(caught);
      },
    );
    return () => {
      stopped = true;
    };
  }, [fetchPage]);

  const busy = useRef(false);
  const loadMore = useCallback(() => {
    if (busy.current || !state.endCursor) return;
    busy.current = true;
    setLoadingMore(true);
    setMoreError(null);
    fetchPage(state.endCursor)
      .then((page) => dispatch({ type: 'pageLoaded', page, append: true }))
      .catch((caught: unknown) => setMoreError(caught))
      .finally(() => {
        busy.current = false;
        setLoadingMore(false);
      });
  }, [fetchPage, state.endCursor]);

  return { state, error, loadingMore, moreError, loadMore };
}
